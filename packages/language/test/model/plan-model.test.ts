import { afterEach, describe, expect, it } from 'vitest';
import { toPlanDiagnostics, toPlanModel, type AsOf, type PlanModel } from '../../src/index.js';
import { checkFiles, createTestServices, resetWorkspace, testUri } from '../helpers.js';

const services = createTestServices();

afterEach(() => resetWorkspace(services));

/** Checks in-memory files and returns the model of the first one. */
async function modelOf(files: Record<string, string>, override?: AsOf): Promise<PlanModel> {
    await checkFiles(services, files);
    const document = services.appl.shared.workspace.LangiumDocuments.getDocument(testUri(Object.keys(files)[0]))!;
    return toPlanModel(document, services.appl.references.ImportResolver.visibleDocuments(document), override);
}

const people = `
organisation council "Sample Council" kind local-authority
person jane "Jane Doe" role "Head of SEND" at council
`;

const plan = `
import "people.appl"
plan "Sample APP" {
  type APP
  local-area "Sample"
  period 2020-03-01 to 2021-09-30
  as-of 2021-01-20
  accountable jane
}
inspection revisit from 2019-12-09 to 2019-12-11 published 2020-02-11 {
  weakness W1 "Leadership was weak." not-sufficient
  weakness W2 "Plans were poor." not-sufficient
}
measure quality "Plans audited good" {
  kind impact
  unit percent
  baseline 35 on 2020-01-31 source "Audit"
  target 70 by 2021-03-31
  expect 45 by 2020-06-30
  actual 41.5 on 2020-06-30
}
area 1 "Leadership" addresses W1 {
  action 1.1 "Agree a strategy" {
    lead jane
    partners council
    addresses W2
    start 2020-03-01
    due 2020-12-31
    status on-track
    target quality
    target "Partners signed" 3 count by 2020-09-30 from 0 on 2020-03-01
    milestone 3 months 2020-06-01 "Draft agreed" met
    evidence "Signed strategy", "Minutes"
  }
}
review 2021-01-20 progress-review by council {
  outcome W2 sufficient "Better"
  looking-for W1 "Evidence of impact" answered-by 1.1, quality
}
`;

