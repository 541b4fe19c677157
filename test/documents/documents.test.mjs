// @ts-check
// The documents reviewers receive, opened in real software: every example plan's Word export in
// LibreOffice (converted to PDF and to its own outline format), its HTML printed to PDF by headless
// Chromium, its Markdown rendered as a Markdown viewer renders it, and the progress-review pack. The
// pictures of the first pages go to out/documents/ for a person to look at; with APPL_DOCS_PICTURES=1
// the ones docs/exports.md shows are also copied to docs/images/.
//
//   node --test test/documents/documents.test.mjs     (after `npm run build`; scripts/documents/ci.sh installs the tools)
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';
import { normalise, pageCount, pageLayouts, pageTexts } from './pdf-pages.mjs';
import { zipEntry } from '../zip-entry.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(repo, 'out', 'documents');
const appl = join(repo, 'packages', 'cli', 'bin', 'appl.cjs');
const CHROMIUM = process.env.APPL_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The example plans, and the name their documents take. */
const EXAMPLES = [
    ['medway/wsoa-2018.appl', 'medway-wsoa-2018'],
    ['medway/app-2020.appl', 'medway-app-2020'],
    ['staffordshire-app-2022.appl', 'staffordshire-app-2022'],
    ['kent-improvement-plan.appl', 'kent-improvement-plan'],
    ['priority-action-plan-2023.appl', 'priority-action-plan-2023'],
];
const KENT = 'kent-improvement-plan';

/** @param {string[]} args */
function run(args) {
    const result = spawnSync(process.execPath, [appl, ...args], { encoding: 'utf8' });
    assert.equal(result.status, 0, `appl ${args.join(' ')}:\n${result.stdout}${result.stderr}`);
}

/** @param {string} name @param {string} file */
const at = (name, file) => join(out, name, file);

