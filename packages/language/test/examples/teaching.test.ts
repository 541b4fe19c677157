// The teaching files: one small plan per rule id, each with the diagnostics `appl check` prints for it
// beside it in <rule-id>.expected. The lines are formatted here exactly as the CLI's text report
// prints them from the repository root (path relative to the root, 1-based line:col, severity word,
// message on one line, rule id), without the as-of notes and the summary.
// UPDATE_EXPECTED=1 rewrites the .expected files; review every diff by eye.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/index.js';
import { UNUSED_SUPPRESSION } from '../../src/validation/suppressions.js';
import { checkOnDisk, expectToEqualFile, REPO_ROOT, TEACHING } from './examples.js';

const RULE_IDS = [...allRules.map(rule => rule.id), UNUSED_SUPPRESSION];
const TEACHING_FILES = readdirSync(TEACHING).filter(name => name.endsWith('.appl')).sort();

const SEVERITY_WORDS: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

/** One diagnostic as `appl check` prints it (packages/cli/src/report/text.ts). */
function formatLine(file: string, diagnostic: Diagnostic): string {
    const { line, character } = diagnostic.range.start;
    const text = typeof diagnostic.message === 'string' ? diagnostic.message : (diagnostic.message as { value: string }).value;
    const message = text.replace(/\s*\r?\n\s*/g, ' ').trim();
    const code = diagnostic.code === undefined ? '' : ` ${diagnostic.code}`;
    return `${file}:${line + 1}:${character + 1} ${SEVERITY_WORDS[diagnostic.severity ?? 1] ?? 'error'} ${message}${code}`;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

async function checkTeachingFile(name: string): Promise<Diagnostic[]> {
    const { results } = await checkOnDisk([path.join(TEACHING, name)]);
    return [...results[0].diagnostics].sort(byPosition);
}

describe('teaching files', () => {
    it('has one teaching file for every rule id, and none for an id that does not exist', () => {
        expect(TEACHING_FILES.map(name => name.replace(/\.appl$/, '')).sort()).toEqual([...RULE_IDS].sort());
    });

    for (const name of TEACHING_FILES) {
        const id = name.replace(/\.appl$/, '');

        it(`${id}: prints the expected diagnostics`, async () => {
            const diagnostics = await checkTeachingFile(name);
            const file = path.relative(REPO_ROOT, path.join(TEACHING, name)).split(path.sep).join('/');
            const text = diagnostics.map(diagnostic => formatLine(file, diagnostic)).join('\n') + '\n';
            expectToEqualFile(text, path.join(TEACHING, `${id}.expected`));
        });

        it(`${id}: shows its own rule firing, and no other`, async () => {
            const codes = (await checkTeachingFile(name)).map(diagnostic => String(diagnostic.code));
            expect(codes.length).toBeGreaterThan(0);
            expect(new Set(codes)).toEqual(new Set([id]));
        });
    }
});
