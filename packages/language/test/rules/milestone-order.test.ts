import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('milestone-order', () => {
    test('reports a milestone dated before the one above it, on its date', async () => {
        await expectRule(services, 'milestone-order', `
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 3 months 2020-06-01 "First cohort trained"
                milestone 12 months 2021-03-01 "Audit at 70%"
                milestone 6 months <|2020-09-01|> "All caseworkers trained"
              }
            }`,
        ['This milestone of action 3.1 is dated 2020-09-01, before the milestone above it (2021-03-01). '
            + 'Write the milestones in date order, or correct the date.'], 'warning');
    });

    test('compares each milestone only with the dated one just above it, past undated milestones and other clauses', async () => {
        await expectRule(services, 'milestone-order', `
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 2020-09-01 "B"
                status on-track
                milestone 6 months "Not yet dated"
                milestone <|2020-06-01|> "A"
                milestone 2020-07-01 "C"
                milestone 2020-07-01 "D, on the same day as C"
              }
            }`,
        ['This milestone of action 3.1 is dated 2020-06-01, before the milestone above it (2020-09-01). '
            + 'Write the milestones in date order, or correct the date.'], 'warning');
    });

    test('is silent for milestones in date order, same-day ones included', async () => {
        await expectNoRule(services, 'milestone-order', `
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 3 months 2020-06-01 "First cohort trained" met
                milestone 2020-06-01 "Training register published"
                milestone 6 months 2020-09-01 "All caseworkers trained"
              }
            }`);
    });

    test('leaves dates that do not exist to valid-date', async () => {
        await expectNoRule(services, 'milestone-order', `
            area 3 "A" {
              action 3.1 "Train EHC coordinators" {
                milestone 2020-09-01 "B"
                milestone 2020-02-30 "Not a real date"
                milestone 2020-10-01 "C"
              }
            }`);
    });

    test('does not throw on a milestone whose date and text are still missing', async () => {
        await expectRule(services, 'milestone-order', `
            area 3 "A" {
              action 3.1 "Train EHC coordinators" {
                milestone 2020-09-01 "B"
                milestone
                milestone <|2020-06-01|> "A"
              }
            }`,
        ['This milestone of action 3.1 is dated 2020-06-01, before the milestone above it (2020-09-01). '
            + 'Write the milestones in date order, or correct the date.'], 'warning');
    });
});
