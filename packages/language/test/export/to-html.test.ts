import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import {
    checkPlans, contentSecurityPolicy, createApplServices, renderHtml, toPlanModel, type PlanModel,
} from '../../src/index.js';
import { HTML_TONES, PAGE_COLOURS } from '../../src/export/html-style.js';
import { DOCX_TONES } from '../../src/export/render-docx.js';

const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3OA';
const medway = fileURLToPath(new URL('../../../../examples/medway/app-2020.appl', import.meta.url));

const SAMPLE = `plan "Riverside <APP> & \\"friends\\"" {
  type APP
  local-area "Riverside"
  period 2020-03-01 to 2021-02-28
  as-of 2020-10-01
}
person jo "Jo Lead" role "Head of SEND"
inspection revisit from 2019-12-09 to 2019-12-11 {
  weakness W1 "Leaders did not work together." not-sufficient
  weakness W2 "Plans were <b>poor</b>." open
}
measure quality "Plans audited good" { kind impact unit percent baseline 35 on 2020-01-31 target 70 by 2021-01-31 actual 50 on 2020-07-31 }
area 1 "Leadership" addresses W1 {
  action 1.1 "Agree a strategy" {
    lead jo
    start 2020-03-01
    due 2020-12-31
    status at-risk
    target quality
    milestone 3 months 2020-06-01 "Drafted" met
    milestone 6 months 2020-09-01 "Consulted on"
    milestone 12 months 2021-03-01 "Published"
  }
}
`;

async function modelOf(text: string, asOf?: string): Promise<PlanModel> {
    const { appl } = createApplServices(EmptyFileSystem);
    const [{ document }] = await checkPlans(appl, [{ uri: URI.parse('file:///plans/riverside.appl'), text }]);
    return toPlanModel(document, [document], asOf ? { date: asOf, source: 'editor' } : undefined);
}

