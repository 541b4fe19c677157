import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const PLAN = 'plan "P" { period 2020-03-01 to 2021-09-30 }';

describe('action-dates', () => {
    test('reports a due date before the start date on the due date', async () => {
        await expectRule(services, 'action-dates', `${PLAN}
            area 1 "A" {
              action 1.1 "Publish the strategy" { start 2020-06-01 due <|2020-05-01|> }
            }`,
        ['Action 1.1 is due on 2020-05-01, before it starts on 2020-06-01. Correct the start or the due date.'], 'error');
    });

    test('reports a start, a due date and a milestone outside the plan period', async () => {
        await expectRule(services, 'action-dates', `${PLAN}
            area 1 "A" {
              action 1.1 "Publish the strategy" {
                start <|2020-01-15|>
                due <|2021-12-31|>
                milestone 2020-06-01 "Draft agreed"
                milestone <|2022-03-01|> "Reviewed"
              }
            }`,
        [
            'Action 1.1 starts on 2020-01-15, outside the plan period (2020-03-01 to 2021-09-30).',
            'Action 1.1 is due on 2021-12-31, outside the plan period (2020-03-01 to 2021-09-30).',
            'This milestone of action 1.1 is dated 2022-03-01, outside the plan period (2020-03-01 to 2021-09-30).',
        ], 'error');
    });

    test('is silent for dates in order and inside the period, its first and last days included', async () => {
        await expectNoRule(services, 'action-dates', `${PLAN}
            area 1 "A" {
              action 1.1 "Publish the strategy" { start 2020-03-01 due 2021-09-30 milestone 2020-06-01 "Draft agreed" }
            }`);
    });

    test('leaves dates that do not exist to valid-date', async () => {
        await expectNoRule(services, 'action-dates', `${PLAN}
            area 1 "A" {
              action 1.1 "Publish the strategy" { start 2020-06-01 due 2020-02-30 }
            }`);
    });

    test('checks only the order of dates when the plan has no period', async () => {
        await expectNoRule(services, 'action-dates', `
            area 1 "A" {
              action 1.1 "Publish the strategy" { start 2019-01-01 due 2030-01-01 }
            }`);
    });
});

describe('action-dates: the due date', () => {
    test('reports an action without a due date on its number', async () => {
        await expectRule(services, 'action-dates', `
            area 1 "A" {
              action <|1.1|> "Publish the strategy" { start 2020-03-01 }
            }`,
        ['Action 1.1 has no due date. Add "due <YYYY-MM-DD>": when the action will be complete.'], 'error');
    });

    test('waits while "due" is typed without its date: the syntax error speaks first', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': 'area 1 "A" { action 1.1 "Publish the strategy" { due } }' }))['plan.appl'];
        expect(findings(diagnostics, 'syntax-error')).not.toEqual([]);
        expect(findings(diagnostics, 'action-dates')).toEqual([]);
    });
});
