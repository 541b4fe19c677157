// @ts-check
// A smoke test of the real VS Code workbench (code-server 4.139.1 = VS Code 1.139.1, in headless Chromium,
// driven by playwright-core), with the packaged .vsix installed as a user installs it. It does what a user
// does and looks at what a user sees: open a broken plan from the Explorer, see the squiggles and our
// findings in the Problems panel, press Ctrl+Space and see our completion items, open the preview.
// Each step saves a screenshot to out/real-editors/smoke/ (git-ignored), passed or not.
//
//   node --test packages/extension/test/real-editors/smoke.mjs   (after `npm run package`)
//
// APPL_VSIX overrides the .vsix (default packages/extension/appl-<version>.vsix).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, prepareWorkbench, runCodeServerCli, startCodeServer } from './code-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..', '..');
const repo = join(extensionDir, '..', '..');
const out = join(repo, 'out', 'real-editors', 'smoke');
const version = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')).version;
const vsix = process.env.APPL_VSIX || join(extensionDir, `appl-${version}.vsix`);

/** The four errors of fixtures/broken-plan.appl, as `appl check` words them. */
const findings = [
    { rule: 'weakness-covered', message: 'Weakness W7 is judged not sufficient but no area or action addresses it.' },
    { rule: 'action-has-lead', message: 'Action 1.1 has no lead. Add "lead <person-id>".' },
    { rule: 'unresolved-reference', message: 'No weakness called W8 is declared in this file or in a file it imports. Did you mean W1?' },
    { rule: 'valid-date', message: '2021-02-30 is not a real date: February 2021 has 28 days.' },
];

describe('the VS Code workbench with the APPL extension', () => {
    /** @type {import('./code-server.mjs').CodeServer} */
    let server;
    /** @type {import('playwright-core').Browser} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;

    const screenshot = (/** @type {string} */ name) => page?.screenshot({ path: join(out, `${name}.png`) });

    before(async () => {
        assert.ok(existsSync(vsix), `${vsix} does not exist: run \`npm run package\` first`);
        const { workspace, userDataDir, extensionsDir } = prepareWorkbench(out,
            [join(here, 'fixtures', 'broken-plan.appl'), join(repo, 'examples', 'medway', 'medway-people.appl')],
            { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false });
        assert.equal(runCodeServerCli(['--extensions-dir', extensionsDir, '--install-extension', vsix]), 0, 'installing the .vsix failed');

        server = await startCodeServer({ userDataDir, extensionsDir });
        browser = await launchChromium();
        page = await browser.newPage({ viewport: { width: 1400, height: 1250 } });
        await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    test('opens a broken plan from the Explorer and underlines its errors', async () => {
        try {
            await page.getByRole('treeitem', { name: 'broken-plan.appl' }).click({ timeout: 30_000 });
            await page.locator('.monaco-editor .view-line', { hasText: 'Broken improvement plan' }).waitFor({ timeout: 30_000 });
            // One squiggle per error (all four lines fit in the editor).
            await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-error').length >= 4, undefined, { timeout: 30_000 });
            assert.equal(await page.locator('.monaco-editor .squiggly-error').count(), 4);
        } finally {
            await screenshot('1-squiggles');
        }
    });

    test('lists our findings in the Problems panel, with their rule ids', async () => {
        try {
            await page.keyboard.press('Control+Shift+M');
            const rows = page.locator('.markers-panel .monaco-list-row');
            await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 5, undefined, { timeout: 30_000 });
            const labels = (await rows.evaluateAll(elements => elements.map(e => e.getAttribute('aria-label') ?? ''))).join('\n');
            const text = await page.locator('.markers-panel').innerText();
            for (const { rule, message } of findings) {
                assert.ok(labels.includes(message), `the Problems panel has no "${message}":\n${labels}`);
                assert.ok(text.includes(rule), `the Problems panel does not show the rule id ${rule}:\n${text}`);
            }
        } finally {
            await screenshot('2-problems');
        }
    });

    test('offers the plan\'s weakness ids on Ctrl+Space after "addresses"', async () => {
        try {
            // Bring line 38 into view with Go to Line (code lenses and the Problems panel take room), click
            // just before "W8" in `addresses W8 {` and ask for completion there.
            await page.keyboard.press('Control+G');
            await page.locator('.quick-input-widget input').fill(':38:41');
            await page.keyboard.press('Enter');
            await page.locator('.monaco-editor .view-line', { hasText: 'addresses\u00a0W8' }).waitFor({ timeout: 10_000 });
            const w8 = await page.evaluate(() => { // where "W8" is drawn: it shares its span with the spaces around it
                for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
                    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                        const index = /** @type {Text} */ (node).data.indexOf('W8');
                        if (index >= 0 && line.textContent?.includes('addresses')) {
                            const range = document.createRange();
                            range.setStart(node, index);
                            range.setEnd(node, index + 1);
                            const box = range.getBoundingClientRect();
                            return { x: box.left, y: box.top + box.height / 2 };
                        }
                    }
                }
                return undefined;
            });
            assert.ok(w8, 'the line `addresses W8` is not on screen');
            await page.mouse.click(w8.x + 1, w8.y);
            await page.keyboard.press('Control+Space');
            const rows = page.locator('.suggest-widget.visible .monaco-list-row');
            await rows.first().waitFor({ timeout: 30_000 });
            const labels = await rows.evaluateAll(elements => elements.map(e => e.getAttribute('aria-label') ?? ''));
            for (const id of ['W1', 'W7']) {
                assert.ok(labels.some(label => label.split(/[\s,]/)[0] === id), `completion does not offer ${id}: ${JSON.stringify(labels)}`);
            }
        } finally {
            await screenshot('3-completion');
            await page.keyboard.press('Escape');
        }
    });

    test('opens the plan\'s preview beside it from the Command Palette', async () => {
        try {
            await page.keyboard.press('F1');
            const input = page.locator('.quick-input-widget input');
            await input.waitFor({ timeout: 10_000 });
            await input.fill('>APPL: Open Preview to the Side');
            const command = page.locator('.quick-input-list .monaco-list-row', { hasText: 'APPL: Open Preview to the Side' });
            await command.first().waitFor({ timeout: 10_000 });
            await command.first().click();
            // The preview is a webview (nested iframes): wait until one of the page's frames shows the plan.
            const deadline = Date.now() + 30_000;
            let shown = false;
            while (!shown && Date.now() < deadline) {
                for (const frame of page.frames().filter(f => f !== page.mainFrame())) {
                    const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
                    shown ||= text.includes('Broken improvement plan') && text.includes('W7');
                }
                await page.waitForTimeout(250);
            }
            assert.ok(shown, 'no preview of the plan (its title and weaknesses) appeared');
            assert.equal(await page.locator('.editor-group-container').count(), 2, 'the preview is not beside the plan');
        } finally {
            await screenshot('4-preview');
            await page.keyboard.press('Escape');
        }
    });
});
