import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const PLAN = 'plan "P" { period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }';
const PLAN_DATE = 'the plan\'s as-of date (2024-09-01)';

function overdue(requirement: string, due: string, at = PLAN_DATE): string {
    return `Requirement ${requirement} was due on ${due}, before ${at}, and has no outcome. Write "met" or "not-met" after its due date: `
        + 'reviewers ask whether the notice was complied with.';
}

describe('requirement-overdue', () => {
    test('reports a requirement due before the as-of date with no outcome, on its due date', async () => {
        await expectRule(services, 'requirement-overdue', `${PLAN}
            notice improvement-notice exampleshire-notice "Improvement Notice to Exampleshire Council" issued 2024-01-15 {
              requirement R1 "Have a permanent casework team in place within six months." due <|2024-06-30|>
              requirement R2 "Deliver most of the plan's actions by the end of the plan." due 2025-06-30
            }
            notice statutory-direction dfe-direction "Statutory Direction" {
              requirement D1 "Appoint a commissioner." due <|2024-03-31|>
            }`,
        [overdue('R1 of exampleshire-notice', '2024-06-30'), overdue('D1 of dfe-direction', '2024-03-31')], 'warning');
    });

    test('is silent once the outcome is recorded, met or not-met', async () => {
        await expectNoRule(services, 'requirement-overdue', `${PLAN}
            notice improvement-notice n "N" {
              requirement R1 "Casework team in place." due 2024-06-30 met
              requirement R2 "Annual reviews on time." due 2024-06-30 not-met
            }`);
    });

    test('is silent for a requirement due on the as-of date or after it', async () => {
        await expectRule(services, 'requirement-overdue', `${PLAN}
            notice improvement-notice n "N" {
              requirement R1 "Due the day before." due <|2024-08-31|>
              requirement R2 "Due on the day." due 2024-09-01
              requirement R3 "Due the day after." due 2024-09-02
            }`,
        [overdue('R1 of n', '2024-08-31')], 'warning');
    });

    test('uses the as-of date given to the checker, and names it', async () => {
        services.appl.config.ProjectConfig.asOfOverride = '2025-01-01';
        await expectRule(services, 'requirement-overdue', `${PLAN}
            notice improvement-notice n "N" {
              requirement R1 "Casework team in place." due 2024-06-30 met
              requirement R2 "Half of annual reviews on time." due <|2024-12-31|>
            }`,
        [overdue('R2 of n', '2024-12-31', 'the as-of date given to the checker (2025-01-01)')], 'warning');
    });

    test('is silent without an as-of date, without a due date, and for a due date that does not exist', async () => {
        await expectNoRule(services, 'requirement-overdue', `plan "P" { }
            notice improvement-notice n "N" { requirement R1 "Casework team in place." due 2024-06-30 }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'requirement-overdue', `${PLAN}
            notice improvement-notice n "N" {
              requirement R1 "No deadline given."
              requirement R2 "Not a date." due 2024-06-31
            }`);
    });

    test('does not throw on half-typed notices and requirements', async () => {
        for (const text of [`${PLAN}\nnotice improvement-notice n "N" { requirement R1 "x" due`,
            `${PLAN}\nnotice improvement-notice { requirement R1 "x" due 2024-06-30 }`,
            `${PLAN}\nnotice improvement-notice n "N" { requirement "x" due 2024-06-30 }`,
            `${PLAN}\nnotice improvement-notice n "N" { requirement R1 due 2024-06-30 }`]) {
            const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
            expect(diagnostics.filter(d => !d.code)).toEqual([]);
            expect(findings(diagnostics, 'requirement-overdue').every(d => !d.message.includes('undefined'))).toBe(true);
            await resetWorkspace(services);
        }
        await expectRule(services, 'requirement-overdue', `${PLAN}
            notice improvement-notice { requirement R1 "x" due <|2024-06-30|> }`, [overdue('R1', '2024-06-30')], 'warning');
    });

    test('names a requirement still without its id plainly', async () => {
        await expectRule(services, 'requirement-overdue', `${PLAN}
            notice improvement-notice n "N" { requirement "x" due <|2024-06-30|> }`,
        [overdue('', '2024-06-30').replace('Requirement  was', 'Requirement of n was')], 'warning');
    });
});
