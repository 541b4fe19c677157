// The shipped CLI is one bundled file (esbuild.mjs builds out/appl.cjs; bin/appl.cjs runs it). These
// tests run it as users do, node on the bin in a child process, and hold what it prints to the examples'
// .expected files and to the same commands run in-process from the sources. On Node 20 they also prove
// that the core's Object.groupBy shim still runs before the parser is built.
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/main.js';
import { CLEAN_PLAN } from './fixtures.js';
import { buildBundle, checkTeaching, FIXTURES, makeTempDir, recordingIo, removeTempDir, spawnAppl, spawnNode, writeFiles } from './helpers.js';

const CLI = fileURLToPath(new URL('..', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TEACHING = 'examples/teaching';
const { version } = JSON.parse(readFileSync(path.join(CLI, 'package.json'), 'utf8')) as { version: string };

/** The same command in-process, from the sources: what the bundle must print too. */
async function inProcess(cwd: string, args: string[]) {
    const io = recordingIo(cwd);
    const code = await runCli(args, io);
    return { code, stdout: io.out, stderr: io.err };
}

describe('the bundled CLI (bin/appl.cjs, out/appl.cjs)', () => {
    beforeAll(async () => { await buildBundle(); }, 120_000);

    test('prints the version of its package', async () => {
        expect(await spawnAppl(ROOT, ['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    });

    describe('copied on its own, away from node_modules', () => {
        let dir: string;
        beforeAll(async () => {
            dir = await makeTempDir();
            for (const file of ['bin/appl.cjs', 'out/appl.cjs', 'out/docx.cjs']) {
                await mkdir(path.dirname(path.join(dir, 'appl', file)), { recursive: true });
                await copyFile(path.join(CLI, file), path.join(dir, 'appl', file));
            }
            await writeFile(path.join(dir, 'appl/package.json'), '{ "name": "appl-cli", "version": "9.8.7" }\n');
            await writeFiles(dir, { 'plans/good.appl': CLEAN_PLAN });
        });
        afterAll(async () => { await removeTempDir(dir); });

        const copy = (...args: string[]) => spawnNode(dir, [path.join(dir, 'appl/bin/appl.cjs'), ...args]);

        test('reads the version from the package.json above the bundle, where it runs', async () => {
            expect(await copy('--version')).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
        });

        test('writes a Word file with nothing else installed, loading the Word writer from out/docx.cjs', async () => {
            expect(await copy('export', 'plans/good.appl', '-o', 'good.docx')).toEqual({ code: 0, stdout: '', stderr: '' });
            expect(readFileSync(path.join(dir, 'good.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
        });

        test('checks a plan with nothing else installed', async () => {
            expect(await copy('check', 'plans')).toEqual({
                code: 0,
                stdout: 'No as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked.\nNo problems in 1 file.\n',
                stderr: '',
            });
        });
    });

    test('checks the examples clean, exit 0, as the sources do', async () => {
        const bundled = await spawnAppl(ROOT, ['check', 'examples/']);
        expect(bundled).toEqual(await inProcess(ROOT, ['check', 'examples/']));
        expect(bundled.code).toBe(0);
        expect(bundled.stdout).toMatch(/^Checked as of each plan's as-of date: [^\n]+\.\nNo problems in \d+ files\.\n$/);
    });

    test('prints the findings of a teaching example as its .expected file says, and exits 1', async () => {
        const expected = readFileSync(path.join(ROOT, TEACHING, 'action-has-lead.expected'), 'utf8');
        expect(await spawnAppl(ROOT, ['check', `${TEACHING}/action-has-lead.appl`])).toEqual({
            code: 1,
            stdout: `${expected}\nNo as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked.\n1 error in 1 file.\n`,
            stderr: '',
        });
    });

    test('prints the findings of every teaching example, as their .expected files say', async () => {
        const names = readdirSync(path.join(ROOT, TEACHING)).filter(name => name.endsWith('.appl')).sort();
        const expected = names.map(name => readFileSync(path.join(ROOT, TEACHING, name.replace(/\.appl$/, '.expected')), 'utf8')).join('');
        const { code, stdout, stderr } = await spawnAppl(ROOT, ['check', TEACHING, '--no-ignore']);
        expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
        // Without the as-of line and the summary, which the .expected files leave out.
        const findings = stdout.split('\n').filter(line => /^\S+\.appl:\d+:\d+ /.test(line));
        expect(`${findings.join('\n')}\n`).toBe(expected);
        const count = (severity: string) => {
            const n = findings.filter(line => line.split(' ')[1] === severity).length;
            return `${n} ${severity}${n === 1 ? '' : 's'}`;
        };
        expect(stdout).toMatch(new RegExp(`\n\nChecked as of [^\n]+\n${count('error')}, ${count('warning')} and ${count('info')} in ${names.length} files\.\n$`));
    });

    test('writes the same JSON check report as the sources', async () => {
        const { out } = await checkTeaching({ format: 'json', version });
        expect(await spawnAppl(FIXTURES, ['check', 'teaching', '--format', 'json'])).toEqual({ code: 1, stdout: out, stderr: '' });
    });

    test.each(['json', 'markdown'])('exports the Medway plan as %s, as the sources do', async format => {
        const args = ['export', 'examples/medway/app-2020.appl', '--format', format];
        const bundled = await spawnAppl(ROOT, args);
        expect(bundled).toEqual(await inProcess(ROOT, args));
        expect(bundled.code).toBe(0);
        if (format === 'json') {
            expect(JSON.parse(bundled.stdout)).toMatchObject({ $schema: 'https://raw.githubusercontent.com/appl-lang/appl/main/packages/language/schema/appl-export.v1.schema.json', version: 1 });
        }
    });
});
