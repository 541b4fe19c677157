import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { checkPlans, createApplServices, exportPlan, toExportJson, type PlanModel } from '../../src/index.js';
import { checkFiles, createTestServices, resetWorkspace, testUri } from '../helpers.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema/appl-export.v1.schema.json', import.meta.url)), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const fixture = fileURLToPath(new URL('../fixtures/export/sample-app.appl', import.meta.url));

/** The JSON export of a plan file on disk, as the CLI would write it. */
async function exportJson(path: string): Promise<string> {
    const { appl } = createApplServices(NodeFileSystem);
    const [{ document }] = await checkPlans(appl, [{ uri: URI.file(path) }]);
    return exportPlan(appl, document, 'json');
}

/** Compares with the expected file; UPDATE_EXPECTED=1 rewrites it first. */
function expectToEqualFile(actual: string, name: string): void {
    const path = fileURLToPath(new URL(`./expected/${name}`, import.meta.url));
    if (process.env.UPDATE_EXPECTED === '1') {
        writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
}

function expectValid(text: string): void {
    const valid = validate(JSON.parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
}

describe('JSON export', () => {
    it('validates against the schema and equals the expected export of the sample plan', async () => {
        const text = await exportJson(fixture);
        expectValid(text);
        expectToEqualFile(text, 'sample-app.json');
    });

    it('names the schema and version first and keeps paths relative', async () => {
        const text = await exportJson(fixture);
        const value = JSON.parse(text);
        expect(Object.keys(value).slice(0, 3)).toEqual(['$schema', 'version', 'files']);
        expect(value.$schema).toBe('https://raw.githubusercontent.com/appl-lang/appl/main/packages/language/schema/appl-export.v1.schema.json');
        expect(value.$schema).toBe(schema.$id);
        expect(value.version).toBe(1);
        expect(value.files).toEqual({ plan: 'sample-app.appl', imports: ['people.appl'] });
        expect(text).not.toContain('file://');
        expect(text.endsWith('}\n')).toBe(true);
    });

    it('leaves out what a half-typed plan is missing and still validates', () => {
        const model: PlanModel = {
            files: { plan: 'draft.appl', imports: [] },
            plan: { title: 'Draft', accountable: [{ id: 'nobody', resolved: false }], advisers: [] },
            organisations: [], people: [], boards: [], inspections: [], notices: [], measures: [], reviews: [], coverage: [], analysis: [], communications: [], support: [],
            areas: [{
                id: '1', addresses: [], file: 'draft.appl', rag: 'not-due', actions: [{
                    id: '1.1', partners: [], addresses: [], evidence: [], successCriteria: [], coproduction: [], milestones: [{ text: 'Something', state: 'undated' }],
                    targets: [{ type: 'inline', name: 'Things' }, { type: 'measure', measure: { id: 'm', resolved: false } }],
                    updates: [], rag: 'not-due', ragReasons: [],
                }],
            }],
            position: { rag: { 'red': 0, 'amber': 0, 'green': 0, 'not-due': 1 } },
        };
        const value = toExportJson(model, [{
            file: 'draft.appl', rule: 'action-has-lead', severity: 'error', message: 'Action 1.1 has no lead.',
            start: { line: 3, column: 3 }, end: { line: 3, column: 9 },
        }]);
        expect(value.plan).toEqual({ title: 'Draft', accountable: [{ id: 'nobody', resolved: false }], advisers: [] });
        expect(value.areas[0].actions[0].targets).toEqual([{ name: 'Things' }, { measure: { id: 'm', resolved: false } }]);
        expect(value.diagnostics).toEqual([{
            file: 'draft.appl', rule: 'action-has-lead', severity: 'error', message: 'Action 1.1 has no lead.',
            line: 3, column: 3, endLine: 3, endColumn: 9,
        }]);
        expectValid(JSON.stringify(value));
    });

    it('exports every half-typed prefix of the sample plan in both formats, valid against the schema', async () => {
        const services = createTestServices();
        const lines = readFileSync(fixture, 'utf8').split('\n');
        const people = readFileSync(fixture.replace('sample-app.appl', 'people.appl'), 'utf8');
        for (let end = 1; end <= lines.length; end++) {
            // Cut mid-line too, where the parser has to recover inside a clause.
            const text = lines.slice(0, end).join('\n');
            for (const prefix of [text, text.slice(0, text.length - 7)]) {
                await checkFiles(services, { 'sample-app.appl': prefix, 'people.appl': people });
                const document = services.appl.shared.workspace.LangiumDocuments.getDocument(testUri('sample-app.appl'))!;
                expectValid(exportPlan(services.appl, document, 'json'));
                expect(exportPlan(services.appl, document, 'markdown')).toMatch(/^# /);
                await resetWorkspace(services);
            }
        }
    });

    it('exports notices with their requirements in the model\'s order, valid against the schema', () => {
        const model: PlanModel = {
            files: { plan: 'plan.appl', imports: [] },
            organisations: [], people: [], boards: [], inspections: [], measures: [], areas: [], reviews: [], coverage: [], analysis: [], communications: [], support: [],
            notices: [{
                id: 'n1', kind: 'improvement-notice', title: 'Improvement Notice', issued: '2023-03-31', file: 'plan.appl',
                issuers: [{ id: 'dfe', resolved: true, type: 'organisation', name: 'DfE' }],
                requirements: [
                    { id: 'R1', text: 'A casework team.', due: '2023-09-30', outcome: 'met', state: 'met', answeredBy: [{ id: '6.1', resolved: true, type: 'action', name: 'Recruit' }] },
                    { id: 'R2', state: 'undated', answeredBy: [] },
                ],
            }],
            position: { asOf: { date: '2024-01-08', source: 'plan' }, rag: { 'red': 0, 'amber': 0, 'green': 0, 'not-due': 0 } },
        };
        const value = toExportJson(model, []);
        expect(Object.keys(value)).toEqual(['$schema', 'version', 'files', 'organisations', 'people', 'boards', 'inspections',
            'notices', 'measures', 'areas', 'reviews', 'coverage', 'position', 'diagnostics']);
        expect(value.notices).toEqual([{
            id: 'n1', kind: 'improvement-notice', title: 'Improvement Notice', issued: '2023-03-31',
            issuers: [{ id: 'dfe', resolved: true, type: 'organisation', name: 'DfE' }],
            requirements: [
                { id: 'R1', text: 'A casework team.', due: '2023-09-30', outcome: 'met', state: 'met', answeredBy: [{ id: '6.1', resolved: true, type: 'action', name: 'Recruit' }] },
                { id: 'R2', state: 'undated', answeredBy: [] },
            ],
            file: 'plan.appl',
        }]);
        expect(value.position).toEqual({ asOf: '2024-01-08', asOfSource: 'plan', rag: { 'red': 0, 'amber': 0, 'green': 0, 'not-due': 0 } });
        expectValid(JSON.stringify(value));
    });

    it('exports the Annex A clauses (version, sign-off, analysis, communications, support, success criteria, officer, co-production), valid against the schema', async () => {
        const services = createTestServices();
        await checkFiles(services, { 'plan.appl': `
            organisation pcf "Forum" kind parent-carer-forum
            person dcs "Alex Kay" role "Director of Children's Services"
            plan "P" { version "2.1" signed-off 2023-04-08 by dcs, pcf }
            analysis { factor "Too few caseworkers." response "A permanent team." answered-by 1.1 }
            communications { channel "Newsletter" monthly }
            support { request "A peer review" by 2023-09-30 }
            area 1 "A" { action 1.1 "B" {
              success-criteria "Every post filled"
              senior-responsible-officer dcs
              co-production pcf co-produced
            } }` });
        const document = services.appl.shared.workspace.LangiumDocuments.getDocument(testUri('plan.appl'))!;
        const text = exportPlan(services.appl, document, 'json');
        expectValid(text);
        const value = JSON.parse(text);
        const dcs = { id: 'dcs', resolved: true, type: 'person', name: 'Alex Kay', role: 'Director of Children\'s Services' };
        const pcf = { id: 'pcf', resolved: true, type: 'organisation', name: 'Forum' };
        expect([value.plan.version, value.plan.signedOff]).toEqual(['2.1', { date: '2023-04-08', by: [dcs, pcf] }]);
        expect(value.analysis).toEqual([{ text: 'Too few caseworkers.', response: 'A permanent team.', answeredBy: [{ id: '1.1', resolved: true, type: 'action', name: 'B' }], file: 'plan.appl' }]);
        expect(value.communications).toEqual([{ text: 'Newsletter', frequency: 'monthly', file: 'plan.appl' }]);
        expect(value.support).toEqual([{ text: 'A peer review', date: '2023-09-30', file: 'plan.appl' }]);
        const action = value.areas[0].actions[0];
        expect([action.successCriteria, action.seniorResponsibleOfficer, action.coproduction]).toEqual([['Every post filled'], dcs, [{ party: pcf, level: 'co-produced' }]]);
        await resetWorkspace(services);
    });

    it('rejects a notice the schema does not describe', () => {
        const value = toExportJson({
            files: { plan: 'plan.appl', imports: [] },
            organisations: [], people: [], boards: [], inspections: [], measures: [], areas: [], reviews: [], coverage: [], analysis: [], communications: [], support: [],
            notices: [{ id: 'n1', kind: 'warning-letter', issuers: [], requirements: [{ id: 'R1', outcome: 'partly', state: 'upcoming', answeredBy: [] }], file: 'plan.appl' }],
            position: { rag: { 'red': 0, 'amber': 0, 'green': 0, 'not-due': 1 } },
        }, []);
        expect(validate(value)).toBe(false);
        expect(validate.errors?.map(error => error.instancePath)).toEqual(expect.arrayContaining(['/notices/0/kind', '/notices/0/requirements/0/outcome']));
    });

});
