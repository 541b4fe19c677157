import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const PARTIES = `
    organisation council "Exampleshire Council" kind local-authority
    organisation icb "Exampleshire ICB" kind health
    organisation forum "Exampleshire Parent Carer Forum" kind parent-carer-forum
    organisation charity "A parents' charity"
    person jo "Jo Lead" role "Head of SEND" at council
    person pat "Pat Parent" role "Forum co-chair" at forum
    person nobody "Nobody Anywhere"`;

function noForum(area: string): string {
    return `None of area ${area}'s actions involves the parent carer forum. Add the forum to "partners" of the action it helps design `
        + '(an organisation of kind parent-carer-forum, or a person at it): reviewers look for co-production, not consultation.';
}

describe('coproduction', () => {
    test('reports an area none of whose actions has the forum as lead or partner, on its number', async () => {
        await expectRule(services, 'coproduction', `
            plan "P" { }
            ${PARTIES}
            area <|2|> "Training" {
              action 2.1 "Train caseworkers" { lead jo partners icb, charity }
              action 2.2 "Audit plans" { lead nobody }
              action 2.3 "Publish the audit" { }
            }`,
        [noForum('2')], 'warning');
    });

    test('counts the forum, or a person at it, as lead or partner of any one action', async () => {
        await expectNoRule(services, 'coproduction', `
            ${PARTIES}
            area 1 "Forum as partner" {
              action 1.1 "Co-design the EHC plan template" { lead jo partners icb, forum }
              action 1.2 "Train caseworkers" { lead jo }
            }
            area 2 "Forum member as partner" { action 2.1 "Audit plans with parents" { lead jo partners pat } }
            area 3 "Forum member as lead" { action 3.1 "Run parent workshops" { lead pat } }`);
    });

    test('does not count the forum\'s seat on the board: co-production is in the actions', async () => {
        await expectRule(services, 'coproduction', `
            plan "P" { }
            ${PARTIES}
            board improvement-board "SEND Improvement Board" { members council, icb, forum }
            area <|1|> "Training" { action 1.1 "Train caseworkers" { lead jo } }`,
        [noForum('1')], 'warning');
    });

    test('finds the forum declared in an imported file', async () => {
        await expectNoRule(services, 'coproduction', `
            import "people.appl"
            area 1 "Training" { action 1.1 "Train caseworkers" { lead jo partners pat } }`, { 'people.appl': PARTIES });
    });

    test('leaves an area without actions to empty-area', async () => {
        await expectNoRule(services, 'coproduction', `${PARTIES}\narea 1 "Training" { }`);
    });

    test('waits while a lead, a partner or a partner\'s organisation does not resolve: it may be the forum', async () => {
        for (const action of ['lead jo partners pcf', 'lead jp', 'lead jo partners stranger']) {
            await expectNoRule(services, 'coproduction', `${PARTIES}
                person stranger "Someone" at nowhere
                area 1 "Training" {
                  action 1.1 "Train caseworkers" { ${action} }
                  action 1.2 "Audit plans" { lead jo }
                }`);
            await resetWorkspace(services);
        }
        // expectNoRule asserts no syntax error; an unresolved name is not one.
        const diagnostics = (await checkFiles(services, { 'plan.appl': `${PARTIES}
            area 1 "Training" { action 1.1 "Train caseworkers" { lead jo partners pcf } }` }))['plan.appl'];
        expect(findings(diagnostics, 'unresolved-reference').length).toBe(1);
        expect(findings(diagnostics, 'coproduction')).toEqual([]);
    });

    test('does not throw on half-typed areas and parties, and waits for the area\'s number and for the partners being typed', async () => {
        for (const text of [`${PARTIES}\narea "Training" { action 1.1 "T" { lead jo } }`,
            `${PARTIES}\narea 1 "Training" { action 1.1 "T" { lead partners } }`,
            `${PARTIES}\narea 1 "Training" { action 1.1 "T" { partners jo, } }`]) {
            const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
            expect(diagnostics.filter(d => !d.code)).toEqual([]);
            expect(findings(diagnostics, 'coproduction').length, text).toBe(0);
            await resetWorkspace(services);
        }
    });

    test('counts the forum co-producing or consulted in an action\'s "co-production", not merely informed', async () => {
        for (const level of ['co-produced', 'consulted']) {
            await expectNoRule(services, 'coproduction', `${PARTIES}
                area 1 "Training" { action 1.1 "Train caseworkers" { lead jo co-production forum ${level}, icb informed } }`);
            await resetWorkspace(services);
        }
        await expectRule(services, 'coproduction', `${PARTIES}
            area <|1|> "Training" { action 1.1 "Train caseworkers" { lead jo co-production pat informed } }`,
        [noForum('1')], 'warning');
    });
});
