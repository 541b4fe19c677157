import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROKEN_PLAN, CLEAN_PLAN } from './fixtures.js';
import { APPL_BIN, buildBundle, makeTempDir, removeTempDir, spawnAppl, spawnNode, writeFiles } from './helpers.js';

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
        expect(stdout).toMatch(/^plans\/broken\.appl:7:12 error .* weakness-covered$/m);
        expect(stdout).toMatch(/\n\nNo as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked\.\n3 errors and \d+ warnings? in 2 files\.\n$/);
    });

    test('checks a plan from stdin; piped, colours only with FORCE_COLOR or --color', async () => {
        const plain = 'No as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked.\nNo problems in 1 file.\n';
        const coloured = '\u001b[2mNo as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked.\u001b[0m\n'
            + '\u001b[32mNo problems in 1 file.\u001b[0m\n';
        const unset = async (args: string[], env: Record<string, string> = {}) => {
            // The test runner may set FORCE_COLOR itself: leave it out of the child's environment unless given.
            const { FORCE_COLOR: _force, NO_COLOR: _no, ...rest } = process.env;
            return spawnNode(dir, [APPL_BIN, 'check', '-', '--stdin-filename', 'plans/piped.appl', ...args], CLEAN_PLAN, {}, { ...rest, ...env });
        };
        expect(await unset([])).toEqual({ code: 0, stdout: plain, stderr: '' });
        expect(await unset(['--color'])).toEqual({ code: 0, stdout: coloured, stderr: '' });
        expect(await unset([], { FORCE_COLOR: '1' })).toEqual({ code: 0, stdout: coloured, stderr: '' });
        expect(await unset(['--color'], { FORCE_COLOR: '0' })).toEqual({ code: 0, stdout: plain, stderr: '' });
        expect(await unset(['--no-color'], { FORCE_COLOR: 'true' })).toEqual({ code: 0, stdout: coloured, stderr: '' });
        expect(await unset(['--color'], { NO_COLOR: '1' })).toEqual({ code: 0, stdout: coloured, stderr: '' });
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
