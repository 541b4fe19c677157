import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const PEOPLE = `
    person jo "Jo Lead" role "Head of SEND"
    person sam "Sam Lead" role "Head of Inclusion"
    person kim "Kim Lead" role "Designated Clinical Officer"`;

/** An area whose actions are led by these people in turn ('' for no lead). */
function area(number: number, leads: string[]): string {
    return `area ${number} "Area ${number}" {\n${leads.map((lead, i) =>
        `              action ${number}.${i + 1} "Action ${number}.${i + 1}" { ${lead ? `lead ${lead}` : ''} }`).join('\n')}\n            }`;
}

function load(person: string, id: string, count: number, total: number, share: number): string {
    return `${person} (${id}) leads ${count} of the plan's ${total} actions (${share}%). Share the leads, so that no one person `
        + 'carries more than 40% of the plan: reviewers ask whether it has the capacity to deliver.';
}

describe('lead-load', () => {
    test('reports a person leading more than 40% of at least 5 actions, on the plan\'s title', async () => {
        await expectRule(services, 'lead-load', `
            plan <|"Exampleshire Improvement Plan"|> { }
            ${PEOPLE}
            ${area(1, ['jo', 'jo', 'sam'])}
            ${area(2, ['jo', 'kim'])}`,
        [load('Jo Lead', 'jo', 3, 5, 60)], 'info');
    });

    test('takes 40% exactly as a fair share, and counts every area\'s actions', async () => {
        await expectNoRule(services, 'lead-load', `
            plan "P" { }
            ${PEOPLE}
            ${area(1, ['jo', 'sam', 'kim'])}
            ${area(2, ['jo', 'sam'])}`);
    });

    test('leaves a plan of fewer than 5 actions alone, however they are led', async () => {
        await expectNoRule(services, 'lead-load', `
            plan "P" { }
            ${PEOPLE}
            ${area(1, ['jo', 'jo', 'jo', 'jo'])}`);
    });

    test('reports each person over the share, rounding the share to a whole percent', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': `
            plan "P" { }
            ${PEOPLE}
            ${area(1, ['jo', 'jo', 'jo', 'sam', 'sam', 'sam'])}` }))['plan.appl'];
        const title = { start: { line: 1, character: 17 }, end: { line: 1, character: 20 } };
        expect(findings(diagnostics, 'lead-load')).toEqual([
            { range: title, message: load('Jo Lead', 'jo', 3, 6, 50), severity: 3 },
            { range: title, message: load('Sam Lead', 'sam', 3, 6, 50), severity: 3 },
        ]);
        await resetWorkspace(services);
        await expectRule(services, 'lead-load', `
            plan <|"P"|> { }
            ${PEOPLE}
            ${area(1, ['jo', 'jo', 'jo', 'sam', 'kim', 'kim', ''])}`,
        [load('Jo Lead', 'jo', 3, 7, 43)], 'info');
    });

    test('counts actions without a lead, or with one that does not resolve, in the total only', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': `
            plan "P" { }
            ${PEOPLE}
            ${area(1, ['jo', 'jo', 'jo', '', 'nobody'])}` }))['plan.appl'];
        expect(findings(diagnostics, 'lead-load').map(d => d.message)).toEqual([load('Jo Lead', 'jo', 3, 5, 60)]);
        await resetWorkspace(services);
        await expectNoRule(services, 'lead-load', `
            plan "P" { }
            ${PEOPLE}
            ${area(1, ['jo', 'jo', '', '', 'kim'])}`);
    });

    test('finds a lead declared in an imported file', async () => {
        await expectRule(services, 'lead-load', `
            import "people.appl"
            plan <|"P"|> { }
            ${area(1, ['jo', 'jo', 'jo', 'sam', 'kim'])}`,
        [load('Jo Lead', 'jo', 3, 5, 60)], 'info', { 'people.appl': PEOPLE });
    });

    test('without a plan header, reports on the first action the person leads', async () => {
        await expectRule(services, 'lead-load', `
            ${PEOPLE}
            area 1 "A" {
              action 1.1 "T" { lead sam }
              action <|1.2|> "T" { lead jo }
              action 1.3 "T" { lead jo }
              action 1.4 "T" { lead jo }
              action 1.5 "T" { lead kim }
            }`,
        [load('Jo Lead', 'jo', 3, 5, 60)], 'info');
    });

    test('does not throw on half-typed leads and plans', async () => {
        await expectRule(services, 'lead-load', `
            <|plan|> {
            ${PEOPLE}
            ${area(1, ['jo', 'jo', 'jo', 'sam', 'kim'])}`,
        [load('Jo Lead', 'jo', 3, 5, 60)], 'info');
        await resetWorkspace(services);
        const diagnostics = (await checkFiles(services, { 'plan.appl': `${PEOPLE}\n${area(1, ['jo', 'jo', 'jo', 'sam'])}\narea 2 "B" { action 2.1 "T" { lead` }))['plan.appl'];
        expect(findings(diagnostics, 'lead-load').map(d => d.message)).toEqual([load('Jo Lead', 'jo', 3, 5, 60)]);
    });
});
