// @ts-check
// Runs the extension's test suite (suite/*.spec.ts, mocha) inside real VS Code with @vscode/test-electron's
// runTests, twice by default:
//   vsix         the packaged extension (packages/extension/appl-<version>.vsix, from `npm run package`),
//                installed with VS Code's command line into a fresh extensions folder: what users install;
//   development  the extension folder itself (packages/extension, after `npm run build`), as F5 runs it.
// Which VS Code: APPL_VSCODE_EXECUTABLE if set; else, where scripts/real-editors/install.sh installed
// code-server, the code-server-as-vscode/code wrapper (real VS Code 1.139.1 in headless Chromium); else
// runTests' own download of desktop VS Code, as on a developer's desktop.
//
//   node packages/extension/test/real-editors/run-tests.mjs [--runs=vsix,development] [--vsix=FILE]
//
// Everything it writes goes to out/real-editors/ (git-ignored): the bundled suite, the expected exports,
// and one folder per run (workspace, user data, extensions, results.json). Ends with the line
// "vscode: N passed, N failed"; exits 1 when a test failed or a run did not report.
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerInstalled } from './code-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..', '..');
const repo = join(extensionDir, '..', '..');
const out = join(repo, 'out', 'real-editors');

const option = (/** @type {string} */ name) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = (option('runs') ?? 'vsix,development').split(',');
const version = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')).version;
const vsix = option('vsix') ?? join(extensionDir, `appl-${version}.vsix`);

// 1. The suite, bundled for the extension host (CommonJS: the repository's package.json says "module").
const suiteDir = join(out, 'suite');
rmSync(suiteDir, { recursive: true, force: true });
await esbuild.build({
    absWorkingDir: here,
    entryPoints: readdirSync(join(here, 'suite')).filter(name => name === 'index.ts' || name.endsWith('.spec.ts')).map(name => `suite/${name}`),
    outdir: suiteDir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
});
writeFileSync(join(suiteDir, 'package.json'), '{ "type": "commonjs" }\n');

// 2. What the export commands must write: the CLI's exports of the same plan.
const expectedDir = join(out, 'expected');
mkdirSync(expectedDir, { recursive: true });
const medway = join(repo, 'examples', 'medway', 'app-2020.appl');
for (const [command, format, name] of [['export', 'json', 'medway-app.json'], ['export', 'markdown', 'medway-app.md'],
    ['export', 'docx', 'medway-app.docx'], ['review', 'markdown', 'medway-app-review.md']]) {
    const cli = spawnSync(process.execPath, [join(repo, 'packages', 'cli', 'bin', 'appl.cjs'), command,
        medway, '--format', format, '-o', join(expectedDir, name), '--force'], { encoding: 'utf8' });
    if (cli.status !== 0) {
        console.error(`appl ${command} --format ${format} failed (run \`npm run build\` first):\n${cli.stdout}${cli.stderr}`);
        process.exit(1);
    }
}

// 3. Which VS Code.
const wrapper = join(here, 'code-server-as-vscode', 'code');
const vscodeExecutablePath = process.env.APPL_VSCODE_EXECUTABLE
    || (codeServerInstalled() ? wrapper : await downloadAndUnzipVSCode('stable'));
console.log(`vscode: running the suite in ${vscodeExecutablePath === wrapper ? 'code-server (real VS Code 1.139.1, headless Chromium)' : vscodeExecutablePath}`);

// 4. The runs.
let passed = 0;
let failed = 0;
for (const run of runs) {
    const started = Date.now();
    const runDir = join(out, `vscode-${run}`);
    rmSync(runDir, { recursive: true, force: true });
    const workspace = join(runDir, 'workspace');
    const userDataDir = join(runDir, 'user-data');
    const extensionsDir = join(runDir, 'extensions');
    const results = join(runDir, 'results.json');
    for (const dir of [workspace, userDataDir, extensionsDir]) {
        mkdirSync(dir, { recursive: true });
    }
    for (const file of ['app-2020.appl', 'medway-people.appl', 'medway-findings.appl']) {
        copyFileSync(join(repo, 'examples', 'medway', file), join(workspace, file));
    }
    copyFileSync(join(here, 'fixtures', 'broken-plan.appl'), join(workspace, 'broken-plan.appl'));

    let extensionDevelopmentPath = extensionDir;
    if (run === 'vsix') {
        if (!existsSync(vsix)) {
            console.error(`vscode (vsix): ${vsix} does not exist: run \`npm run package\` first`);
            failed++;
            continue;
        }
        // The documented way to install an extension for runTests: VS Code's own command line.
        const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true });
        const install = spawnSync(cli, [...cliArgs, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`,
            '--install-extension', vsix, '--force'], { encoding: 'utf8', stdio: 'inherit' });
        if (install.status !== 0) {
            console.error(`vscode (vsix): installing ${vsix} failed`);
            failed++;
            continue;
        }
        // runTests needs a development extension; the extension under test is the installed one.
        extensionDevelopmentPath = join(here, 'fixtures', 'test-host');
    }

    console.log(`\nvscode (${run}): ${run === 'vsix' ? vsix : extensionDir}`);
    try {
        await runTests({
            vscodeExecutablePath,
            extensionDevelopmentPath,
            extensionTestsPath: join(suiteDir, 'index.js'),
            launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`],
            extensionTestsEnv: {
                APPL_TEST_RESULTS: results,
                APPL_EXTENSION_SOURCE: run,
                APPL_EXTENSIONS_DIR: extensionsDir,
                APPL_EXPECTED_DIR: expectedDir,
            },
        });
    } catch (error) {
        console.error(`vscode (${run}): ${error instanceof Error ? error.message : error}`);
    }
    if (existsSync(results)) {
        const counts = JSON.parse(readFileSync(results, 'utf8'));
        passed += counts.passed;
        failed += counts.failed;
        console.log(`vscode (${run}): ${counts.passed} passed, ${counts.failed} failed in ${Math.round((Date.now() - started) / 1000)} s`);
    } else {
        console.error(`vscode (${run}): the suite did not report (no ${results})`);
        failed++;
    }
}

console.log(`vscode: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
