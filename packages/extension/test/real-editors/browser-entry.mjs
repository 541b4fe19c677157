// @ts-check
// The extension's browser entry (what vscode.dev and github.dev run) in VS Code's web worker extension
// host: code-server 4.139.1 in headless Chromium, with a copy of the extension that has only its
// `browser` entry (no `main`), so that VS Code must run it in the browser. The language server runs in a
// web worker; the plan's imports and the workspace's files are read through VS Code. It shows the same
// findings as the desktop extension (smoke.mjs) and the status item. Screenshots: out/real-editors/browser/.
//
//   node --test packages/extension/test/real-editors/browser-entry.mjs   (after `npm run build`)
import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, prepareWorkbench, startCodeServer } from './code-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..', '..');
const repo = join(extensionDir, '..', '..');
const out = join(repo, 'out', 'real-editors', 'browser');

/** The four errors of fixtures/broken-plan.appl, as smoke.mjs expects them from the desktop extension. */
const errors = [
    'Weakness W7 is judged not sufficient but no area or action addresses it.',
    'Action 1.1 has no lead. Add "lead <person-id>".',
    'No weakness called W8 is declared in this file or in a file it imports. Did you mean W1?',
    '2021-02-30 is not a real date: February 2021 has 28 days.',
];

/** A copy of the built extension without its `main`: VS Code can only run it in the browser. */
function browserOnlyExtension(/** @type {string} */ target) {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
    delete manifest.main;
    mkdirSync(join(target, 'out', 'browser'), { recursive: true });
    writeFileSync(join(target, 'package.json'), JSON.stringify(manifest, null, 2));
    for (const file of ['language-configuration.json', 'icon.png', 'out/browser/extension.js', 'out/browser/server.js']) {
        assert.ok(existsSync(join(extensionDir, file)), `${file} is missing: run \`npm run build\` first`);
        copyFileSync(join(extensionDir, file), join(target, file));
    }
    for (const folder of ['syntaxes', 'snippets', 'media', 'schemas']) {
        cpSync(join(extensionDir, folder), join(target, folder), { recursive: true });
    }
}

describe('the browser entry in VS Code\'s web worker extension host', () => {
    /** @type {import('./code-server.mjs').CodeServer} */
    let server;
    /** @type {import('playwright-core').Browser} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;
    const logged = /** @type {string[]} */ ([]);
    const screenshot = (/** @type {string} */ name) => page?.screenshot({ path: join(out, `${name}.png`) });

    before(async () => {
        const { workspace, userDataDir, extensionsDir } = prepareWorkbench(out,
            [join(here, 'fixtures', 'broken-plan.appl'), join(repo, 'examples', 'medway', 'medway-people.appl')],
            { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false });
        const extension = join(out, 'extension');
        browserOnlyExtension(extension);
        server = await startCodeServer({ userDataDir, extensionsDir });
        browser = await launchChromium();
        page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        page.on('console', message => logged.push(message.text()));
        // The extension from its folder, as F5 runs it: code-server honours the payload with the smoke-test driver on.
        const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${server.authority}${extension}`], ['skipWelcome', 'true']]);
        await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    test('checks a plan in the web worker, reading its import through VS Code', async () => {
        try {
            await page.getByRole('treeitem', { name: 'broken-plan.appl' }).click({ timeout: 30_000 });
            await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-error').length >= 1, undefined, { timeout: 60_000 });
            await page.keyboard.press('Control+Shift+M');
            await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 5, undefined, { timeout: 30_000 });
            const labels = (await page.locator('.markers-panel .monaco-list-row').evaluateAll(rows => rows.map(row => row.getAttribute('aria-label') ?? ''))).join('\n');
            for (const message of errors) {
                assert.ok(labels.includes(`Error: ${message}`), `the Problems panel has no "${message}":\n${labels}`);
            }
            // The people the plan names are in medway-people.appl, which the worker read through VS Code.
            assert.ok(!/No (person|organisation) called/.test(labels), `an imported name did not resolve:\n${labels}`);
            // The extension ran in the browser: VS Code logs its activation in the web worker extension host.
            assert.ok(!logged.some(line => /Activating extension 'appl\.appl-vscode' failed/.test(line)), logged.join('\n'));
        } finally {
            await screenshot('1-problems');
        }
    });

    test('shows the plan\'s type and findings in the language status item', async () => {
        try {
            await page.waitForFunction(() => /APP, no as-of date, 4 errors, 4 warnings/.test(
                document.getElementById('status.languageStatus')?.getAttribute('aria-label') ?? ''), undefined, { timeout: 30_000 });
        } finally {
            await screenshot('2-status');
        }
    });
});
