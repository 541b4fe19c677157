import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const APP = 'plan "P" { type APP period 2020-03-01 to 2021-09-30 }';

describe('app-horizons', () => {
    test('reports the missing 3/6/12-month points of an action on its number, with their dates', async () => {
        await expectRule(services, 'app-horizons', `${APP}
            area 3 "Quality of EHC plans" {
              action <|3.1|> "Train EHC coordinators" {
                due 2021-03-31
                milestone 3 months 2020-06-01 "First cohort trained"
              }
            }`,
        ['Action 3.1 has no milestone about 6 and 12 months into the plan (2020-09-01, 2021-03-01). An APP says what '
            + 'will be true 3, 6 and 12 months in: add milestone 6 months 2020-09-01 "…" and milestone 12 months 2021-03-01 "…".'],
        'warning');
    });

    test('reports a labelled milestone dated far from its point, on its date, after or before', async () => {
        await expectRule(services, 'app-horizons', `${APP}
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                due 2021-03-31
                milestone 3 months <|2020-04-20|> "First cohort trained"
                milestone 6 months <|2020-12-15|> "All caseworkers trained"
                milestone 12 months 2021-03-01 "Audit at 70%"
              }
            }`,
        [
            'This milestone of action 3.1 is labelled 3 months but dated 2020-04-20, 42 days before the 3-month point '
                + '(2020-06-01). Date it within 31 days of 2020-06-01, or correct its label.',
            'This milestone of action 3.1 is labelled 6 months but dated 2020-12-15, 105 days after the 6-month point '
                + '(2020-09-01). Date it within 31 days of 2020-09-01, or correct its label.',
        ], 'warning');
    });

    test('is silent for labelled milestones at their points and an unlabelled one within a month of its point', async () => {
        await expectNoRule(services, 'app-horizons', `${APP}
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                due 2021-03-31
                milestone 3 months 2020-06-01 "First cohort trained" met
                milestone 2020-10-02 "All caseworkers trained"
                milestone 12 months 2021-04-01 "Audit at 70%"
              }
            }`);
    });

    test('does not count an unlabelled milestone more than 31 days from the point', async () => {
        await expectRule(services, 'app-horizons', `${APP}
            area 3 "Quality of EHC plans" {
              action <|3.1|> "Train EHC coordinators" {
                due 2021-03-31
                milestone 3 months 2020-06-01 "First cohort trained"
                milestone 2020-10-03 "All caseworkers trained"
                milestone 12 months 2021-03-01 "Audit at 70%"
              }
            }`,
        ['Action 3.1 has no milestone about 6 months into the plan (2020-09-01). An APP says what will be true '
            + '3, 6 and 12 months in: add milestone 6 months 2020-09-01 "…".'], 'warning');
    });

    test('asks only for the points on or before the due date, and every point when there is no due date', async () => {
        await expectRule(services, 'app-horizons', `${APP}
            area 3 "Quality of EHC plans" {
              action 3.1 "Due before the 12-month point" {
                due 2020-12-31
                milestone 3 months 2020-06-01 "First cohort trained"
                milestone 6 months 2020-09-01 "All caseworkers trained"
              }
              action <|3.2|> "Due on the 6-month point" {
                due 2020-09-01
                milestone 3 months 2020-06-01 "First cohort trained"
              }
              action <|3.3|> "No due date" { }
            }`,
        [
            'Action 3.2 has no milestone about 6 months into the plan (2020-09-01). An APP says what will be true '
                + '3, 6 and 12 months in: add milestone 6 months 2020-09-01 "…".',
            'Action 3.3 has no milestone about 3, 6 and 12 months into the plan (2020-06-01, 2020-09-01, 2021-03-01). '
                + 'An APP says what will be true 3, 6 and 12 months in: add milestone 3 months 2020-06-01 "…", '
                + 'milestone 6 months 2020-09-01 "…" and milestone 12 months 2021-03-01 "…".',
        ], 'warning');
    });

    test('asks only for the points inside the plan period', async () => {
        await expectNoRule(services, 'app-horizons', `
            plan "P" { type APP period 2020-03-01 to 2020-12-31 }
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 3 months 2020-06-01 "First cohort trained"
                milestone 6 months 2020-09-01 "All caseworkers trained"
              }
            }`);
    });

    test('keeps month ends: a plan starting on 31 August 2020 has its 6-month point on 28 February 2021', async () => {
        await expectRule(services, 'app-horizons', `
            plan "P" { type APP period 2020-08-31 to 2021-12-31 }
            area 3 "Quality of EHC plans" {
              action <|3.1|> "Train EHC coordinators" {
                milestone 3 months 2020-11-30 "First cohort trained"
                milestone 2021-03-31 "31 days after the point: about it"
              }
              action <|3.2|> "Train EHC coordinators" {
                milestone 3 months 2020-11-30 "First cohort trained"
                milestone 2021-04-01 "32 days after the point: not about it"
                milestone 12 months 2021-08-31 "Audit at 70%"
              }
            }`,
        [
            'Action 3.1 has no milestone about 12 months into the plan (2021-08-31). An APP says what will be true '
                + '3, 6 and 12 months in: add milestone 12 months 2021-08-31 "…".',
            'Action 3.2 has no milestone about 6 months into the plan (2021-02-28). An APP says what will be true '
                + '3, 6 and 12 months in: add milestone 6 months 2021-02-28 "…".',
        ], 'warning');
    });

    test('keeps month ends in a leap year: a plan starting on 31 August 2019 has its 6-month point on 29 February 2020', async () => {
        await expectRule(services, 'app-horizons', `
            plan "P" { type APP period 2019-08-31 to 2021-03-31 }
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 3 months 2019-11-30 "First cohort trained"
                milestone 6 months 2020-02-29 "All caseworkers trained"
                milestone 12 months <|2020-10-02|> "Audit at 70%"
              }
            }`,
        ['This milestone of action 3.1 is labelled 12 months but dated 2020-10-02, 32 days after the 12-month point '
            + '(2020-08-31). Date it within 31 days of 2020-08-31, or correct its label.'], 'warning');
    });

    test('counts from the agreed date when the plan has no period', async () => {
        await expectRule(services, 'app-horizons', `
            plan "P" { type APP agreed 2020-03-20 }
            area 3 "Quality of EHC plans" {
              action <|3.1|> "Train EHC coordinators" {
                due 2020-10-31
                milestone 3 months 2020-06-20 "First cohort trained"
              }
            }`,
        ['Action 3.1 has no milestone about 6 months into the plan (2020-09-20). An APP says what will be true '
            + '3, 6 and 12 months in: add milestone 6 months 2020-09-20 "…".'], 'warning');
    });

    test('is silent outside an APP, and when the plan has no start', async () => {
        const action = 'area 3 "A" { action 3.1 "Train EHC coordinators" { milestone 6 months 2021-01-15 "Late" } }';
        await expectNoRule(services, 'app-horizons', `plan "P" { type WSOA period 2020-03-01 to 2021-09-30 } ${action}`);
        await resetWorkspace(services);
        await expectNoRule(services, 'app-horizons', `plan "P" { type APP } ${action}`);
        await resetWorkspace(services);
        await expectNoRule(services, 'app-horizons', action);
    });

    test('leaves dates that do not exist to valid-date', async () => {
        await expectNoRule(services, 'app-horizons', `
            plan "P" { type APP period 2020-02-30 to 2021-09-30 agreed 2020-03-20 }
            area 3 "A" { action 3.1 "Train EHC coordinators" { } }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'app-horizons', `${APP}
            area 3 "A" {
              action 3.1 "Train EHC coordinators" {
                due 2021-02-30
                milestone 3 months 2020-06-31 "First cohort trained"
              }
            }`);
    });

    test('counts a labelled milestone still without its date, and stays silent on a half-typed plan type', async () => {
        await expectNoRule(services, 'app-horizons', `${APP}
            area 3 "A" {
              action 3.1 "Train EHC coordinators" {
                due 2021-03-31
                milestone 3 months 2020-06-01 "First cohort trained"
                milestone 6 months "All caseworkers trained"
                milestone 12 months 2021-03-01 "Audit at 70%"
              }
            }`);
        await resetWorkspace(services);
        await expectRule(services, 'app-horizons', `
            plan "P" { type period 2020-03-01 to 2021-09-30 }
            area 3 "A" { action 3.1 "Train EHC coordinators" { } }`, [], 'warning');
    });

    test('waits while the action\'s due date is still being typed: the points due depend on it', async () => {
        await expectRule(services, 'app-horizons', `${APP}
            area 3 "A" {
              action 3.1 "Train EHC coordinators" {
                due
                milestone 3 months 2020-06-01 "First cohort trained"
                milestone 6 months 2020-09-01 "All caseworkers trained"
              }
            }`,
        [], 'warning');
    });
});