/** Converts Word files with LibreOffice, in a private profile; returns the files written. @param {string[]} files @param {string} format */
function libreOffice(files, format) {
    const profile = mkdtempSync(join(tmpdir(), 'appl-lo-'));
    try {
        for (const file of files) {
            const result = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`,
                '--convert-to', format, '--outdir', dirname(file), file], { encoding: 'utf8', timeout: 180_000 });
            assert.equal(result.status, 0, `LibreOffice could not open ${file}:\n${result.stdout}${result.stderr}`);
        }
    } finally {
        rmSync(profile, { recursive: true, force: true });
    }
    return files.map(file => file.replace(/\.docx$/, `.${format}`));
}

/** The first page of a PDF as a PNG, for a person to look at. @param {string} pdf @param {string} png */
function firstPage(pdf, png) {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png.replace(/\.png$/, '')]);
}

/** @type {Record<string, any>} */
const plans = {};

before(() => {
    rmSync(out, { recursive: true, force: true });
    for (const [file, name] of EXAMPLES) {
        mkdirSync(join(out, name), { recursive: true });
        const plan = join(repo, 'examples', file);
        run(['export', plan, '--format', 'json', '-o', at(name, 'plan.json')]);
        run(['export', plan, '--format', 'markdown', '-o', at(name, 'plan.md')]);
        run(['export', plan, '--format', 'html', '-o', at(name, 'plan.html')]);
        run(['export', plan, '--format', 'docx', '-o', at(name, 'plan.docx')]);
        plans[name] = JSON.parse(readFileSync(at(name, 'plan.json'), 'utf8'));
    }
    const kent = join(repo, 'examples', 'kent-improvement-plan.appl');
    run(['review', kent, '--format', 'docx', '-o', at(KENT, 'review.docx')]);
    run(['review', kent, '--format', 'html', '-o', at(KENT, 'review.html')]);
    run(['review', kent, '--format', 'markdown', '-o', at(KENT, 'review.md')]);
    const words = [...EXAMPLES.map(([, name]) => at(name, 'plan.docx')), at(KENT, 'review.docx')];
    libreOffice(words, 'pdf');
    libreOffice(words, 'fodt');
});

/** What every document must hold: each weakness word for word and each action's title. @param {any} plan */
function mustHold(plan) {
    return [
        ...plan.inspections.flatMap((/** @type {any} */ inspection) => inspection.weaknesses.map((/** @type {any} */ w) => w.text)),
        ...plan.areas.flatMap((/** @type {any} */ area) => area.actions.map((/** @type {any} */ a) => a.title)),
    ].filter(Boolean).map(normalise);
}

describe('Word files, opened in LibreOffice', () => {
    for (const [, name] of EXAMPLES) {
        test(`${name}: LibreOffice opens it, and its text holds every weakness word for word and every action's title`, () => {
            const text = normalise(pageTexts(at(name, 'plan.pdf')).join(' '));
            const missing = mustHold(plans[name]).filter(expected => !text.includes(expected));
            assert.deepEqual(missing, []);
        });

        test(`${name}: A4 pages, each with the running title and "Page n of m", the dashboard alone on the first`, () => {
            const pdf = at(name, 'plan.pdf');
            const pages = pageTexts(pdf);
            const count = pageCount(pdf);
            assert.equal(pages.length, count);
            assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
            const actions = plans[name].areas.flatMap((/** @type {any} */ area) => area.actions).length;
            // At least the dashboard, the plan's details and a page of areas; at most two pages per action and ten more.
            assert.ok(count >= 3 && count <= 2 * actions + 10, `${count} pages for ${actions} actions`);
            const title = normalise(plans[name].plan.title);
            pages.forEach((page, index) => {
                assert.ok(normalise(page).includes(title), `page ${index + 1} has no running title`);
                assert.ok(normalise(page).includes(`Page ${index + 1} of ${count}`), `page ${index + 1} has no page number`);
            });
            assert.ok(normalise(pages[0]).includes('Summary dashboard'));
            assert.ok(!normalise(pages[0]).includes('Plan details'), 'the dashboard does not have the first page to itself');
            assert.ok(normalise(pages[1]).includes('Plan details'));
            console.log(`${name}: ${count} pages in Word (${actions} actions)`);
            firstPage(pdf, at(name, 'word-page-1.png'));
        });

        test(`${name}: headings are Word heading styles with no level skipped, which LibreOffice reads as the outline`, () => {
            const xml = zipEntry(readFileSync(at(name, 'plan.docx')), 'word/document.xml');
            const styles = [...xml.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>/g)].map(match => match[1]);
            assert.equal(styles[0], 'Title');
            assert.equal(styles.filter(style => style === 'Title').length, 1);
            const levels = styles.slice(1).map(style => Number(style.slice('Heading'.length)));
            assert.equal(levels[0], 1);
            levels.forEach((level, index) => assert.ok(index === 0 || level <= levels[index - 1] + 1, `heading ${index + 1} skips a level`));
            const stylesXml = zipEntry(readFileSync(at(name, 'plan.docx')), 'word/styles.xml');
            assert.match(stylesXml, /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
            // LibreOffice's own reading of the file: its outline has the same headings at the same levels.
            const outline = [...readFileSync(at(name, 'plan.fodt'), 'utf8').matchAll(/<text:h\b[^>]*text:outline-level="(\d)"/g)].map(match => Number(match[1]));
            assert.deepEqual(outline, levels);
            const areas = plans[name].areas.length;
            assert.equal(levels.filter(level => level === 1).length >= areas + 5, true);
        });

        test(`${name}: table header rows repeat on every page and rows do not split`, () => {
            const xml = zipEntry(readFileSync(at(name, 'plan.docx')), 'word/document.xml');
            const tables = xml.split('<w:tbl>').slice(1);
            assert.ok(tables.length > 0);
            for (const table of tables) {
                const rows = table.split('<w:tr>').slice(1);
                assert.ok(rows.every(row => row.includes('<w:cantSplit/>')), 'a row may split across pages');
                if (!table.includes('w:fill="F2F2F2"')) {
                    assert.ok(rows[0].includes('<w:tblHeader/>'), 'a table\'s header row does not repeat');
                }
            }
        });
    }
});

