// @ts-check
// Plays the VS Code executable for @vscode/test-electron on machines that have code-server (real VS Code's
// server and web workbench) and headless Chromium but no desktop VS Code. runTests starts `./code` with
// Electron-style arguments; this script
//   1. reads them: --extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=, --extensions-dir=
//      and the folder to open (flags only desktop Electron understands, such as --no-sandbox, are ignored);
//   2. starts code-server on a free loopback port with that user-data and extensions folder;
//   3. opens the workbench in headless Chromium with the test payload in the URL, which the built product
//      honours under `--vscode-option enable-smoke-test-driver`: VS Code loads the development extension
//      and runs the test module's `run()` in its extension host, as desktop VS Code does;
//   4. prints what the extension host writes to stdout and stderr (the mocha report), as desktop VS Code
//      does, and exits with the code the workbench reports to `codeAutomationExit` when the tests end:
//      0 when they pass.
// With --cli (from ./bin/code) it is VS Code's command line instead: extension management is forwarded to
// code-server's own (`--install-extension file.vsix --extensions-dir DIR`, `--list-extensions`, …).
//
// Environment: APPL_TEST_TIMEOUT (seconds, default 300) bounds a run; on failure or timeout a screenshot
// of the workbench is saved next to the user-data folder. APPL_TEST_VERBOSE=1 also prints code-server's
// own log and the workbench's console.
import { mkdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchChromium, runCodeServerCli, startCodeServer, writeUserSettings } from '../code-server.mjs';

const args = process.argv.slice(2);
if (args[0] === '--cli') {
    process.exit(runCodeServerCli(args.slice(1)));
}

/** Flags that take a value, written `--flag=value` or `--flag value`. */
const valueFlags = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'locale']);
/** @type {Record<string, string[]>} */
const flags = {};
/** @type {string[]} */
const paths = [];
for (let i = 0; i < args.length; i++) {
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(args[i]);
    if (!match) {
        paths.push(args[i]);
        continue;
    }
    const [, name, inline] = match;
    const value = inline ?? (valueFlags.has(name) ? args[++i] : 'true');
    (flags[name] ??= []).push(value);
}

const developmentPaths = (flags.extensionDevelopmentPath ?? []).map(path => resolve(path));
const testsPath = flags.extensionTestsPath?.[0] && resolve(flags.extensionTestsPath[0]);
const userDataDir = resolve(flags['user-data-dir']?.[0] ?? '.vscode-test/user-data');
const extensionsDir = resolve(flags['extensions-dir']?.[0] ?? '.vscode-test/extensions');
const target = paths[0] && resolve(paths[0]);
const timeoutSeconds = Number(process.env.APPL_TEST_TIMEOUT || 300);

mkdirSync(extensionsDir, { recursive: true });
if (!existsSync(join(userDataDir, 'User', 'settings.json'))) {
    writeUserSettings(userDataDir);
}

const verbose = Boolean(process.env.APPL_TEST_VERBOSE);
const server = await startCodeServer({ userDataDir, extensionsDir, echo: verbose, onLine: extensionHostOutput() });
/** @type {import('playwright-core').Browser | undefined} */
let browser;
const cleanUp = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
};
// Never leave code-server behind: not when runTests stops us (Ctrl+C), nor when our reader goes away.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.once(signal, () => cleanUp().finally(() => process.exit(130)));
}
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});
let exitCode = 1;
try {
    browser = await launchChromium();
    const remote = (/** @type {string} */ path) => `vscode-remote://${server.authority}${path}`;
    /** @type {Array<[string, string]>} */
    const payload = [
        ...developmentPaths.map(path => /** @type {[string, string]} */ (['extensionDevelopmentPath', remote(path)])),
        ...(testsPath ? [/** @type {[string, string]} */ (['extensionTestsPath', remote(testsPath)])] : []),
        ['skipWelcome', 'true'],
    ];
    const query = new URLSearchParams();
    if (target) {
        const isWorkspaceFile = target.endsWith('.code-workspace');
        const isFolder = !isWorkspaceFile && existsSync(target) && statSync(target).isDirectory();
        query.set(isWorkspaceFile ? 'workspace' : 'folder', isFolder || isWorkspaceFile ? target : dirname(target));
    }
    query.set('payload', JSON.stringify(payload));

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    /** @type {(code: number) => void} */
    let finish = () => {};
    const finished = new Promise(resolve => finish = resolve);
    await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => finish(code));
    if (verbose) {
        page.on('console', message => process.stderr.write(`[workbench] ${message.text()}\n`));
        page.on('pageerror', error => process.stderr.write(`[workbench] ${error.message}\n`));
    }
    await page.goto(`${server.origin}/?${query}`);

    if (!testsPath) {
        // Started without tests: stay open until the caller stops this process.
        await new Promise(() => {});
    }
    const timeout = new Promise(resolve => setTimeout(resolve, timeoutSeconds * 1000, 'timeout'));
    const outcome = await Promise.race([finished, timeout]);
    if (outcome === 'timeout') {
        process.stderr.write(`code-server-as-vscode: the tests did not finish within ${timeoutSeconds} s\n`);
    } else {
        exitCode = Number(outcome);
    }
    if (exitCode !== 0) {
        const screenshot = `${userDataDir}-failure.png`;
        await page.screenshot({ path: screenshot }).catch(() => {});
        process.stderr.write(`code-server-as-vscode: screenshot of the workbench: ${screenshot}\n`);
    }
} catch (error) {
    process.stderr.write(`code-server-as-vscode: ${error instanceof Error ? error.stack : error}\n${server.log()}\n`);
} finally {
    await cleanUp();
}
process.exit(exitCode);

/**
 * Desktop VS Code passes the extension host's stdout and stderr on to the test runner. code-server logs
 * each write as an entry of its own log: "[hh:mm:ss] [ip][id][ExtensionHostConnection] <pid> text" (or
 * "<pid><stderr> text"), the text's further lines, then one empty line. This returns a line handler that
 * prints those texts to our stdout and stderr, without code-server's prefixes and lifecycle messages.
 * @returns {(line: string) => void}
 */
function extensionHostOutput() {
    const entry = /^\[\d\d:\d\d:\d\d\] \[[^\]]*\]\[[^\]]*\]\[ExtensionHostConnection\] <\d+>(<stderr>)? ?(.*)$/s;
    const lifecycle = /^(Launched Extension Host Process\.|\[reconnection-grace-time\]|Extension Host Process exited with code)/;
    /** @type {NodeJS.WriteStream | undefined} where the current entry goes; undefined: not extension host output */
    let stream;
    let blanks = 0;
    return line => {
        if (/^\[\d\d:\d\d:\d\d\] /.test(line)) { // a new entry of code-server's log
            const match = entry.exec(line);
            stream = match && !lifecycle.test(match[2]) ? (match[1] ? process.stderr : process.stdout) : undefined;
            blanks = 0;
            stream?.write(`${match?.[2]}\n`);
        } else if (line === '') {
            blanks++; // the last one of an entry is code-server's own
        } else if (stream) {
            stream.write('\n'.repeat(blanks) + line + '\n');
            blanks = 0;
        }
    };
}