describe('toPlanModel', () => {
    it('resolves the header, measures, actions and reviews of a plan and its import', async () => {
        const model = await modelOf({ 'app.appl': plan, 'people.appl': people });
        expect(model.files).toEqual({ plan: 'app.appl', imports: ['people.appl'] });
        expect(model.plan).toEqual({
            title: 'Sample APP', type: 'APP', localArea: 'Sample', period: { start: '2020-03-01', end: '2021-09-30' },
            agreed: undefined, asOf: '2021-01-20',
            accountable: [{ id: 'jane', resolved: true, type: 'person', name: 'Jane Doe', role: 'Head of SEND' }],
            advisers: [],
        });
        expect(model.people).toEqual([{
            id: 'jane', name: 'Jane Doe', role: 'Head of SEND', file: 'people.appl',
            organisation: { id: 'council', resolved: true, type: 'organisation', name: 'Sample Council' },
        }]);
        expect(model.measures[0]).toMatchObject({
            id: 'quality', kind: 'impact', unit: 'percent', baseline: { value: 35, date: '2020-01-31', source: 'Audit' },
            target: { value: 70, date: '2021-03-31' }, expected: [{ value: 45, date: '2020-06-30' }],
            actuals: [{ value: 41.5, date: '2020-06-30' }], file: 'app.appl',
        });
        const action = model.areas[0].actions[0];
        expect(action).toMatchObject({
            id: '1.1', title: 'Agree a strategy', lead: { id: 'jane', resolved: true }, start: '2020-03-01', due: '2020-12-31',
            status: 'on-track', evidence: ['Signed strategy', 'Minutes'],
            milestones: [{ horizonMonths: 3, date: '2020-06-01', text: 'Draft agreed', outcome: 'met' }],
        });
        expect(action.targets).toEqual([
            { type: 'measure', measure: { id: 'quality', resolved: true, type: 'measure', name: 'Plans audited good' } },
            { type: 'inline', name: 'Partners signed', value: 3, unit: 'count', date: '2020-09-30', baseline: { value: 0, date: '2020-03-01' } },
        ]);
        expect(model.reviews[0].lookingFor[0].answeredBy.map(ref => [ref.id, ref.type])).toEqual([['1.1', 'action'], ['quality', 'measure']]);
    });

    it('gives each weakness its effective status and the coverage by id', async () => {
        const model = await modelOf({ 'app.appl': plan, 'people.appl': people });
        expect(model.inspections[0].weaknesses.map(w => [w.id, w.judgement, w.status])).toEqual([
            ['W1', 'not-sufficient', 'not-sufficient'],
            ['W2', 'not-sufficient', 'sufficient'],
        ]);
        expect(model.coverage).toEqual([
            { weakness: 'W1', status: 'not-sufficient', areas: ['1'], actions: ['1.1'] },
            { weakness: 'W2', status: 'sufficient', areas: [], actions: ['1.1'] },
        ]);
    });

    it('names imported files relative to the plan\'s folder', async () => {
        const model = await modelOf({
            'app/plan.appl': 'import "../shared/people.appl"\nimport "findings.appl"\nplan "P" { accountable jane }',
            'shared/people.appl': people,
            'app/findings.appl': 'inspection initial { weakness W1 "Weak." }',
        });
        expect(model.files).toEqual({ plan: 'plan.appl', imports: ['../shared/people.appl', 'findings.appl'] });
        expect(model.organisations[0].file).toBe('../shared/people.appl');
        expect(model.inspections[0].file).toBe('findings.appl');
        expect(JSON.stringify(model)).not.toContain('/plans/');
    });

    it('builds what it can of a half-typed plan and keeps unresolved names as typed', async () => {
        const model = await modelOf({
            'draft.appl': `
plan "Draft" {
  type
  accountable nobody
}
area 1 "Half" addresses W9 {
  action 1.1 {
    lead
    target "Things"
    target missing-measure
    milestone 3 months
  }
}
review 2021-01-01 {
  outcome W9
  looking-for "Something"
}
measure m "M" { baseline 3 }
`,
        });
        expect(model.plan).toMatchObject({ title: 'Draft', accountable: [{ id: 'nobody', resolved: false }] });
        expect(model.areas[0].addresses).toEqual([{ id: 'W9', resolved: false }]);
        const action = model.areas[0].actions[0];
        expect(action.id).toBe('1.1');
        expect(action.targets).toContainEqual({ type: 'measure', measure: { id: 'missing-measure', resolved: false } });
        expect(model.reviews).toHaveLength(1);
        expect(model.coverage).toEqual([]);
    });

    it('resolves notices with their requirements, deadlines, outcomes and what answers them', async () => {
        const model = await modelOf({
            'app.appl': plan + `
notice improvement-notice n1 "Improvement Notice" issued 2020-03-31 by council {
  requirement R1 "A permanent casework team." due 2020-09-30 met answered-by 1.1, quality
  requirement R2 "Most actions delivered."
}
`,
            'people.appl': people,
        });
        expect(model.notices).toEqual([{
            id: 'n1', kind: 'improvement-notice', title: 'Improvement Notice', issued: '2020-03-31', file: 'app.appl',
            issuers: [{ id: 'council', resolved: true, type: 'organisation', name: 'Sample Council' }],
            requirements: [
                {
                    id: 'R1', text: 'A permanent casework team.', due: '2020-09-30', outcome: 'met', state: 'met',
                    answeredBy: [
                        { id: '1.1', resolved: true, type: 'action', name: 'Agree a strategy' },
                        { id: 'quality', resolved: true, type: 'measure', name: 'Plans audited good' },
                    ],
                },
                { id: 'R2', text: 'Most actions delivered.', due: undefined, outcome: undefined, state: 'undated', answeredBy: [] },
            ],
        }]);
    });

    it('keeps a half-typed notice, with unresolved names as typed', async () => {
        const model = await modelOf({ 'draft.appl': 'notice statutory-direction d1 by nobody {\n  requirement R1 "Do it." answered-by 9.9\n}' });
        expect(model.notices[0]).toMatchObject({
            id: 'd1', kind: 'statutory-direction', issuers: [{ id: 'nobody', resolved: false }],
            requirements: [{ id: 'R1', text: 'Do it.', answeredBy: [{ id: '9.9', resolved: false }] }],
        });
        expect(model.notices[0].title).toBeUndefined();
    });

    it('builds a model of a file with no plan block', async () => {
        const model = await modelOf({ 'people.appl': people });
        expect(model.plan).toBeUndefined();
        expect(model.people).toHaveLength(1);
        expect(model.notices).toEqual([]);
        expect(model.coverage).toEqual([]);
    });
});

