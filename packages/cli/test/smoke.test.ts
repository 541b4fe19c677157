import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROKEN_PLAN, CLEAN_PLAN } from './fixtures.js';
import { buildBundle, makeTempDir, removeTempDir, spawnAppl, writeFiles } from './helpers.js';

// The other tests call the commands in-process; this one proves the shipped binary: the shim, the
// bundle, the process exit code and what reaches the real stdout and stderr.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

async function appl(cwd: string, ...args: string[]) {
    return spawnAppl(cwd, args);
}

describe('the appl binary', () => {
    let dir: string;
    beforeAll(async () => {
        await buildBundle();
        dir = await makeTempDir();
        await writeFiles(dir, { 'plans/good.appl': CLEAN_PLAN, 'plans/broken.appl': BROKEN_PLAN });
    }, 120_000);
    afterAll(async () => { await removeTempDir(dir); });

    test('prints its version', async () => {
        expect(await appl(dir, '--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    });

    test('exits 1 on a folder with a broken plan', async () => {
        const { code, stdout, stderr } = await appl(dir, 'check', 'plans');
        expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
        expect(stdout).toMatch(/^plans\/broken\.appl: no as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked\n/m);
        expect(stdout).toMatch(/^plans\/broken\.appl:7:12 error .* weakness-covered$/m);
        expect(stdout).toMatch(/\n\n3 errors and \d+ warnings? in 2 files\.\n$/);
    });

    test('checks a plan from stdin and writes no colour when piped, even with FORCE_COLOR', async () => {
        const { code, stdout, stderr } = await spawnAppl(dir, ['check', '-', '--stdin-filename', 'plans/piped.appl'], CLEAN_PLAN,
            { FORCE_COLOR: '1' });
        expect({ code, stdout, stderr }).toEqual({
            code: 0,
            stdout: 'plans/piped.appl: no as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked\n\nNo problems in 1 file.\n',
            stderr: '',
        });
    });

    test('writes SARIF to a file with -o and exits 1 for errors', async () => {
        const { code, stdout, stderr } = await appl(dir, 'check', 'plans', '--format', 'sarif', '-o', 'out/appl.sarif');
        expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: '' });
        const log = JSON.parse(readFileSync(`${dir}/out/appl.sarif`, 'utf8'));
        expect(log.runs[0].tool.driver).toMatchObject({ name: 'appl', version });
    });

    test('exits 2 on a bad option', async () => {
        expect(await appl(dir, 'check', '--bogus')).toEqual({ code: 2, stdout: '', stderr: "appl: unknown option '--bogus'\n" });
    });
});
