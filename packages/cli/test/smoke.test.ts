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
    try {
        const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd });
        return { code: 0, stdout, stderr };
    } catch (error) {
        const { code, stdout, stderr } = error as { code: number, stdout: string, stderr: string };
        return { code, stdout, stderr };
    }
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
        expect(stdout).toMatch(/^plans\/broken\.appl:7:12 error .* weakness-covered\n/);
        expect(stdout).toMatch(/\n\n3 errors in 2 files\.\n$/);
    });

    test('exits 2 on a bad option', async () => {
        expect(await appl(dir, 'check', '--bogus')).toEqual({ code: 2, stdout: '', stderr: "appl: unknown option '--bogus'\n" });
    });
});
