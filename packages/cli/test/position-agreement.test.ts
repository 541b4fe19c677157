// One position at one date, whoever asks: `appl export --as-of D` (JSON, Markdown, and the HTML the
// preview shows) states the same milestone, measure and requirement states as the findings of
// `appl check --as-of D`, on every example plan, at its own date and at an earlier one.
import { checkPlans, createApplServices, renderHtml, toPlanModel, type PlanExportV1 } from 'appl-language';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/commands/check.js';
import { runExport } from '../src/commands/export.js';
import type { CheckJsonV1 } from '../src/report/json.js';
import { recordingIo } from './helpers.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Each example plan, its own as-of date, and an earlier date at which more of it was still to come. */
const PLANS = [
    { file: 'examples/medway/wsoa-2018.appl', own: '2018-10-31', earlier: '2018-08-15' },
    { file: 'examples/medway/app-2020.appl', own: '2021-10-05', earlier: '2020-11-30' },
    { file: 'examples/staffordshire-app-2022.appl', own: '2022-10-14', earlier: '2022-08-01' },
    { file: 'examples/kent-improvement-plan.appl', own: '2024-01-08', earlier: '2023-10-15' },
    { file: 'examples/priority-action-plan-2023.appl', own: '2024-03-15', earlier: '2023-12-20' },
];

/** What `appl check --as-of D --format json` reports for the plan file, rule by rule. */
async function checkFindings(file: string, asOf: string): Promise<Record<string, number>> {
    const io = recordingIo(REPO);
    await runCheck({ paths: [file], format: 'json', asOf, version: '0.0.0' }, io);
    const report = JSON.parse(io.out) as CheckJsonV1;
    expect(report.files[0].asOf).toEqual({ date: asOf, source: 'option' });
    const counts: Record<string, number> = {};
    for (const diagnostic of report.files[0].diagnostics) {
        counts[diagnostic.rule] = (counts[diagnostic.rule] ?? 0) + 1;
    }
    return counts;
}

async function exported(file: string, asOf: string, format: 'json' | 'markdown'): Promise<string> {
    const io = recordingIo(REPO);
    const code = await runExport({ paths: [file], format, asOf }, io);
    expect(code, io.err).toBe(0);
    return io.out;
}

/** The preview's HTML of the same plan at the same date, built as the editor builds it. */
async function previewHtml(file: string, asOf: string): Promise<string> {
    const { appl } = createApplServices(NodeFileSystem);
    const [{ document }] = await checkPlans(appl, [{ uri: URI.file(path.join(REPO, file)) }]);
    const model = toPlanModel(document, appl.references.ImportResolver.visibleDocuments(document), { date: asOf, source: 'editor' });
    return renderHtml(model, { nonce: 'agreement-test' });
}

function count(text: string, part: string): number {
    return text.split(part).length - 1;
}

describe('the position at a date is the same in every output', () => {
    for (const { file, own, earlier } of PLANS) {
        for (const asOf of [own, earlier]) {
            it(`${path.basename(file)} as of ${asOf}`, async () => {
                const findings = await checkFindings(file, asOf);
                const json = JSON.parse(await exported(file, asOf, 'json')) as PlanExportV1;
                const planFile = json.files.plan;
                const own = <T extends { file: string }>(items: T[]) => items.filter(item => item.file === planFile);
                const milestones = own(json.areas).flatMap(area => area.actions.flatMap(action => action.milestones));
                const measures = own(json.measures);
                const requirements = own(json.notices).flatMap(notice => notice.requirements);

                expect(json.position.asOf).toBe(asOf);
                expect(milestones.filter(m => m.state === 'overdue').length).toBe(findings['overdue-milestone'] ?? 0);
                expect(measures.filter(m => m.position.status === 'behind').length).toBe(findings['behind-trajectory'] ?? 0);
                expect(requirements.filter(r => r.state === 'overdue').length).toBe(findings['requirement-overdue'] ?? 0);

                const markdown = (await exported(file, asOf, 'markdown')).replace(/\s+/g, ' ');
                const [year, month, day] = asOf.split('-').map(Number);
                const longDate = `${day} ${new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
                expect(markdown).toContain(`- **Position as at:** ${longDate}`);
                // Each action's milestones, each with its state in words.
                expect(count(markdown, '**Overdue, no outcome recorded**')).toBe(milestones.filter(m => m.state === 'overdue').length);
                const allMilestones = json.areas.flatMap(area => area.actions.flatMap(action => action.milestones));
                expect(count(markdown, '. **Missed**')).toBe(allMilestones.filter(m => m.state === 'missed').length);
                // Each area's KPI table says where each of its measures stands, as the model does.
                for (const measure of json.measures) {
                    const rows = markdown.split(`- **${measure.name}**. Baseline `).slice(1).map(row => row.slice(0, row.indexOf(' - **') < 0 ? undefined : row.indexOf(' - **')));
                    for (const row of rows) {
                        expect(row.includes('Where it stands: **Behind its path**'), measure.id).toBe(measure.position.status === 'behind');
                    }
                }

                const html = await previewHtml(file, asOf);
                expect(html).toMatch(new RegExp(`<th scope="row">Position as at</th><td[^>]*>${longDate}(</td>| \\(the plan&#39;s own date is)`));
                // An action's RAG shows in its block; an area's in its section and on the dashboard.
                for (const [rag, words] of [['red', 'Red'], ['amber', 'Amber'], ['green', 'Green']] as const) {
                    const actions = json.areas.flatMap(area => area.actions).filter(action => action.rag === rag).length;
                    const areas = json.areas.filter(area => area.rag === rag).length;
                    expect(count(html, `<span class="marker tone-${rag}">${words}</span>`), rag).toBe(actions + 2 * areas);
                }
            });
        }
    }
});
