// markdownlint-cli2, with its default configuration, over the Markdown export of every plan in
// examples/ (the teaching plans too, with and without the appendix of findings): a repository that
// lints its documentation accepts the exports as they are.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/index.js';
import { EXAMPLES, loadExample, REPO_ROOT } from './examples.js';

const MARKDOWNLINT = path.join(REPO_ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

/** Every .appl file under examples/ that has a plan header, relative to examples/. */
async function examplePlans(): Promise<string[]> {
    const files = (await readdir(EXAMPLES, { recursive: true })).filter(name => name.endsWith('.appl')).sort();
    const plans: string[] = [];
    for (const file of files) {
        if (/^\s*plan\s+"/m.test(await readFile(path.join(EXAMPLES, file), 'utf8'))) {
            plans.push(file);
        }
    }
    return plans;
}

describe('markdownlint-cli2 over the Markdown exports', () => {
    let dir: string;
    let plans: string[];
    beforeAll(async () => {
        dir = await mkdtemp(path.join(tmpdir(), 'appl-markdownlint-'));
        plans = await examplePlans();
        for (const file of plans) {
            const { services, document } = await loadExample(file);
            const name = file.replace(/[/\\]/g, '-').replace(/\.appl$/, '');
            await writeFile(path.join(dir, `${name}.md`), exportPlan(services, document, 'markdown'));
            await writeFile(path.join(dir, `${name}-with-findings.md`), exportPlan(services, document, 'markdown', { includeFindings: true }));
        }
    }, 120_000);
    afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

    it('finds every example plan, the teaching plans among them', () => {
        expect(plans).toEqual(expect.arrayContaining(['kent-improvement-plan.appl', 'medway/app-2020.appl', 'medway/wsoa-2018.appl',
            'priority-action-plan-2023.appl', 'staffordshire-app-2022.appl']));
        expect(plans.filter(file => file.startsWith('teaching/')).length).toBeGreaterThan(5);
    });

    it('reports no finding with its default configuration', async () => {
        // Run in the temporary folder, which has no markdownlint configuration: the defaults apply.
        const run = await promisify(execFile)(process.execPath, [MARKDOWNLINT, '*.md'], { cwd: dir, encoding: 'utf8' })
            .catch((error: { stdout: string, stderr: string, code: number }) => error);
        const output = `${run.stdout}${run.stderr}`;
        expect(output).toContain(`Linting: ${plans.length * 2} file(s)`);
        expect(output).toContain('Summary: 0 error(s)');
        expect('code' in run ? run.code : 0).toBe(0);
    }, 60_000);
});
