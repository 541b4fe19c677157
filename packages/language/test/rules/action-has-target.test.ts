import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('action-has-target', () => {
    test('reports an action without any target on its number', async () => {
        await expectRule(services, 'action-has-target', `
            area 3 "Quality of EHC plans" {
              action <|3.1|> "Train EHC coordinators" { }
            }`,
        ['Action 3.1 has no target. Add "target <measure-id>" or "target "<what>" <number> <unit> by <YYYY-MM-DD>".'], 'error');
    });

    test('reports an action whose targets have no number', async () => {
        await expectRule(services, 'action-has-target', `
            measure satisfaction "Parents satisfied" { kind experience }
            area 3 "Quality of EHC plans" {
              action <|3.1|> "Train EHC coordinators" {
                target "Parents feel listened to"
                target satisfaction
              }
            }`,
        ['Action 3.1 has no quantified target. Give a target a number and a date, e.g. target "Caseworkers trained" 100 percent by 2020-09-30.'], 'error');
    });

    test('is silent for an inline target with a number', async () => {
        await expectNoRule(services, 'action-has-target', `
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" { target "Caseworkers trained" 100 percent by 2020-09-30 }
            }`);
    });

    test('is silent for a measure with a target value', async () => {
        await expectNoRule(services, 'action-has-target', `
            measure ehcp-quality "EHC plans good or better" { target 70 by 2021-03-31 }
            area 3 "Quality of EHC plans" {
              action 3.1 "Audit plans monthly" { target ehcp-quality }
            }`);
    });

    test('leaves a target naming an unknown measure to unresolved-reference', async () => {
        await expectNoRule(services, 'action-has-target', `
            area 3 "Quality of EHC plans" {
              action 3.1 "Audit plans monthly" { target ehcp-qualty }
            }`);
    });
});