describe('HTML, printed from headless Chromium', () => {
    /** @type {import('playwright-core').Browser} */
    let browser;
    before(async () => { browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS }); });
    after(async () => { await browser?.close(); });

    /** Prints an HTML file to PDF as Chromium's print dialog would; returns the PDF and the page's headings. @param {string} html */
    async function print(html) {
        const page = await browser.newPage();
        await page.goto(`file://${html}`);
        const headings = await page.$$eval('h2, h3, h4', elements => elements.map(element => element.textContent ?? ''));
        const pdf = html.replace(/\.html$/, '.print.pdf');
        await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
        await page.close();
        return { pdf, headings };
    }

    for (const [, name] of EXAMPLES) {
        test(`${name}: prints on A4 with the running title and "Page n of m"; no page is mostly empty, no heading ends a page`, async () => {
            const { pdf, headings } = await print(at(name, 'plan.html'));
            const layouts = pageLayouts(pdf);
            const count = layouts.length;
            assert.ok(count > 1);
            const title = normalise(plans[name].plan.title);
            const problems = [];
            layouts.forEach((layout, index) => {
                assert.ok(Math.abs(layout.width - 595.3) < 1 && Math.abs(layout.height - 841.9) < 1, `page ${index + 1} is not A4`);
                // The margins (16 mm at the top, 18 mm at the foot) hold the running title and the page number.
                const top = 16 * 72 / 25.4;
                const bottom = layout.height - 18 * 72 / 25.4;
                const margins = normalise(layout.blocks.filter(block => block.yMax <= top || block.yMin >= bottom).map(block => block.text).join(' '));
                if (!margins.includes(title)) problems.push(`page ${index + 1} has no running title`);
                if (!margins.includes(`Page ${index + 1} of ${count}`)) problems.push(`page ${index + 1} has no page number`);
                const content = layout.blocks.filter(block => block.yMin > top && block.yMax < bottom);
                const used = content.length === 0 ? 0 : (Math.max(...content.map(block => block.yMax)) - top) / (bottom - top);
                if (index < count - 1 && used < 0.5) problems.push(`page ${index + 1} is ${Math.round((1 - used) * 100)}% empty`);
                if (index === count - 1 && content.filter(block => !/^Exported by APPL from/.test(block.text)).length === 0) {
                    problems.push('the last page holds only the last line');
                }
                const last = content.sort((a, b) => a.yMax - b.yMax)[content.length - 1];
                if (last && index < count - 1 && headings.some(heading => normalise(heading) === normalise(last.text))) {
                    problems.push(`page ${index + 1} ends with the heading "${last.text}"`);
                }
            });
            assert.deepEqual(problems, []);
            console.log(`${name}: ${count} pages printed from HTML`);
            firstPage(pdf, at(name, 'print-page-1.png'));
        });
    }

    test('the preview\'s timeline keeps its text at 12 px or more in a narrow panel, scrolls sideways, and names each action', async () => {
        for (const width of [430, 600]) {
            const page = await browser.newPage({ viewport: { width, height: 900 } });
            await page.goto(`file://${at(KENT, 'plan.html')}`);
            const facts = await page.$eval('svg.timeline', svg => {
                const texts = [...svg.querySelectorAll('text')];
                const scroller = /** @type {HTMLElement} */ (svg.parentElement);
                return {
                    scale: /** @type {SVGSVGElement} */ (/** @type {unknown} */ (svg)).getScreenCTM()?.a ?? 0,
                    smallest: Math.min(...texts.map(text => parseFloat(getComputedStyle(text).fontSize))),
                    scrolls: scroller.scrollWidth > scroller.clientWidth && getComputedStyle(scroller).overflowX === 'auto',
                    labels: [...svg.querySelectorAll('text.row-label')].map(text => text.childNodes[0]?.textContent ?? ''),
                };
            });
            assert.ok(Math.abs(facts.scale - 1) < 0.001, `the timeline is scaled by ${facts.scale} at ${width} px`);
            assert.ok(facts.smallest >= 12, `text of ${facts.smallest} px at ${width} px`);
            assert.ok(facts.scrolls, `the timeline does not scroll sideways at ${width} px`);
            assert.ok(facts.labels[0].startsWith('1.1 Survey the wider group'), facts.labels[0]);
            await page.locator('#timeline').screenshot({ path: at(KENT, `preview-timeline-${width}.png`) });
            await page.close();
        }
    });

    test('markers have at least 4.5:1 contrast in the light and the dark theme, as the browser draws them', async () => {
        const page = await browser.newPage();
        await page.goto(`file://${at(KENT, 'plan.html')}`);
        for (const theme of ['light', 'dark']) {
            if (theme === 'dark') await page.evaluate(() => document.body.classList.add('vscode-dark'));
            const colours = await page.$$eval('.marker', markers => [...new Set(markers.map(marker => {
                const style = getComputedStyle(marker);
                return `${marker.className}|${style.color}|${style.backgroundColor}`;
            }))]);
            assert.ok(colours.length >= 3);
            for (const entry of colours) {
                const [marker, fg, bg] = entry.split('|');
                const ratio = contrast(fg, bg);
                assert.ok(ratio >= 4.5, `${theme} ${marker}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`);
            }
        }
        await page.close();
    });

    test('the progress-review pack prints with its summary on the first page', async () => {
        const { pdf } = await print(at(KENT, 'review.html'));
        const pages = pageTexts(pdf);
        assert.ok(normalise(pages[0]).includes('Summary'));
        firstPage(pdf, at(KENT, 'review-print-page-1.png'));
    });

    test('the Markdown renders, as a Markdown viewer renders it, within an 890 px column', async () => {
        const page = await browser.newPage({ viewport: { width: 890, height: 1200 } });
        const body = new MarkdownIt().render(readFileSync(at(KENT, 'plan.md'), 'utf8'));
        const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body { font: 16px/1.5 -apple-system, "Segoe UI", "Liberation Sans", sans-serif;
            margin: 0; padding: 16px 32px; max-width: 826px; color: #1f2328; } h1, h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
            blockquote { color: #59636e; border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em; }</style></head><body>${body}</body></html>`;
        writeFileSync(at(KENT, 'plan.md.html'), html);
        await page.goto(`file://${at(KENT, 'plan.md.html')}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 890, `the rendered Markdown is ${width} px wide`);
        assert.equal(await page.$$eval('table', tables => tables.length), 0);
        await page.screenshot({ path: at(KENT, 'markdown.png') });
        await page.close();
    });
});

describe('the progress-review pack in Word', () => {
    test('LibreOffice opens it; its first page is the summary and every area follows', () => {
        const pdf = at(KENT, 'review.pdf');
        const pages = pageTexts(pdf).map(normalise);
        assert.ok(pages[0].includes('Summary'));
        for (const area of plans[KENT].areas) {
            assert.ok(pages.slice(1).join(' ').includes(normalise(`Area ${area.id}: ${area.title}`)), `area ${area.id} is missing`);
        }
        firstPage(pdf, at(KENT, 'review-word-page-1.png'));
    });
});

after(() => {
    if (process.env.APPL_DOCS_PICTURES === '1') {
        const images = join(repo, 'docs', 'images');
        mkdirSync(images, { recursive: true });
        for (const [from, to] of [
            ['word-page-1.png', 'annex-a-word.png'], ['print-page-1.png', 'annex-a-print.png'], ['markdown.png', 'annex-a-markdown.png'],
            ['review-word-page-1.png', 'review-pack-word.png'], ['preview-timeline-430.png', 'preview-timeline-narrow.png'],
        ]) {
            if (existsSync(at(KENT, from))) copyFileSync(at(KENT, from), join(images, to));
        }
    }
});

/** WCAG 2 contrast ratio of two CSS rgb() colours. @param {string} a @param {string} b */
function contrast(a, b) {
    const luminance = (/** @type {string} */ colour) => {
        const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map(c => c / 255)
            .map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}
