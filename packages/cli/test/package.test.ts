// The `appl` package as a user gets it: `npm pack` makes the tarball that `npm publish` would upload;
// installed into an empty folder with no network (it has no dependency, so nothing is fetched), its two
// commands work from any other folder, and `npx --yes ./appl-<version>.tgz` runs it too.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LspTestClient } from '../../language/test/lsp/lsp-client.js';
import { CLEAN_PLAN } from './fixtures.js';
import { makeTempDir, removeTempDir } from './helpers.js';

const CLI = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(CLI, 'package.json'), 'utf8')) as { version: string };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** npm (or npx) with a private cache and no network. */
async function runNpm(cwd: string, args: string[], cache: string, command = npm) {
    const env = { ...process.env, npm_config_cache: cache, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false',
        npm_config_update_notifier: 'false' };
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });
    return { stdout, stderr };
}

describe(`the appl package (appl-${version}.tgz)`, () => {
    let dir: string;
    let tarball: string;
    let prefix: string;
    let project: string;
    let packed: { files: Array<{ path: string }> };
    let installOutput: string;

    beforeAll(async () => {
        dir = await makeTempDir();
        const cache = path.join(dir, 'npm-cache');
        const { stdout } = await runNpm(CLI, ['pack', '--json', '--pack-destination', dir], cache);
        // The prepack script's line comes before the JSON on stdout.
        packed = (JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<typeof packed>)[0];
        tarball = path.join(dir, `appl-${version}.tgz`);
        prefix = path.join(dir, 'prefix');
        project = path.join(dir, 'elsewhere', 'plans');
        await mkdir(prefix, { recursive: true });
        await mkdir(project, { recursive: true });
        await writeFile(path.join(project, 'plan.appl'), CLEAN_PLAN);
        const installed = await runNpm(prefix, ['install', '--prefix', prefix, tarball], cache);
        installOutput = `${installed.stdout}${installed.stderr}`;
    }, 240_000);
    afterAll(async () => { await removeTempDir(dir); });

    test('holds the two bundles and the Word writer, the bins, the report schema, the README and the licence, and nothing else', () => {
        expect(packed.files.map(file => file.path).sort()).toEqual([
            'LICENSE', 'README.md', 'bin/appl-language-server.cjs', 'bin/appl.cjs', 'out/appl-language-server.cjs', 'out/appl.cjs',
            'out/docx.cjs', 'package.json', 'schema/appl-check.v1.schema.json',
        ]);
    });

    test('declares no dependency, the engines the bundles run on, both commands, a licence and the repository', async () => {
        const manifest = JSON.parse(readFileSync(path.join(prefix, 'node_modules/appl/package.json'), 'utf8'));
        expect(manifest).toMatchObject({
            name: 'appl',
            version,
            license: 'MIT',
            engines: { node: '>=20.10.0' },
            bin: { 'appl': 'bin/appl.cjs', 'appl-language-server': 'bin/appl-language-server.cjs' },
            repository: { type: 'git', url: 'git+https://github.com/appl-lang/appl.git', directory: 'packages/cli' },
        });
        expect(manifest.dependencies).toBeUndefined();
        expect(manifest.private).toBeUndefined();
        // npm installed the one package: nothing was fetched.
        expect(await readdir(path.join(prefix, 'node_modules'))).toEqual(expect.arrayContaining(['appl']));
        expect((await readdir(path.join(prefix, 'node_modules'))).filter(name => !name.startsWith('.'))).toEqual(['appl']);
    });

    test('installs offline into an empty folder without a warning (no EBADENGINE on Node 20)', () => {
        expect(installOutput).toMatch(/added 1 package/);
        expect(installOutput).not.toMatch(/warn|EBADENGINE|deprecated/i);
    });

    test('checks a plan from another folder with the installed appl', () => {
        const run = spawnSync(path.join(prefix, 'node_modules/.bin/appl'), ['check', 'plan.appl', '--as-of', '2020-05-01'],
            { cwd: project, encoding: 'utf8' });
        expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
            status: 0, stdout: 'Checked as of 2020-05-01 (--as-of).\nNo problems in 1 file.\n', stderr: '',
        });
        // A Word file, through out/docx.cjs, which the bundle requires only then.
        const word = spawnSync(path.join(prefix, 'node_modules/.bin/appl'), ['export', 'plan.appl', '-o', 'plan.docx'],
            { cwd: project, encoding: 'utf8' });
        expect({ status: word.status, stderr: word.stderr }).toEqual({ status: 0, stderr: '' });
        expect(readFileSync(path.join(project, 'plan.docx')).subarray(0, 2).toString()).toBe('PK');
        const versionRun = spawnSync(path.join(prefix, 'node_modules/.bin/appl'), ['--version'], { cwd: project, encoding: 'utf8' });
        expect(versionRun.stdout).toBe(`${version}\n`);
    });

    test('starts the installed appl-language-server from another folder and checks an open plan', async () => {
        const client = LspTestClient.start([path.join(prefix, 'node_modules/.bin/appl-language-server')], project);
        try {
            const result = await client.initialize();
            expect(result.serverInfo).toEqual({ name: 'appl-language-server', version });
            await client.initialized();
            const uri = pathToFileURL(path.join(project, 'plan.appl')).href;
            await client.open(uri, CLEAN_PLAN.replace('lead jane', 'lead jan'));
            const diagnostics = await client.diagnosticsFor(uri);
            expect(diagnostics.map(d => d.code)).toContain('unresolved-reference');
            expect(await client.shutdown()).toBe(0);
        } finally {
            await client.dispose();
        }
    });

    test('runs as npx --yes ./appl-<version>.tgz check, with no network', async () => {
        const { stdout } = await runNpm(dir, ['--yes', `./appl-${version}.tgz`, 'check', path.join(project, 'plan.appl'),
            '--as-of', '2020-05-01', '--format', 'json'], path.join(dir, 'npx-cache'), npx);
        expect(JSON.parse(stdout)).toMatchObject({ version: 1, tool: { name: 'appl', version }, totals: { files: 1, errors: 0 } });
    }, 120_000);
});
