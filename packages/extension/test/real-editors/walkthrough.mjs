// @ts-check
// The walkthrough "Write your first APPL plan" in the real VS Code workbench (code-server 4.139.1 in
// headless Chromium, driven by playwright-core), with the packaged .vsix installed: each of its steps
// done as a user does it (open an example, write an action from the suggestions, apply a quick fix,
// open the preview, export, start a new plan), each ending in a picture of what the user then sees.
// Those pictures are the walkthrough's own: they go to out/real-editors/walkthrough/, and with
// APPL_UPDATE_PICTURES=1 also to packages/extension/media/walkthrough/ (commit them). Then the
// walkthrough itself is opened and its steps and pictures checked, and the New File entry and the
// language status item are checked on screen.
//
//   node --test packages/extension/test/real-editors/walkthrough.mjs   (after `npm run package`)
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, prepareWorkbench, runCodeServerCli, startCodeServer } from './code-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..', '..');
const repo = join(extensionDir, '..', '..');
const out = join(repo, 'out', 'real-editors', 'walkthrough');
const media = join(extensionDir, 'media', 'walkthrough');
const version = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')).version;
const vsix = process.env.APPL_VSIX || join(extensionDir, `appl-${version}.vsix`);
const update = process.env.APPL_UPDATE_PICTURES === '1';

