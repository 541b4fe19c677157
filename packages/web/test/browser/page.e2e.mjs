// @ts-check
// The built web page in a real browser (Debian's Chromium, headless, driven by playwright-core), served
// from packages/web/dist by sirv on 127.0.0.1, as `npm run web` serves it. It does what a first-time
// author does: open an example, type a mistake, read the message in the problems list, apply the quick
// fix, download an export, start a new plan. Every request the page makes is recorded: none may go
// anywhere but the local server. Screenshots and the figures for docs/performance.md (bytes loaded,
// page load to first diagnostics) go to out/web/ (git-ignored).
//
//   npm run build && node --test packages/web/test/browser/page.e2e.mjs
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { zipEntry } from '../../../../test/zip-entry.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, '..', '..');
const repo = join(web, '..', '..');
const dist = join(web, 'dist');
const out = join(repo, 'out', 'web');
const cli = join(repo, 'packages', 'cli', 'bin', 'appl.cjs');

/** The launch flags of the real-editor suites: no sandbox as root, and no traffic of Chromium's own. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** `appl export` of the given files (copied into a fresh folder), for comparing with the page's download. */
function cliExport(/** @type {Record<string, string>} */ files, /** @type {string} */ plan, /** @type {string} */ format) {
    const folder = mkdtempSync(join(tmpdir(), 'appl-web-e2e-'));
    try {
        for (const [name, text] of Object.entries(files)) {
            writeFileSync(join(folder, name), text);
        }
        // A Word file is written to a file (-o); its document part is what the page's download must match.
        const target = join(folder, 'export.docx');
        const args = format === 'docx' ? ['-o', target] : [];
        const run = spawnSync(process.execPath, [cli, 'export', join(folder, plan), '--format', format, ...args], { encoding: 'utf8' });
        assert.ok(run.status === 0 || run.status === 1, `appl export failed: ${run.stderr}`);
        return format === 'docx' ? zipEntry(readFileSync(target), 'word/document.xml') : run.stdout;
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

describe('the web page in headless Chromium', () => {
    /** @type {import('node:http').Server} */
    let server;
    /** @type {string} */
    let origin;
    /** @type {import('playwright-core').Browser} */
    let browser;
    /** @type {import('playwright-core').Page} */
    let page;
    /** Every request the page and its worker made: [url, resource type]. */
    const requests = /** @type {Array<[string, string]>} */ ([]);
    /** What each response from the local server weighed on the wire (after compression). */
    const transferred = /** @type {Record<string, number>} */ ({});
    const errors = /** @type {string[]} */ ([]);
    const screenshot = (/** @type {string} */ name) => page?.screenshot({ path: join(out, `${name}.png`) });
    /** Takes the editor's last line out again, as a user would: from the end, Backspace over it. */
    const removeLastLine = async () => {
        await page.locator('.cm-content').click();
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+End');
        const length = await page.locator('.cm-content .cm-line').last().evaluate(line => (line.textContent ?? '').length);
        for (let i = 0; i <= length; i++) await page.keyboard.press('Backspace');
    };
    const problems = () => page.locator('#problems-list .problem').evaluateAll(items => items.map(item => ({
        severity: item.querySelector('.problem-severity')?.textContent,
        line: item.querySelector('.problem-where')?.textContent,
        message: item.querySelector('.problem-message')?.textContent,
        rule: item.querySelector('.problem-rule')?.textContent,
        fixes: [...item.querySelectorAll('.problem-fix')].map(fix => fix.textContent),
    })));

    before(async () => {
        assert.ok(existsSync(join(dist, 'index.html')), `${dist} has no index.html: run \`npm run build\` first`);
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out, { recursive: true });
        server = createServer(sirv(dist, { gzip: true, brotli: true }));
        await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
        const address = server.address();
        assert.ok(address && typeof address === 'object');
        origin = `http://127.0.0.1:${address.port}`;
        browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
        const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
        // The worker's requests too: the context sees every request of every page and worker.
        context.on('request', request => requests.push([request.url(), request.resourceType()]));
        context.on('response', async response => {
            const length = Number((await response.allHeaders())['content-length'] ?? NaN);
            if (response.url().startsWith(origin) && Number.isFinite(length)) transferred[new URL(response.url()).pathname] = length;
        });
        page = await context.newPage();
        page.on('pageerror', error => errors.push(error.message));
        page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    });

    after(async () => {
        await browser?.close();
        await new Promise(resolve => server ? server.close(resolve) : resolve(undefined));
    });

    test('loads the Kent example and shows the checker\'s verdict on it', async () => {
        try {
            await page.goto(`${origin}/#example=kent-improvement-plan.appl`);
            await page.waitForFunction(() => performance.getEntriesByName('appl:first-diagnostics').length > 0, undefined, { timeout: 30_000 });
            const firstDiagnostics = await page.evaluate(() => performance.getEntriesByName('appl:first-diagnostics')[0].startTime);
            assert.equal(await page.locator('#editor-heading').innerText(), 'Plan: kent-improvement-plan.appl');
            assert.equal(await page.locator('#problems-summary').innerText(), 'No problems found.');
            await page.frameLocator('#preview').locator('h1', { hasText: 'Kent Improvement Plan (APP)' }).waitFor({ timeout: 15_000 });
            writeFileSync(join(out, 'measurements.json'), `${JSON.stringify({ firstDiagnosticsMs: Math.round(firstDiagnostics), transferred }, null, 2)}\n`);
            console.log(`page load to first diagnostics of the Kent example: ${Math.round(firstDiagnostics)} ms`);
        } finally {
            await screenshot('1-kent');
        }
    });

    test('names every control for a screen reader, and never traps the keyboard in the editor', async () => {
        const unnamed = await page.locator('button:visible, select:visible, input:visible, [contenteditable="true"]').evaluateAll(elements =>
            elements.filter(element => {
                const labelled = /** @type {HTMLInputElement} */ (element).labels?.length;
                return !labelled && !element.getAttribute('aria-label') && !(element.textContent ?? '').trim();
            }).map(element => element.outerHTML.slice(0, 80)));
        assert.deepEqual(unnamed, []);
        assert.equal(await page.locator('.cm-content').getAttribute('aria-label'), 'Plan text');
        await page.locator('.cm-content').click();
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => !!document.activeElement?.closest('.cm-editor')), false, 'Tab did not leave the editor');
    });

    test('opens an example with imports from the menu, with no problems', async () => {
        try {
            await page.getByLabel('Example plans').selectOption('medway/app-2020.appl');
            await page.getByRole('button', { name: 'Open example' }).click();
            await page.locator('#editor-heading', { hasText: 'Plan: medway/app-2020.appl' }).waitFor();
            // Its people and findings come from the two files it imports, read from the page's examples.
            await page.locator('#problems-summary', { hasText: 'No problems found.' }).waitFor({ timeout: 20_000 });
            await page.frameLocator('#preview').locator('h1', { hasText: 'Medway Accelerated Progress Plan' }).waitFor({ timeout: 15_000 });
        } finally {
            await screenshot('2-medway');
        }
    });

    test('shows a weakness\'s words, from the file the plan imports, when the pointer rests on its id', async () => {
        try {
            const line = page.locator('.cm-line', { hasText: 'area 1 "Joint strategic leadership' });
            await page.locator('.cm-content').click();
            await page.keyboard.press('Control+Home');
            await page.keyboard.press('Control+f');
            await page.keyboard.type('addresses W1 {');
            await page.keyboard.press('Enter');
            await page.keyboard.press('Escape');
            await line.waitFor({ timeout: 10_000 });
            const id = line.getByText('W1', { exact: true });
            await id.hover();
            const hover = page.locator('.cm-tooltip-hover');
            await hover.waitFor({ timeout: 10_000 });
            assert.match(await hover.innerText(), /There was a lack of joint strategic leadership across the area between the council, the CCG and education providers\./);
        } finally {
            await screenshot('3-hover');
            await page.mouse.move(0, 0);
        }
    });

    test('lists a typed mistake in the problems list, with its rule id and a fix', async () => {
        try {
            await page.locator('.cm-content').click();
            await page.keyboard.press('Control+End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('person new-officer "New officer" at medway-councl', { delay: 5 });
            await page.keyboard.press('Escape');
            const item = page.locator('#problems-list .problem', { hasText: 'medway-councl' });
            await item.waitFor({ timeout: 20_000 });
            await page.locator('.problem-fix', { hasText: 'medway-council' }).waitFor({ timeout: 10_000 });
            assert.deepEqual((await problems()).filter(problem => problem.severity === 'Error'), [{
                severity: 'Error',
                // Typed on a new line after the file's last line.
                line: `Line ${readFileSync(join(repo, 'examples', 'medway', 'app-2020.appl'), 'utf8').split('\n').length + 1}`,
                message: 'No organisation called medway-councl is declared in this file or in a file it imports. Did you mean medway-council?',
                rule: 'unresolved-reference',
                fixes: ['Fix: Change to medway-council', 'Fix: Create organisation medway-councl', 'Fix: Silence unresolved-reference on this line'],
            }]);
            assert.equal(await page.locator('#problems-summary').innerText(), '1 error and 1 note.');
            // The editor underlines it too.
            assert.ok(await page.locator('.cm-lintRange-error').count() >= 1);
        } finally {
            await screenshot('3-mistake');
        }
    });

    test('applies the quick fix from the problems list', async () => {
        try {
            await page.locator('.problem-fix', { hasText: 'Change to medway-council' }).click();
            await page.locator('#problems-summary', { hasText: /^1 note\.$/ }).waitFor({ timeout: 20_000 });
            assert.deepEqual((await problems()).map(problem => problem.rule), ['unused']);
            assert.match(await page.locator('.cm-content').innerText(), /person new-officer "New officer" at medway-council$/);
        } finally {
            await screenshot('4-fixed');
        }
    });

    test('offers the names of the plan\'s people after "chairs"', async () => {
        try {
            await page.locator('.cm-content').click();
            await page.keyboard.press('Control+End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('board test-board "Test board" { chairs ', { delay: 5 });
            await page.keyboard.press('Control+Space');
            // A person of the plan, and one of the file it imports.
            for (const person of ['lee-anne-farach', 'wendy-vincent']) {
                await page.locator('.cm-tooltip-autocomplete li', { hasText: person }).first().waitFor({ timeout: 20_000 });
            }
            await page.keyboard.press('Escape');
        } finally {
            await screenshot('5-completion');
            await removeLastLine();
        }
    });

    test('tidies the layout as `appl format` does', async () => {
      try {
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('organisation    extra-org   "Extra"  kind   other', { delay: 2 });
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Tidy the layout' }).click();
        // The layout `appl format` gives: one space between words, and a line break at the end of the file.
        // (Exact text: a locator's hasText would also match the line before tidying, its spaces collapsed.)
        await page.waitForFunction(() => [...document.querySelectorAll('.cm-content .cm-line')].slice(-2).map(line => line.textContent).join('\n')
            === 'organisation extra-org "Extra" kind other\n', undefined, { timeout: 10_000 });
        // Checked again: the new organisation is not referred to yet.
        await page.locator('#problems-summary', { hasText: /^2 notes\.$/ }).waitFor({ timeout: 20_000 });
      } finally {
        await screenshot('6-tidied');
      }
    });

    test('downloads the Word, HTML, JSON and Markdown exports, the same as `appl export` writes', async () => {
        const text = await page.evaluate(() => /** @type {any} */ (document.querySelector('.cm-content'))?.cmView?.view?.state.doc.toString() ?? null);
        const planText = text ?? readFileSync(join(repo, 'examples', 'medway', 'app-2020.appl'), 'utf8');
        const files = {
            'app-2020.appl': planText,
            'medway-people.appl': readFileSync(join(repo, 'examples', 'medway', 'medway-people.appl'), 'utf8'),
            'medway-findings.appl': readFileSync(join(repo, 'examples', 'medway', 'medway-findings.appl'), 'utf8'),
        };
        for (const [label, format, name] of [['Word document (.docx)', 'docx', 'app-2020.docx'], ['Web page for printing (.html)', 'html', 'app-2020.html'],
            ['JSON data (.json)', 'json', 'app-2020.json'], ['Markdown document (.md)', 'markdown', 'app-2020.md']]) {
            await page.getByLabel('Export as').selectOption({ label });
            const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
            assert.equal(download.suggestedFilename(), name);
            const saved = join(out, name);
            await download.saveAs(saved);
            const downloaded = format === 'docx' ? zipEntry(readFileSync(saved), 'word/document.xml') : readFileSync(saved, 'utf8');
            if (text !== null) {
                assert.equal(downloaded, cliExport(files, 'app-2020.appl', format));
            }
            if (format === 'json') {
                const json = JSON.parse(downloaded);
                assert.equal(json.version, 1);
                assert.equal(json.plan.title, 'Medway Accelerated Progress Plan');
            } else if (format === 'markdown') {
                assert.match(downloaded, /^# Medway Accelerated Progress Plan/m);
            } else {
                assert.match(downloaded, /Medway Accelerated Progress Plan/);
            }
        }
        assert.match(await page.locator('#status').innerText(), /app-2020\.md is in your downloads/);
    });

    test('starts a new plan whose problems are what the author fills in next', async () => {
        try {
            await page.getByRole('button', { name: 'New plan…' }).click();
            await page.getByLabel('Local area').fill('Medway');
            await page.getByLabel('From').fill('2024-04-01');
            await page.getByLabel('To').fill('2025-09-30');
            await screenshot('6-new-plan-dialog');
            await page.getByRole('button', { name: 'Create the plan' }).click();
            await page.locator('#editor-heading', { hasText: 'Plan: medway-app.appl' }).waitFor();
            await page.locator('#problems-summary', { hasText: '4 errors and 4 warnings.' }).waitFor({ timeout: 20_000 });
            assert.deepEqual((await problems()).map(problem => problem.rule).sort(), [
                'action-dates', 'action-has-lead', 'action-has-milestone', 'action-has-target', 'app-horizons', 'coproduction', 'governance',
                'plan-accountable',
            ]);
            await page.frameLocator('#preview').locator('h1', { hasText: 'Medway Accelerated Progress Plan' }).waitFor({ timeout: 15_000 });
            await page.frameLocator('#preview').getByText('1 April 2024 to 30 September 2025').first().waitFor({ timeout: 15_000 });
        } finally {
            await screenshot('7-new-plan');
        }
    });

    test('opens a plan and the file it imports from the disk, and saves the plan back (upload and download)', async () => {
        // Where the browser has no File System Access API (Firefox, Safari), the page uploads and downloads.
        await page.evaluate(() => {
            delete (/** @type {any} */ (window)).showOpenFilePicker;
            delete (/** @type {any} */ (window)).showSaveFilePicker;
        });
        const people = readFileSync(join(repo, 'examples', 'medway', 'medway-people.appl'));
        const plan = Buffer.from([
            'import "medway-people.appl"',
            '',
            'board local-board "Local SEND board" {',
            '  chairs wendy-vincent',
            '  members pcf',
            '}',
            '',
        ].join('\n'));
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a file…' }).click()]);
        await chooser.setFiles([
            { name: 'board.appl', mimeType: 'text/plain', buffer: plan },
            { name: 'medway-people.appl', mimeType: 'text/plain', buffer: people },
        ]);
        await page.locator('#editor-heading', { hasText: 'Plan: board.appl' }).waitFor();
        // Its names resolve in the file opened with it: no error, no unresolved name.
        await page.locator('#problems-summary').filter({ hasNotText: 'Checking' }).waitFor({ timeout: 20_000 });
        assert.deepEqual((await problems()).filter(problem => problem.severity === 'Error'), []);
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('// saved from the page');
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save' }).click()]);
        assert.equal(download.suggestedFilename(), 'board.appl');
        const saved = join(out, 'board.appl');
        await download.saveAs(saved);
        assert.equal(readFileSync(saved, 'utf8'), `${plan.toString()}// saved from the page`);
        await screenshot('9-opened-and-saved');
    });

    test('made no request beyond the local server, and logged no error', () => {
        const elsewhere = requests.filter(([url]) => !url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url));
        assert.deepEqual(elsewhere, []);
        const loaded = requests.map(([url]) => url.replace(origin, ''));
        for (const file of ['/', '/app.js', '/server-worker.js', '/styles.css']) {
            assert.ok(loaded.some(url => url.split('#')[0] === file), `${file} was not loaded: ${loaded.join(', ')}`);
        }
        assert.deepEqual(errors, []);
    });
});
