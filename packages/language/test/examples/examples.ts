// Where the examples and their expected files live, and how the tests load them: from disk, through
// the core with Node's file system, the way `appl check` and `appl export` do.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { expect } from 'vitest';
import { checkPlans, createApplServices, type ApplServices, type CheckedPlan } from '../../src/index.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const EXAMPLES = path.join(REPO_ROOT, 'examples');
export const TEACHING = path.join(EXAMPLES, 'teaching');
export const LETTERS = fileURLToPath(new URL('../fixtures/letters/', import.meta.url));
export const EXPECTED_EXPORTS = fileURLToPath(new URL('../export/expected/examples/', import.meta.url));

/**
 * The plan files of the example library, relative to examples/, with the name their expected exports
 * take. The shared files (people, findings) are loaded through the plans' imports.
 */
export const EXAMPLE_PLANS: ReadonlyArray<{ file: string, name: string }> = [
    { file: 'medway/wsoa-2018.appl', name: 'medway-wsoa-2018' },
    { file: 'medway/app-2020.appl', name: 'medway-app-2020' },
    { file: 'staffordshire-app-2022.appl', name: 'staffordshire-app-2022' },
    { file: 'kent-improvement-plan.appl', name: 'kent-improvement-plan' },
    { file: 'priority-action-plan-2023.appl', name: 'priority-action-plan-2023' },
];

/** Every .appl file of the library outside teaching/, except the two files kept for older tests. */
export const EXAMPLE_FILES: readonly string[] = [
    ...EXAMPLE_PLANS.map(plan => plan.file),
    'medway/medway-people.appl',
    'medway/medway-findings.appl',
];

export function examplePath(file: string): string {
    return path.join(EXAMPLES, file);
}

/**
 * Checks files on disk in a fresh workspace, as one `appl check` run would, and returns them with the
 * services that built them. Each call starts afresh, so that what one plan loads cannot affect another.
 */
export async function checkOnDisk(files: readonly string[]): Promise<{ services: ApplServices, results: CheckedPlan[] }> {
    const { appl } = createApplServices(NodeFileSystem);
    const results = await checkPlans(appl, files.map(file => ({ uri: URI.file(file) })));
    return { services: appl, results };
}

export async function loadExample(file: string): Promise<{ services: ApplServices, document: LangiumDocument }> {
    const { services, results } = await checkOnDisk([examplePath(file)]);
    return { services, document: results[0].document };
}

/** Compares text with an expected file; UPDATE_EXPECTED=1 writes the file first (review the diff by eye). */
export function expectToEqualFile(actual: string, file: string): void {
    if (process.env.UPDATE_EXPECTED === '1') {
        writeFileSync(file, actual);
    }
    expect(existsSync(file), `${path.relative(REPO_ROOT, file)} is missing; run with UPDATE_EXPECTED=1 to write it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
}
