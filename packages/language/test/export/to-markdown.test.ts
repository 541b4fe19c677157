import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { checkPlans, createApplServices, exportPlan, renderMarkdown, type PlanModel } from '../../src/index.js';

const fixture = fileURLToPath(new URL('../fixtures/export/sample-app.appl', import.meta.url));

/** The Markdown export of a plan file on disk, as the CLI would write it. */
async function exportMarkdown(path: string): Promise<string> {
    const { appl } = createApplServices(NodeFileSystem);
    const [{ document }] = await checkPlans(appl, [{ uri: URI.file(path) }]);
    return exportPlan(appl, document, 'markdown');
}

/** Compares with the expected file; UPDATE_EXPECTED=1 rewrites it first. */
function expectToEqualFile(actual: string, name: string): void {
    const path = fileURLToPath(new URL(`./expected/${name}`, import.meta.url));
    if (process.env.UPDATE_EXPECTED === '1') {
        writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
}

function emptyModel(): PlanModel {
    return {
        files: { plan: 'draft.appl', imports: [] },
        organisations: [], people: [], boards: [], inspections: [], notices: [], measures: [], areas: [], reviews: [], coverage: [],
        position: { rag: { 'red': 0, 'amber': 0, 'green': 0, 'not-due': 0 } },
    };
}

describe('Markdown export', () => {
    it('equals the expected Annex A document of the sample plan', async () => {
        expectToEqualFile(await exportMarkdown(fixture), 'sample-app.md');
    });

    it('escapes pipes, emphasis and line breaks in the author\'s text', async () => {
        const markdown = await exportMarkdown(fixture);
        expect(markdown).toContain('The quality of EHC plans was \\*not\\* acceptable \\| poor.');
        expect(markdown).toContain('Jo Lead (Head of SEND \\| EHC Hub, Sample Borough Council)');
        const model = emptyModel();
        model.plan = { title: 'Draft', localArea: 'North\nSouth | East', accountable: [], advisers: [] };
        expect(renderMarkdown(model, [])).toContain('| Local area | North South \\| East |');
    });

    it('says what is missing in a half-typed plan instead of failing', () => {
        const model = emptyModel();
        model.areas = [{
            id: '1', addresses: [], file: 'draft.appl', rag: 'not-due',
            actions: [{ id: '1.1', partners: [], addresses: [], evidence: [], targets: [], milestones: [], updates: [], rag: 'not-due', ragReasons: [] }],
        }];
        const markdown = renderMarkdown(model, []);
        expect(markdown).toContain('# draft.appl');
        expect(markdown).toContain('| Local area | Not stated |');
        expect(markdown).toContain('| 1.1 | Untitled | Not stated | Not stated | Not stated | Not stated | Not yet due | None | None | None | None |');
        expect(markdown).toContain('## Open diagnostics\n\nNone.');
    });

    it('lists open diagnostics in a table', () => {
        const markdown = renderMarkdown(emptyModel(), [{
            file: 'draft.appl', rule: 'action-has-lead', severity: 'error', message: 'Action 1.1 has no lead. Add "lead <person-id>".',
            start: { line: 3, column: 5 }, end: { line: 3, column: 11 },
        }]);
        expect(markdown).toContain('| draft.appl | 3:5 | Error | action-has-lead | Action 1.1 has no lead. Add "lead \\<person-id\\>". |');
    });

    it('leaves out the notices section when the plan is under no notice', () => {
        expect(renderMarkdown(emptyModel(), [])).not.toContain('Notices and directions');
    });

    it('shows each notice\'s requirements with deadline, outcome and what answers them, after the coverage', () => {
        const model = emptyModel();
        model.plan = { title: 'Plan', asOf: '2024-01-08', accountable: [], advisers: [] };
        model.position.asOf = { date: '2024-01-08', source: 'plan' };
        model.areas = [{
            id: '6', addresses: [], file: 'plan.appl', rag: 'not-due', actions: [{
                id: '6.1', title: 'Recruit caseworkers', partners: [], addresses: [], evidence: [], targets: [], milestones: [],
                updates: [], rag: 'not-due', ragReasons: [],
            }],
        }];
        model.measures = [{
            id: 'timely', name: 'Plans within 20 weeks', expected: [], actuals: [], file: 'plan.appl',
            position: { status: 'no-data', direction: 'increase', series: [], sustained: false },
        }];
        model.notices = [
            {
                id: 'n1', kind: 'improvement-notice', title: 'Improvement Notice to Sample | Council', issued: '2023-03-31', file: 'plan.appl',
                issuers: [{ id: 'dfe', resolved: true, type: 'organisation', name: 'Department for Education (DfE)' }],
                requirements: [
                    {
                        id: 'R1', text: 'A permanent casework team.', due: '2023-09-30', outcome: 'met', state: 'met', answeredBy: [
                            { id: '6.1', resolved: true, type: 'action', name: 'Recruit caseworkers' },
                            { id: 'timely', resolved: true, type: 'measure', name: 'Plans within 20 weeks' },
                        ],
                    },
                    { id: 'R2', text: 'Reviews every quarter.', due: '2023-12-31', state: 'overdue', answeredBy: [] },
                    { id: 'R3', text: 'Most actions delivered.', due: '2024-04-30', state: 'upcoming', answeredBy: [{ id: '6.9', resolved: false }] },
                    { id: 'R4', text: 'Report to the Minister.', outcome: 'not-met', state: 'not-met', answeredBy: [] },
                ],
            },
            { id: 'd1', kind: 'statutory-direction', issuers: [], requirements: [], file: 'plan.appl' },
        ];
        const markdown = renderMarkdown(model, []);
        expect(markdown).toContain([
            '## Notices and directions',
            '### Improvement Notice to Sample \\| Council',
            'Improvement Notice, issued 31 March 2023 by Department for Education (DfE).',
            '| Requirement | Text | Due | Outcome | Answered by |\n| --- | --- | --- | --- | --- |\n'
            + '| R1 | A permanent casework team. | 30 Sep 2023 | Met | Action 6.1. Measure: Plans within 20 weeks |\n'
            + '| R2 | Reviews every quarter. | 31 Dec 2023 | Deadline passed, no outcome recorded | Not yet answered |\n'
            + '| R3 | Most actions delivered. | 30 Apr 2024 | Not yet due | 6.9 (not declared) |\n'
            + '| R4 | Report to the Minister. | Not stated | Not met | Not yet answered |',
            '### Statutory Direction',
            'Statutory Direction, date of issue not stated.',
            'No requirements are recorded.',
        ].join('\n\n'));
        expect(markdown.indexOf('## Notices and directions')).toBeGreaterThan(markdown.indexOf('## Weaknesses and coverage'));
        expect(markdown.indexOf('## Notices and directions')).toBeLessThan(markdown.indexOf('## Area 6'));
    });

    it('lists reviews in date order and says which are after the plan\'s position date', () => {
        const model = emptyModel();
        model.plan = { title: 'Plan', asOf: '2018-10-31', accountable: [], advisers: [] };
        model.position.asOf = { date: '2018-10-31', source: 'plan' };
        model.reviews = [
            { date: '2019-12-11', kind: 'revisit', reviewers: [], outcomes: [], lookingFor: [], afterAsOf: true, file: 'findings.appl' },
            { date: '2018-06-01', kind: 'monitoring', reviewers: [], outcomes: [], lookingFor: [], afterAsOf: false, file: 'plan.appl' },
        ];
        const markdown = renderMarkdown(model, []);
        expect(markdown.indexOf('### Monitoring visit, 1 June 2018')).toBeLessThan(markdown.indexOf('### Revisit, 11 December 2019'));
        expect(markdown).toContain('### Revisit, 11 December 2019\n\nThis review is after the plan\'s position date (31 October 2018): it does not change the statuses above.');
        expect(markdown).not.toContain('### Monitoring visit, 1 June 2018\n\nThis review is after');
    });

});
