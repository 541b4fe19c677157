import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROKEN_PLAN, CLEAN_PLAN } from './fixtures.js';
import { makeTempDir, removeTempDir, writeFiles } from './helpers.js';

// The other tests call the commands in-process; this one proves the shipped binary: the shim, the
// build output, the process exit code and what reaches the real stdout and stderr.
const cliFolder = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/appl.js', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

async function appl(cwd: string, ...args: string[]) {
    return spawnAppl(cwd, args);
}

/** Runs the binary with stdin text and extra environment variables; never throws on a non-zero exit. */
function spawnAppl(cwd: string, args: string[], stdin = '', env: Record<string, string> = {}) {
    return new Promise<{ code: number | null, stdout: string, stderr: string }>((resolve, reject) => {
        const child = execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') {
                reject(error);
            } else {
                resolve({ code: error ? error.code as number : 0, stdout, stderr });
            }
        });
        child.stdin?.end(stdin);
    });
}

describe('the appl binary', () => {
    let dir: string;
    beforeAll(async () => {
        // tsc -b is incremental: it rebuilds the language core and the CLI only when their sources changed.
        const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
        await promisify(execFile)(process.execPath, [tsc, '-b', cliFolder]);
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
        expect(stdout).toMatch(/^plans\/broken\.appl: no as-of date: overdue-milestone and missing-actual were not checked\n/m);
        expect(stdout).toMatch(/^plans\/broken\.appl:7:12 error .* weakness-covered$/m);
        expect(stdout).toMatch(/\n\n3 errors and \d+ warnings? in 2 files\.\n$/);
    });

    test('checks a plan from stdin and writes no colour when piped, even with FORCE_COLOR', async () => {
        const { code, stdout, stderr } = await spawnAppl(dir, ['check', '-', '--stdin-filename', 'plans/piped.appl'], CLEAN_PLAN,
            { FORCE_COLOR: '1' });
        expect({ code, stdout, stderr }).toEqual({
            code: 0,
            stdout: 'plans/piped.appl: no as-of date: overdue-milestone and missing-actual were not checked\n\nNo problems in 1 file.\n',
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
