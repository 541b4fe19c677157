import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import {
    checkPlans, contentSecurityPolicy, createApplServices, renderHtml, toPlanModel, type PlanDiagnostic, type PlanModel,
} from '../../src/index.js';

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
        expectToEqualFile(renderHtml(await modelOf(SAMPLE), [], { nonce: NONCE }), 'to-html.expected.html');
    });

    it('has a strict Content-Security-Policy: nothing loads, and only this render\'s style and script run', async () => {
        const html = renderHtml(await modelOf(SAMPLE), [], { nonce: NONCE });
        const policy = `default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src data:; base-uri 'none'; form-action 'none'`;
        expect(contentSecurityPolicy(NONCE)).toBe(policy);
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
        expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
        expect(html.match(/<(script|style)\b[^>]*>/g)).toEqual([`<style nonce="${NONCE}">`, `<script nonce="${NONCE}">`]);
        expect(html).not.toMatch(/\s(src|href|style|on[a-z]+)=/i);
        expect(html).not.toMatch(/https?:|@import|url\(/);
        expect(() => renderHtml(html as never, [], { nonce: 'x"><script>' })).toThrow('renderHtml needs a nonce');
    });

    it('escapes everything the author typed: a title with <script> shows as text', async () => {
        const model = await modelOf(SAMPLE.replace('Riverside <APP> & \\"friends\\"', '<script>alert(\'hi\')</script>'));
        const html = renderHtml(model, [{
            file: 'riverside.appl', rule: 'r<x>', severity: 'error', message: 'Use "lead <person-id>" & more',
            start: { line: 1, column: 1 }, end: { line: 1, column: 2 },
        }], { nonce: NONCE });
        expect(html).toContain('<title>&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;</title>');
        expect(html).toContain('<h1>&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;</h1>');
        expect(html).toContain('Plans were &lt;b&gt;poor&lt;/b&gt;.');
        expect(html).toContain('<td>Use &quot;lead &lt;person-id&gt;&quot; &amp; more</td><td><code>r&lt;x&gt;</code></td>');
        expect(html.match(/<script\b/g)).toHaveLength(1);
        expect(html).not.toContain('<b>poor');
    });

    it('renders the Medway example: a timeline of its nine actions and their milestones as at the plan\'s as-of date', async () => {
        const { appl } = createApplServices(NodeFileSystem);
        const [{ document }] = await checkPlans(appl, [{ uri: URI.file(medway) }]);
        const visible = appl.references.ImportResolver.visibleDocuments(document);
        const html = renderHtml(toPlanModel(document, visible, { date: '2021-10-05', source: 'override' }), [], { nonce: NONCE });
        expect(html).toContain('<h1>Medway Accelerated Progress Plan</h1>');
        expect(html.match(/<rect class="bar /g)).toHaveLength(9);
        const milestones = [...html.matchAll(/<polygon class="milestone (\w+)"/g)].map(match => match[1]);
        // As at 5 October 2021, when formal monitoring ended, every milestone is past and marked.
        expect(countBy(milestones)).toEqual({ met: 28 });
        // The as-of date falls after the plan period, so the timeline draws no as-of line; at an earlier
        // as-of date it does.
        expect(html).not.toContain('class="as-of-label"');
        const earlier = renderHtml(toPlanModel(document, visible, { date: '2021-01-20', source: 'editor' }), [], { nonce: NONCE });
        expect(earlier).toContain('>as at 20 Jan 2021</text>');
        expect([...html.matchAll(/<text class="tick-label" x="[\d.]+" y="12">([^<]+)<\/text>/g)].map(match => match[1]))
            .toEqual(['start', '+3m', '+6m', '+9m', '+12m', '+15m', '+18m']);
        expect(html).toContain('<h2>Area 3: Quality of EHC plans <span class="badge rag-green">RAG: Green</span></h2>');
        expect(html).toContain('<tr><th scope="row">W7</th><td>The quality of EHC plans was not acceptable.</td><td><span class="badge judgement-sufficient">Sufficient progress</span></td><td>Area 3; actions 3.1, 3.2, 3.3</td></tr>');
        expect(html).toContain('<tr><th scope="row">EHC plans audited as good or better</th><td>Impact, percent</td><td>35% on 31 Jan 2020 → 70% by 31 Mar 2021</td><td>70%</td><td>72% on 31 Mar 2021 (expected 70%)</td><td><span class="badge met">On track, sustained</span></td></tr>');
    });

    it('shows milestones as overdue when their date has passed at the as-of date and no outcome is recorded', async () => {
        const html = renderHtml(await modelOf(SAMPLE, '2021-03-15'), [], { nonce: NONCE });
        expect([...html.matchAll(/<polygon class="milestone (\w+)"/g)].map(match => match[1])).toEqual(['met', 'overdue', 'overdue']);
        expect(html).toContain('<li><span class="badge overdue">overdue</span> <strong>6 months, 1 Sep 2020</strong>: Consulted on</li>');
        expect(html).toContain('<th scope="row">Position as at</th><td>15 March 2021</td>');
    });

    it('says what is missing in a half-typed plan instead of failing', async () => {
        const html = renderHtml(await modelOf('area 1 {\n  action 1.1 { milestone "x" }\n}\nmeasure m'), [], { nonce: NONCE });
        expect(html).toContain('<h1>riverside.appl</h1>');
        expect(html).toContain('<h3>1.1 Untitled <span class="badge">Status not stated</span></h3>');
        expect(html).toContain('<li><span class="badge undated">no date</span> <strong>no date</strong>: x</li>');
        expect(html).toContain('<section id="timeline"><h2>Timeline</h2><p>No dated actions yet.</p></section>');
    });
});

function countBy(values: string[]): Record<string, number> {
    return values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
}
