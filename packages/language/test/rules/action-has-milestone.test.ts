import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('action-has-milestone', () => {
    test('reports an action without milestones on its number', async () => {
        await expectRule(services, 'action-has-milestone', `
            area 3 "Quality of EHC plans" {
              action <|3.1|> "Train EHC coordinators" { }
            }`,
        ['Action 3.1 has no milestone. Add "milestone <YYYY-MM-DD> "<what will be true>"".'], 'error');
    });

    test('reports each milestone without a date on its keyword', async () => {
        await expectRule(services, 'action-has-milestone', `
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 2020-06-01 "First cohort trained"
                <|milestone|> 6 months "All caseworkers trained"
              }
            }`,
        ['A milestone of action 3.1 has no date. Write it after "milestone", e.g. milestone 2020-06-01 "…".'], 'error');
    });

    test('is silent when every milestone is dated', async () => {
        await expectNoRule(services, 'action-has-milestone', `
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                milestone 3 months 2020-06-01 "First cohort trained" met
                milestone 2020-09-01 "All caseworkers trained"
              }
            }`);
    });
});