describe('toPlanDiagnostics', () => {
    it('gives diagnostics their rule id, file and 1-based positions in position order', async () => {
        const diagnostics = await checkFiles(services, { 'app.appl': 'area 1 "A" {\n  action 1.1 "Do" { due 2020-02-30 }\n}' });
        const document = services.appl.shared.workspace.LangiumDocuments.getDocument(testUri('app.appl'))!;
        const converted = toPlanDiagnostics(document, document, diagnostics['app.appl']);
        expect(converted.find(d => d.rule === 'valid-date')).toMatchObject({
            file: 'app.appl', severity: 'error', start: { line: 2, column: 25 }, end: { line: 2, column: 35 },
        });
        const starts = converted.map(d => d.start.line * 1000 + d.start.column);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    describe('the position at the as-of date', () => {
        const progress = `
plan "Sample APP" { type APP period 2020-03-01 to 2021-09-30 as-of 2021-01-20 }
person jane "Jane Doe"
measure quality "Plans audited good" {
  baseline 35 on 2020-01-31
  target 70 by 2021-03-31
  expect 55 by 2020-12-31
  actual 50 on 2020-12-31
  actual 66 on 2021-02-28
}
area 1 "Quality" {
  action 1.1 "Audit" {
    lead jane
    target quality
    milestone 2020-09-30 "Audit running" met
    milestone 2021-01-10 "Panel in place"
    update 2021-02-15 "Panel met twice"
    update 2020-11-30 "Panel members named"
  }
  action 1.2 "Train" { lead jane milestone 2021-06-30 "All trained" }
}
review 2020-11-01 progress-review { }
review 2021-03-01 progress-review { }
`;

        it('is read at the plan\'s own as-of date unless another is given', async () => {
            const model = await modelOf({ 'app.appl': progress });
            expect(model.position).toEqual({ asOf: { date: '2021-01-20', source: 'plan' }, rag: { 'red': 1, 'amber': 0, 'green': 0, 'not-due': 1 } });
            const later = await modelOf({ 'app.appl': progress }, { date: '2021-03-15', source: 'override' });
            expect(later.position).toEqual({ asOf: { date: '2021-03-15', source: 'override' }, rag: { 'red': 1, 'amber': 0, 'green': 0, 'not-due': 1 } });
        });

        it('resolves each milestone\'s state, each measure\'s position, each action\'s RAG and latest update, and which reviews have happened', async () => {
            const model = await modelOf({ 'app.appl': progress });
            const [audit, train] = model.areas[0].actions;
            expect(audit.milestones.map(m => m.state)).toEqual(['met', 'overdue']);
            expect(model.measures[0].position).toMatchObject({ status: 'behind', latest: { value: 50, date: '2020-12-31', expected: 55 } });
            // Behind by 5 of 35 points (more than a tenth): red; the milestone 10 days overdue adds an amber reason.
            expect(audit.rag).toBe('red');
            expect(audit.ragReasons.map(reason => [reason.kind, reason.rag])).toEqual([['milestone-overdue', 'amber'], ['measure-behind', 'red']]);
            expect(audit.updates).toEqual([
                { date: '2020-11-30', text: 'Panel members named' }, { date: '2021-02-15', text: 'Panel met twice' },
            ]);
            expect(audit.latestUpdate).toEqual({ date: '2020-11-30', text: 'Panel members named' });
            expect(train.rag).toBe('not-due');
            expect(model.areas[0].rag).toBe('red');
            expect(model.reviews.map(review => review.afterAsOf)).toEqual([false, true]);
        });

        it('moves every state with the date it is read at', async () => {
            const model = await modelOf({ 'app.appl': progress }, { date: '2021-03-15', source: 'override' });
            const [audit] = model.areas[0].actions;
            expect(audit.milestones.map(m => m.state)).toEqual(['met', 'overdue']);
            // 66 on 28 February against 55 + 15 × 59/90 ≈ 64.8 expected: on track; the milestone now 64 days overdue: red.
            expect(model.measures[0].position.status).toBe('on-track');
            expect(audit.ragReasons).toMatchObject([{ kind: 'milestone-overdue', rag: 'red', days: 64 }]);
            expect(audit.latestUpdate?.date).toBe('2021-02-15');
            expect(model.reviews.map(review => review.afterAsOf)).toEqual([false, false]);
        });

        it('has no date and nothing due in a plan without an as-of date', async () => {
            const model = await modelOf({ 'app.appl': progress.replace(' as-of 2021-01-20', '') });
            expect(model.position.asOf).toBeUndefined();
            expect(model.areas[0].actions[0].milestones.map(m => m.state)).toEqual(['met', 'upcoming']);
        });
    });
});