describe('the walkthrough, New plan and the status item in the VS Code workbench', () => {
    /** @type {import('./code-server.mjs').CodeServer} */
    let server;
    /** @type {import('playwright-core').Browser} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;

    /** Saves what the user sees (the editors and the panel, without the side bar) as a walkthrough picture. */
    const picture = async (/** @type {string} */ name) => {
        const box = await page.locator('.monaco-workbench .part.editor').boundingBox();
        const panel = await page.locator('.monaco-workbench .part.panel').boundingBox().catch(() => null);
        assert.ok(box, 'no editor area on screen');
        const bottom = panel && panel.height > 0 ? Math.max(box.y + box.height, panel.y + panel.height) : box.y + box.height;
        // JPEG: a third of the size of a PNG of the same screen, and they ship in the .vsix.
        const file = join(out, `${name}.jpg`);
        await page.screenshot({ path: file, type: 'jpeg', quality: 70, clip: { x: box.x, y: box.y, width: box.width, height: bottom - box.y } });
        if (update) {
            mkdirSync(media, { recursive: true });
            copyFileSync(file, join(media, `${name}.jpg`));
        }
    };
    const screenshot = (/** @type {string} */ name) => page?.screenshot({ path: join(out, `${name}.png`) });

    /** Runs a command from the Command Palette by its title. */
    const runCommand = async (/** @type {string} */ title) => {
        const input = page.locator('.quick-input-widget input');
        await page.keyboard.press('F1');
        if (!await input.waitFor({ timeout: 3_000 }).then(() => true, () => false)) {
            // With every editor closed the keyboard focus may be nowhere: give it to the editor area.
            await page.locator('.monaco-workbench .part.editor').click();
            await page.keyboard.press('F1');
            await input.waitFor({ timeout: 10_000 });
        }
        await input.fill(`>${title}`);
        // By the start of its label: "File: New File..." is not "Create: New File...".
        const row = page.locator(`.quick-input-list .monaco-list-row[aria-label^="${title}"]`).first();
        await row.waitFor({ timeout: 10_000 });
        await row.click();
    };
    /** Opens a file of the workspace with Quick Open (the palette without its ">"). */
    const openFile = async (/** @type {string} */ name) => {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 10_000 });
        await input.fill(name);
        const row = page.locator(`.quick-input-list .monaco-list-row[aria-label^="${name}"]`).first();
        await row.waitFor({ timeout: 10_000 });
        await row.click();
    };
    /** Go to Line (Ctrl+G); tried again if the quick input is not ready for typing (it can be inert while another closes). */
    const goToLine = async (/** @type {string} */ where) => {
        for (let attempt = 1; ; attempt++) {
            await page.keyboard.press('Control+G');
            const input = page.locator('.quick-input-widget input');
            const typed = await input.fill(where, { timeout: 5_000 }).then(() => true, () => false);
            if (typed) {
                await page.keyboard.press('Enter');
                return;
            }
            assert.ok(attempt < 4, `Go to Line ${where} did not take the keyboard`);
            await page.keyboard.press('Escape');
            await page.locator('.monaco-editor').first().click();
        }
    };
    /** Picks an entry of the quick pick on screen. */
    const pick = async (/** @type {string} */ text) => {
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
        await row.waitFor({ timeout: 10_000 });
        await row.click();
    };
    /** The Staffordshire example's lines, to find where its plan and actions start. */
    const staffordshire = readFileSync(join(repo, 'examples', 'staffordshire-app-2022.appl'), 'utf8').split('\n');
    const planLine = staffordshire.findIndex(line => line.startsWith('plan "Staffordshire Accelerated Progress Plan" {')) + 1;
    /** The file's tab is the active one (its first lines may be scrolled away: VS Code keeps where it was). */
    const editorOpens = (/** @type {string} */ name) =>
        page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 30_000 });
    const editorShows = (/** @type {string} */ text) =>
        page.locator('.monaco-editor .view-line', { hasText: text.replace(/ /g, '\u00a0') }).first().waitFor({ timeout: 30_000 });

    before(async () => {
        assert.ok(existsSync(vsix), `${vsix} does not exist: run \`npm run package\` first`);
        const { workspace, userDataDir, extensionsDir } = prepareWorkbench(out, [
            join(here, 'fixtures', 'broken-plan.appl'), join(repo, 'examples', 'medway', 'medway-people.appl'),
            join(repo, 'examples', 'staffordshire-app-2022.appl'),
        ], {
            'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'editor.fontSize': 14,
            'workbench.activityBar.location': 'hidden', 'breadcrumbs.enabled': false, 'editor.codeLens': false,
        });
        assert.equal(runCodeServerCli(['--extensions-dir', extensionsDir, '--install-extension', vsix]), 0, 'installing the .vsix failed');
        server = await startCodeServer({ userDataDir, extensionsDir });
        browser = await launchChromium();
        page = await browser.newPage({ viewport: { width: 1000, height: 660 } });
        await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.getByRole('treeitem', { name: 'broken-plan.appl' }).waitFor({ timeout: 30_000 });
        // The extension's commands are in the palette once its manifest is read.
        const deadline = Date.now() + 60_000;
        for (;;) {
            await page.keyboard.press('F1');
            await page.locator('.quick-input-widget input').fill('>APPL: New plan');
            const found = await page.locator('.quick-input-list .monaco-list-row[aria-label^="APPL: New plan"]')
                .waitFor({ timeout: 2_000 }).then(() => true, () => false);
            await page.keyboard.press('Escape');
            if (found) break;
            assert.ok(Date.now() < deadline, 'the APPL commands did not appear in the Command Palette');
        }
        // The pictures show the editor, not the Explorer.
        await page.keyboard.press('Control+B');
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    test('1. "APPL: Open an Example Plan" opens a finished plan', async () => {
        try {
            await runCommand('APPL: Open an Example Plan');
            await pick('Staffordshire Accelerated Progress Plan');
            await editorShows('plan "Staffordshire Accelerated Progress Plan" {');
            await page.waitForTimeout(500);
            await picture('1-open-example');
        } finally {
            await screenshot('1-open-example-window');
        }
    });

    test('2. typing "action" inside an area offers the action block', async () => {
        try {
            // The end of action 1.3, the last of area 1: a new action goes on the next line.
            const action = staffordshire.findIndex(line => line.startsWith('  action 1.3 '));
            const end = staffordshire.findIndex((line, index) => index > action && line === '  }');
            assert.ok(action >= 0 && end > action, 'the Staffordshire example has no action 1.3');
            await goToLine(`:${end + 1}`);
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.press('Enter');
            await page.keyboard.type('action', { delay: 30 });
            await page.keyboard.press('Control+Space');
            const rows = page.locator('.suggest-widget.visible .monaco-list-row');
            await rows.first().waitFor({ timeout: 30_000 });
            const labels = await rows.evaluateAll(elements => elements.map(e => e.getAttribute('aria-label') ?? ''));
            assert.ok(labels.some(label => label.startsWith('action block')), `no action block offered: ${labels.join(' | ')}`);
            // Show the block's details, as a first-time author reads them.
            await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'action block' }).first().click();
            await page.keyboard.press('Control+Space');
            await page.waitForTimeout(800);
            await picture('2-write-action');
        } finally {
            await screenshot('2-write-action-window');
            await page.keyboard.press('Escape');
            await runCommand('View: Revert and Close Editor');
        }
    });

    test('3. a finding in Problems, and its quick fixes on the line', async () => {
        try {
            await openFile('broken-plan.appl');
            await editorShows('Broken improvement plan');
            await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-error').length >= 1, undefined, { timeout: 30_000 });
            await page.keyboard.press('Control+Shift+M');
            const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Did you mean W1?' }).first();
            await row.waitFor({ timeout: 30_000 });
            // The finding's place, as a click on it in Problems gives; then the light bulb's menu.
            await goToLine(':38:41');
            await page.keyboard.press('Control+.');
            await page.getByText('Change to W1').first().waitFor({ timeout: 30_000 });
            await page.waitForTimeout(300);
            await picture('3-fix-problem');
        } finally {
            await screenshot('3-fix-problem-window');
            await page.keyboard.press('Escape');
        }
    });

    test('4. the preview opens beside the plan', async () => {
        try {
            await openFile('staffordshire-app-2022.appl');
            await editorOpens('staffordshire-app-2022.appl');
            await goToLine(`:${planLine}`);
            await editorShows('plan "Staffordshire Accelerated Progress Plan" {');
            await page.keyboard.press('Control+J'); // the panel away: the preview needs the room
            await runCommand('APPL: Open Preview to the Side');
            const deadline = Date.now() + 30_000;
            let shown = false;
            while (!shown && Date.now() < deadline) {
                for (const frame of page.frames().filter(f => f !== page.mainFrame())) {
                    const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
                    shown ||= text.includes('Staffordshire Accelerated Progress Plan') && text.includes('Timeline');
                }
                await page.waitForTimeout(250);
            }
            assert.ok(shown, 'no preview of the plan appeared');
            await page.waitForTimeout(500);
            await picture('4-preview');
        } finally {
            await screenshot('4-preview-window');
        }
    });

    test('5. "APPL: Export to Word" and "Export to Markdown" write the documents beside the plan', async () => {
        try {
            await runCommand('View: Close All Editors');
            await openFile('staffordshire-app-2022.appl');
            await editorOpens('staffordshire-app-2022.appl');
            await runCommand('APPL: Export to Markdown');
            // VS Code's own save dialog, proposing the file beside the plan.
            await page.waitForFunction(() => /staffordshire-app-2022\.md$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''),
                undefined, { timeout: 10_000 });
            await page.keyboard.press('Enter');
            const written = join(out, 'workspace', 'staffordshire-app-2022.md');
            for (const deadline = Date.now() + 20_000; !existsSync(written);) {
                assert.ok(Date.now() < deadline, `${written} was not written`);
                await page.waitForTimeout(200);
            }
            await runCommand('APPL: Export to Word');
            await page.waitForFunction(() => /staffordshire-app-2022\.docx$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''),
                undefined, { timeout: 10_000 });
            await page.keyboard.press('Enter');
            const word = join(out, 'workspace', 'staffordshire-app-2022.docx');
            for (const deadline = Date.now() + 20_000; !existsSync(word);) {
                assert.ok(Date.now() < deadline, `${word} was not written`);
                await page.waitForTimeout(200);
            }
            // A Word file is a zip archive.
            await page.waitForTimeout(500);
            assert.equal(readFileSync(word).subarray(0, 2).toString('latin1'), 'PK');
            // Open what was written, with VS Code's own dialog (it opens in the plan's folder).
            await runCommand('File: Open File...');
            await page.waitForFunction(() => (document.querySelector('.quick-input-widget input')?.value ?? '').startsWith('/'), undefined, { timeout: 10_000 });
            await pick('staffordshire-app-2022.md');
            await editorShows('# Staffordshire Accelerated Progress Plan');
            await runCommand('Markdown: Open Preview to the Side');
            await page.waitForTimeout(2000);
            await picture('5-export');
        } finally {
            await screenshot('5-export-window');
        }
    });

    test('6. "APPL: New plan" asks three questions and writes a skeleton with its to-do list', async () => {
        try {
            await runCommand('View: Close All Editors');
            await runCommand('APPL: New plan');
            await pick('Accelerated Progress Plan');
            const input = page.locator('.quick-input-widget input');
            await page.getByText('New plan (2 of 3)').waitFor({ timeout: 10_000 });
            await input.fill('Medway');
            await page.keyboard.press('Enter');
            await page.waitForFunction(() => /\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/.test(document.querySelector('.quick-input-widget input')?.value ?? ''), undefined, { timeout: 10_000 });
            await input.fill('2024-04-01 to 2025-09-30');
            await page.keyboard.press('Enter');
            await editorShows('plan "Medway Accelerated Progress Plan" {');
            await page.keyboard.press('Control+Shift+M');
            // Only this file's problems (the workspace's broken plan has its own).
            const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
            await filter.fill('medway-app.appl');
            await page.getByText(/Showing 8 of \d+/).waitFor({ timeout: 30_000 });
            // The panel draws only the rows in view; a finding below them is found by its words.
            const rows = page.locator('.markers-panel .monaco-list-row');
            const labels = (await rows.evaluateAll(elements => elements.map(row => row.getAttribute('aria-label') ?? ''))).join('\n');
            for (const finding of ['names no board', 'names no accountable officers', 'has no lead', 'has no target', 'has no milestone.',
                'has no due date', 'no milestone about 3, 6 and 12 months', 'involves the parent carer forum']) {
                if (!labels.includes(finding)) {
                    await filter.fill(finding);
                    await page.locator('.markers-panel .monaco-list-row', { hasText: finding }).first().waitFor({ timeout: 10_000 })
                        .catch(() => assert.fail(`the Problems panel does not say "${finding}":\n${labels}`));
                }
            }
            await filter.fill('medway-app.appl');
            await page.getByText(/Showing 8 of \d+/).waitFor({ timeout: 10_000 });
            await page.waitForTimeout(300);
            await picture('6-new-plan');
        } finally {
            await screenshot('6-new-plan-window');
        }
    });

    test('the language status item shows the plan\'s type, as-of date and findings, and opens Problems', async () => {
        try {
            await page.keyboard.press('Control+J');
            const status = page.locator('[id="status.languageStatus"]');
            await page.waitForFunction(() => /APP, as of 2024-04-01, 4 errors, 4 warnings/.test(
                document.getElementById('status.languageStatus')?.getAttribute('aria-label') ?? ''), undefined, { timeout: 30_000 });
            await status.click();
            const hover = page.locator('.monaco-hover', { hasText: 'APP, as of 2024-04-01' });
            await hover.waitFor({ timeout: 10_000 });
            assert.match(await hover.innerText(), /APP, as of 2024-04-01\s+4 errors, 4 warnings\s+Show problems/);
            await screenshot('7-language-status');
            await hover.getByText('Show problems').click();
            await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10_000 });
        } finally {
            await screenshot('7-language-status-after');
        }
    });

    test('"New plan" is under File > New File…', async () => {
        try {
            await runCommand('Create: New File...');
            await pick('New plan');
            await pick('WSOA');
            await page.getByText('New plan (2 of 3)').waitFor({ timeout: 10_000 });
            await page.locator('.quick-input-widget input').fill('Kent');
            await page.keyboard.press('Enter');
            await page.getByText('New plan (3 of 3)').waitFor({ timeout: 10_000 });
            await page.keyboard.press('Enter');
            await editorShows('plan "Kent Written Statement of Action" {');
        } finally {
            await screenshot('8-new-file');
        }
    });

    test('the walkthrough lists its steps, each with its picture', async () => {
        try {
            await runCommand('Welcome: Open Walkthrough...');
            await pick('Write your first APPL plan');
            const steps = page.locator('.getting-started-step');
            await steps.first().waitFor({ timeout: 30_000 });
            const titles = await page.locator('.getting-started-step .step-title').allInnerTexts();
            assert.deepEqual(titles.map(title => title.trim()), [
                'Open an example plan',
                'Write an action with a target and dated milestones',
                'See a problem and apply its quick fix',
                'Open the preview',
                'Export the plan to Word',
                'Start your own plan',
            ]);
            for (const title of titles) {
                await page.locator('.getting-started-step .step-title', { hasText: title }).click();
                const image = page.locator('.getting-started-media img').first();
                await image.waitFor({ timeout: 10_000 });
                await page.waitForFunction(() => {
                    const img = /** @type {HTMLImageElement | null} */ (document.querySelector('.getting-started-media img'));
                    return !!img && img.complete && img.naturalWidth > 0;
                }, undefined, { timeout: 10_000 });
            }
        } finally {
            await screenshot('9-walkthrough');
        }
    });
});
