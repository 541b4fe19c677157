import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const PARTIES = `
    organisation medway-council "Medway Council" kind local-authority
    organisation medway-ccg "NHS Medway CCG" kind health
    organisation pcf "Medway Parent Carer Forum" kind parent-carer-forum
    person ian-sutherland "Ian Sutherland" at medway-council
    person lisa-scarrott "Lisa Scarrott" role "PCF representative" at pcf`;

const NO_BOARD = 'The plan names no board. Add the board that oversees it, e.g. board improvement-board "SEND Improvement Board" '
    + '{ chairs <person-id> meets monthly members <ids> }, with the parent carer forum among its members; '
    + 'or import the file that declares it.';

describe('governance', () => {
    test('reports a plan that can see no board on its title', async () => {
        await expectRule(services, 'governance', `
            plan <|"Medway APP"|> { type APP }
            ${PARTIES}`,
        [NO_BOARD], 'warning');
    });

    test('reports a board without the parent carer forum, and a board without members, on their ids', async () => {
        await expectRule(services, 'governance', `
            plan "Medway APP" { }
            board <|improvement-board|> "SEND Improvement Board" {
              chairs ian-sutherland
              meets monthly
              members medway-council, medway-ccg
            }
            board <|exec-group|> "SEND Executive Group" { chairs ian-sutherland }
            ${PARTIES}`,
        [
            'Board improvement-board has no member from the parent carer forum. Add the forum to "members" '
                + '(an organisation of kind parent-carer-forum, or a person at it): reviewers look for parents at the table.',
            'Board exec-group lists no members. Add the forum to "members" '
                + '(an organisation of kind parent-carer-forum, or a person at it): reviewers look for parents at the table.',
        ], 'warning');
    });

    test('is silent for a board with the forum, or a person at it, among its members', async () => {
        await expectNoRule(services, 'governance', `
            plan "Medway APP" { }
            board improvement-board "SEND Improvement Board" { members medway-council, medway-ccg, pcf }
            board task-group "EHC plans task group" { members medway-council, lisa-scarrott }
            ${PARTIES}`);
    });

    test('counts a forum representative who co-chairs the board', async () => {
        await expectNoRule(services, 'governance', `
            plan "Medway APP" { }
            board improvement-board "SEND Improvement Board" { chairs ian-sutherland, lisa-scarrott members medway-council }
            ${PARTIES}`);
    });

    test('finds the board in an imported file, and the forum in a file that file imports', async () => {
        await expectNoRule(services, 'governance', `
            import "governance.appl"
            plan "Medway APP" { }`, {
            'governance.appl': 'import "people.appl"\nboard improvement-board "SEND Improvement Board" { members pcf }',
            'people.appl': PARTIES,
        });
    });

    test('leaves a file without a plan alone, and waits for a member that does not resolve', async () => {
        await expectNoRule(services, 'governance', PARTIES);
        const diagnostics = (await checkFiles(services, { 'plan.appl': `
            plan "Medway APP" { }
            board improvement-board "SEND Improvement Board" { members medway-council, pfc }
            ${PARTIES}` }))['plan.appl'];
        expect(findings(diagnostics, 'governance')).toEqual([]);
    });

    test('never throws on a half-typed board, and waits for its id and for the names after "members"', async () => {
        for (const text of ['plan "P" { }\nboard b "B" { members ', 'plan "P" { }\nboard { members pcf', 'plan "P" { }\nboard']) {
            const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
            expect(diagnostics.filter(d => !d.code)).toEqual([]);
            expect(findings(diagnostics, 'governance')).toEqual([]);
            await resetWorkspace(services);
        }
    });
});
