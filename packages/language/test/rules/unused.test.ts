import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, markedRanges, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const MEASURE = (id: string) => `Nothing refers to measure ${id}. Add "target ${id}" to the action it measures, or remove the measure.`;
const PERSON = (id: string) => `Nothing refers to person ${id}. Name them where they take part (lead, partners, chairs, members, `
    + 'accountable, advisers), or remove the person.';
const ORGANISATION = (id: string) => `Nothing refers to organisation ${id}. Name it where it takes part (partners, members, `
    + `a person's "at ${id}"), or remove the organisation.`;

describe('unused', () => {
    test('reports a measure, a person and an organisation that nothing refers to, on their ids', async () => {
        await expectRule(services, 'unused', `
            organisation medway-council "Medway Council" kind local-authority
            organisation <|sendiass|> "SENDIASS" kind other
            person jane-doe "Jane Doe" at medway-council
            person <|andre-imich|> "Andre Imich" role "SEND professional adviser"
            measure ehcp-quality "EHC plans audited as good or better" { kind impact }
            measure <|ehcp-20-weeks|> "New EHC plans within 20 weeks" { kind process }
            area 3 "Quality of EHC plans" { action 3.1 "Rewrite plans" { lead jane-doe target ehcp-quality } }`,
        [ORGANISATION('sendiass'), PERSON('andre-imich'), MEASURE('ehcp-20-weeks')], 'info');
    });

    test('counts references from a plan that imports the people file', async () => {
        const { text: people, ranges } = markedRanges(`
            organisation medway-council "Medway Council" kind local-authority
            organisation pcf "Medway Parent Carer Forum" kind parent-carer-forum
            person ian-sutherland "Ian Sutherland" at medway-council
            person <|heather-campbell|> "Heather Campbell" role "Regional Lead"`);
        const diagnostics = await checkFiles(services, {
            'people.appl': people,
            'plan.appl': `
                import "people.appl"
                plan "Medway APP" { accountable ian-sutherland }
                board improvement-board "SEND Improvement Board" { members pcf }`,
        });
        expect(findings(diagnostics['people.appl'], 'unused')).toEqual([
            { range: ranges[0], message: PERSON('heather-campbell'), severity: 3 },
        ]);
        expect(findings(diagnostics['plan.appl'], 'unused')).toEqual([]);
    });

    test('counts a measure named only by a review\'s "answered-by"', async () => {
        await expectNoRule(services, 'unused', `
            measure strategy-understanding "Leaders who can describe the strategy's priorities" { kind impact }
            review 2021-01-20 progress-review {
              looking-for "Evidence of the impact of the communication plan" answered-by strategy-understanding
            }`);
    });

    test('counts an organisation named only by a person\'s "at", and reviewers named by a review', async () => {
        await expectNoRule(services, 'unused', `
            organisation dfe "Department for Education" kind government
            organisation nhse "NHS England" kind government
            person liz-flaherty "Liz Flaherty" role "SEND Adviser" at dfe
            plan "Medway APP" { advisers liz-flaherty }
            review 2021-01-20 progress-review by dfe, nhse { }`);
    });

    test('never throws on half-typed declarations, and says nothing about an id not yet typed', async () => {
        for (const text of ['person ', 'measure "EHC plans" {', 'organisation pcf', 'person jane-doe "Jane Doe" at ']) {
            const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
            expect(diagnostics.filter(d => !d.code)).toEqual([]);
            expect(findings(diagnostics, 'unused').map(d => d.message)).toEqual(text.startsWith('person jane-doe') ? [PERSON('jane-doe')] : []);
            await resetWorkspace(services);
        }
    });
});