/** Compares with the expected file; UPDATE_EXPECTED=1 rewrites it first. */
function expectToEqualFile(actual: string, name: string): void {
    const path = fileURLToPath(new URL(`./${name}`, import.meta.url));
    if (process.env.UPDATE_EXPECTED === '1') {
        writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('HTML export', () => {
    it('equals the expected document for a small plan', async () => {
        expectToEqualFile(renderHtml(await modelOf(SAMPLE), { nonce: NONCE }), 'to-html.expected.html');
    });

    it('has a strict Content-Security-Policy: nothing loads, and only this render\'s style and script run', async () => {
        const html = renderHtml(await modelOf(SAMPLE), { nonce: NONCE });
        const policy = `default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src data:; base-uri 'none'; form-action 'none'`;
        expect(contentSecurityPolicy(NONCE)).toBe(policy);
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
        expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
        expect(html.match(/<(script|style)\b[^>]*>/g)).toEqual([`<style nonce="${NONCE}">`, `<script nonce="${NONCE}">`]);
        expect(html).not.toMatch(/\s(src|href|style|on[a-z]+)=/i);
        expect(html).not.toMatch(/https?:|@import|url\(/);
        expect(() => renderHtml(html as never, { nonce: 'x"><script>' })).toThrow('renderHtml needs a nonce');
    });

    it('escapes everything the author typed: a title with <script> shows as text, in the page and in the print margin', async () => {
        const model = await modelOf(SAMPLE.replace('Riverside <APP> & \\"friends\\"', '<script>alert(\'hi\')</script> </style>'));
        const html = renderHtml(model, {
            nonce: NONCE, findings: [{
                file: 'riverside.appl', rule: 'r<x>', severity: 'error', message: 'Use "lead <person-id>" & more',
                start: { line: 1, column: 1 }, end: { line: 1, column: 2 },
            }],
        });
        expect(html).toContain('<title>&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; &lt;/style&gt;</title>');
        expect(html).toContain('<h1>&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; &lt;/style&gt;</h1>');
        expect(html).toContain('@top-right { content: "\\3C script>alert(\'hi\')\\3C /script> \\3C /style>";');
        expect(html).toContain('Plans were &lt;b&gt;poor&lt;/b&gt;.');
        expect(html).toContain('<td>Use &quot;lead &lt;person-id&gt;&quot; &amp; more</td>');
        expect(html.match(/<script\b/g)).toHaveLength(1);
        expect(html.match(/<\/style>/g)).toHaveLength(1);
        expect(html).not.toContain('<b>poor');
    });

    it('leaves the checker\'s findings out unless asked', async () => {
        const html = renderHtml(await modelOf(SAMPLE), { nonce: NONCE });
        expect(html).not.toMatch(/Appendix|diagnostic/i);
    });

    it('renders the Medway example: a timeline of its nine actions by number and title, milestones in shapes as at the as-of date', async () => {
        const { appl } = createApplServices(NodeFileSystem);
        const [{ document }] = await checkPlans(appl, [{ uri: URI.file(medway) }]);
        const visible = appl.references.ImportResolver.visibleDocuments(document);
        const html = renderHtml(toPlanModel(document, visible, { date: '2021-10-05', source: 'override' }), { nonce: NONCE });
        expect(html).toContain('<h1>Medway Accelerated Progress Plan</h1>');
        expect(html.match(/<rect class="bar"/g)).toHaveLength(9);
        expect(html).toMatch(/<text class="row-label" x="0" y="52">1\.1 [^<]+<title>1\.1 /);
        const milestones = [...html.matchAll(/<(?:circle|path|polygon) class="milestone (\w+)"/g)].map(match => match[1]);
        // As at 5 October 2021, when formal monitoring ended, every milestone is past and marked met:
        // a disc each (and one mark of each kind in the legend).
        expect(countBy(milestones)).toEqual({ met: 29, missed: 1, overdue: 1, upcoming: 1 });
        expect(html.match(/<circle class="milestone met"/g)).toHaveLength(29);
        // The as-of date falls after the plan period, so the timeline draws no as-of line; at an earlier
        // as-of date it does.
        expect(html).not.toContain('class="as-of-label"');
        const earlier = renderHtml(toPlanModel(document, visible, { date: '2021-01-20', source: 'override' }), { nonce: NONCE });
        expect(earlier).toContain('>as at 20 Jan 2021</text>');
        expect([...html.matchAll(/<text class="tick-label" x="[\d.]+" y="13">([^<]+)<\/text>/g)].map(match => match[1]))
            .toEqual(['start', '+3m', '+6m', '+9m', '+12m', '+15m', '+18m']);
        expect(html).toContain('<h2>Area 3: Quality of EHC plans</h2>');
    });

    it('draws the timeline at a fixed width with text of at least 12 px, in a box that scrolls sideways', async () => {
        const html = renderHtml(await modelOf(SAMPLE), { nonce: NONCE });
        expect(html).toMatch(/<div class="timeline-scroll">\n<svg class="timeline" width="960" height="\d+" viewBox="0 0 960 \d+"/);
        expect(html).toContain('svg.timeline { font-size: 12px;');
        expect(html).toContain('.timeline-scroll { overflow-x: auto;');
        expect(html).toContain('<ul class="legend"><li><svg width="18" height="18"');
        expect(html).toMatch(/<li><svg [^>]*>[\s\S]*?<\/svg>met<\/li>.*missed<\/li>.*overdue \(no outcome recorded\)<\/li>.*not yet due<\/li>/);
    });

    it('shows milestones as overdue when their date has passed at the as-of date and no outcome is recorded', async () => {
        const html = renderHtml(await modelOf(SAMPLE, '2021-03-15'), { nonce: NONCE });
        const timeline = html.slice(html.indexOf('<svg class="timeline"'), html.indexOf('</svg>'));
        expect([...timeline.matchAll(/class="milestone (\w+)"/g)].map(match => match[1])).toEqual(['met', 'overdue', 'overdue']);
        expect(html).toContain('<strong>6 months, 1 Sep 2020: </strong>Consulted on. <span class="marker tone-amber">Overdue, no outcome recorded</span>');
        expect(html).toContain('<tr><th scope="row">Position as at</th><td colspan="3">15 March 2021 (the plan&#39;s own date is 1 October 2020)</td></tr>');
    });

    it('says what is missing in a half-typed plan instead of failing', async () => {
        const html = renderHtml(await modelOf('area 1 {\n  action 1.1 { milestone "x" }\n}\nmeasure m'), { nonce: NONCE });
        expect(html).toContain('<h1>riverside.appl</h1>');
        expect(html).toContain('<h3>Action 1.1: Untitled action</h3>');
        expect(html).toContain('<strong>no date: </strong>x. <span class="marker tone-grey">No date</span>');
        expect(html).toContain('<section id="timeline"><h2>Timeline</h2><p>No dated actions yet.</p></section>');
    });

    it('prints on A4 with the running title and page numbers, keeping headings with what follows and blocks whole', async () => {
        const html = renderHtml(await modelOf(SAMPLE), { nonce: NONCE });
        expect(html).toContain('@page { size: A4;');
        expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
        expect(html).toContain('h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; }');
        expect(html).toContain('.keep, .block, tr, blockquote, li, .legend { break-inside: avoid; }');
        expect(html).toContain('thead { display: table-header-group; }');
        expect(html).toMatch(/<section class="block">\n<div class="keep">\n<h3>Action 1\.1: Agree a strategy<\/h3>\n<table class="facts">/);
    });
});

describe('marker colours', () => {
    it('give every marker at least 4.5:1 contrast, in the light and dark themes, in Word, and against the page for the timeline\'s marks', () => {
        const pairs: Array<[string, string, string]> = [];
        for (const theme of ['light', 'dark'] as const) {
            for (const [tone, colours] of Object.entries(HTML_TONES[theme])) {
                pairs.push([`${theme} ${tone} on its tint`, colours.fg, colours.bg], [`${theme} ${tone} on the page`, colours.fg, PAGE_COLOURS[theme].bg]);
            }
            pairs.push([`${theme} muted text`, PAGE_COLOURS[theme].muted, PAGE_COLOURS[theme].bg]);
        }
        for (const [tone, colours] of Object.entries(DOCX_TONES)) {
            pairs.push([`Word ${tone}`, `#${colours.color}`, `#${colours.fill}`]);
        }
        const low = pairs.map(([name, fg, bg]) => [name, Math.round(contrast(fg, bg) * 100) / 100] as const).filter(([, ratio]) => ratio < 4.5);
        expect(low).toEqual([]);
    });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
    const luminance = (hex: string) => {
        const [r, g, bl] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
            .map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}

function countBy(values: string[]): Record<string, number> {
    return values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
}
