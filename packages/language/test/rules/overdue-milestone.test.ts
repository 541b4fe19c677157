import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const PLAN = 'plan "P" { period 2020-03-01 to 2021-09-30 as-of 2021-01-20 }';

describe('overdue-milestone', () => {
    test('reports a passed milestone marked neither met nor missed, on its date', async () => {
        await expectRule(services, 'overdue-milestone', `${PLAN}
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 3 months 2020-06-01 "First cohort trained" met
                milestone 6 months <|2020-09-01|> "All caseworkers trained"
                milestone 12 months 2021-03-01 "Audit at 70%"
              }
            }`,
        ['This milestone of action 3.1 was due on 2020-09-01, before the plan\'s as-of date (2021-01-20), '
            + 'and is not marked. Write "met" or "missed" after its text.'], 'warning');
    });

    test('names the as-of date given to the checker when it overrides the plan\'s', async () => {
        services.appl.config.ProjectConfig.asOfOverride = '2021-04-01';
        await expectRule(services, 'overdue-milestone', `${PLAN}
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 6 months 2020-09-01 "All caseworkers trained" missed
                milestone 12 months <|2021-03-01|> "Audit at 70%"
              }
            }`,
        ['This milestone of action 3.1 was due on 2021-03-01, before the as-of date given to the checker (2021-04-01), '
            + 'and is not marked. Write "met" or "missed" after its text.'], 'warning');
    });

    test('is silent for passed milestones marked met or missed, and for one dated on the as-of date', async () => {
        await expectNoRule(services, 'overdue-milestone', `${PLAN}
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 3 months 2020-06-01 "First cohort trained" met
                milestone 6 months 2020-09-01 "All caseworkers trained" missed
                milestone 2021-01-20 "Audit results published"
                milestone 12 months 2021-03-01 "Audit at 70%"
              }
            }`);
    });

    test('is silent without an as-of date, and for dates that do not exist', async () => {
        await expectNoRule(services, 'overdue-milestone', `
            plan "P" { period 2020-03-01 to 2021-09-30 }
            area 3 "A" { action 3.1 "Train EHC coordinators" { milestone 2020-06-01 "First cohort trained" } }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'overdue-milestone', `
            plan "P" { as-of 2021-02-30 }
            area 3 "A" { action 3.1 "Train EHC coordinators" { milestone 2020-06-01 "First cohort trained" } }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'overdue-milestone', `${PLAN}
            area 3 "A" { action 3.1 "Train EHC coordinators" { milestone 2020-06-31 "First cohort trained" } }`);
    });

    test('does not throw on half-typed milestones and as-of clauses', async () => {
        await expectRule(services, 'overdue-milestone', `${PLAN}
            area 3 "A" {
              action 3.1 "Train EHC coordinators" {
                milestone 6 months "Not yet dated"
                milestone <|2020-06-01|> "First cohort trained"
                milestone
              }
            }`,
        ['This milestone of action 3.1 was due on 2020-06-01, before the plan\'s as-of date (2021-01-20), '
            + 'and is not marked. Write "met" or "missed" after its text.'], 'warning');
        await resetWorkspace(services);
        await expectRule(services, 'overdue-milestone', `
            plan "P" { as-of }
            area 3 "A" { action 3.1 "Train EHC coordinators" { milestone 2020-06-01 "First cohort trained" } }`, [], 'warning');
    });
});
