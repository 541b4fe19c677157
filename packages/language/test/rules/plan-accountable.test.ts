import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const PEOPLE = `
    organisation medway-council "Medway Council" kind local-authority
    organisation medway-ccg "NHS Medway CCG" kind health
    organisation pcf "Medway Parent Carer Forum" kind parent-carer-forum
    person ian-sutherland "Ian Sutherland" role "Director of Children's Services" at medway-council
    person sue-gibbons "Sue Gibbons" role "CCG Chief Officer" at medway-ccg
    person lisa-scarrott "Lisa Scarrott" at pcf
    person wendy-vincent "Wendy Vincent"`;

const COUNCIL = 'a person at an organisation of kind local-authority, such as the Director of Children\'s Services';
const HEALTH = 'a person at an organisation of kind health, such as the ICB\'s (or CCG\'s) accountable officer';

describe('plan-accountable', () => {
    test('reports a plan without an accountable officer from health on its title', async () => {
        await expectRule(services, 'plan-accountable', `
            plan <|"Medway APP"|> { accountable ian-sutherland }
            ${PEOPLE}`,
        [`The plan names no accountable officer from health. Add to "accountable" ${HEALTH}.`], 'warning');
    });

    test('reports a plan without an accountable officer from the council', async () => {
        await expectRule(services, 'plan-accountable', `
            plan <|"Medway APP"|> { accountable sue-gibbons, lisa-scarrott }
            ${PEOPLE}`,
        [`The plan names no accountable officer from the council. Add to "accountable" ${COUNCIL}.`], 'warning');
    });

    test('asks for both officers, once, when the plan names none', async () => {
        await expectRule(services, 'plan-accountable', `
            plan <|"Medway APP"|> { type APP }`,
        [`The plan names no accountable officers. Add "accountable <person-id>, <person-id>": `
            + `one from the council (${COUNCIL}) and one from health (${HEALTH}).`], 'warning');
    });

    test('asks for both, once, and says why when the officers named belong to neither side', async () => {
        await expectRule(services, 'plan-accountable', `
            plan <|"Medway APP"|> { accountable wendy-vincent, lisa-scarrott }
            ${PEOPLE}`,
        [`The plan names no accountable officer from the council or from health. Add to "accountable" `
            + `one from the council (${COUNCIL}) and one from health (${HEALTH}). `
            + `Person wendy-vincent names no organisation: add "at <organisation-id>" to the person.`], 'warning');
    });

    test('is silent for officers from the council and from health declared in an imported file', async () => {
        await expectNoRule(services, 'plan-accountable', `
            import "people.appl"
            plan "Medway APP" { accountable ian-sutherland, sue-gibbons }`,
        { 'people.appl': PEOPLE });
    });

    test('stays silent while an accountable name does not resolve', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': `
            plan "Medway APP" { accountable ian-sutherland, sue-gibons }
            ${PEOPLE}` }))['plan.appl'];
        expect(findings(diagnostics, 'plan-accountable')).toEqual([]);
    });

    test('never throws on a half-typed header, and waits for the names after "accountable"', async () => {
        for (const text of ['plan "Medway APP" { accountable ', 'plan { accountable ian-sutherland,']) {
            const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
            expect(diagnostics.filter(d => !d.code)).toEqual([]);
            expect(findings(diagnostics, 'plan-accountable')).toEqual([]);
            await resetWorkspace(services);
        }
    });
});
