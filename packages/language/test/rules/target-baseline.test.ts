import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('target-baseline', () => {
    test('reports a measure with a target but no baseline on the target value', async () => {
        await expectRule(services, 'target-baseline', `
            measure ehcp-quality "EHC plans audited as good or better" {
              kind impact
              unit percent
              target <|70|> by 2021-03-31
            }`,
        ['Measure ehcp-quality has a target but no baseline. Add "baseline <number> on <YYYY-MM-DD>" to the measure: '
            + 'the value it starts from and when that was measured.'], 'warning');
    });

    test('reports an inline target without "from" on its name, and a baseline without "on" on its value', async () => {
        await expectRule(services, 'target-baseline', `
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                target <|"Caseworkers trained"|> 100 percent by 2020-09-30
                target "Plans rewritten" 60 percent by 2021-03-31 from <|10|>
              }
            }`,
        [
            'The target "Caseworkers trained" of action 3.1 has no baseline. Add "from <number> on <YYYY-MM-DD>" after its date: '
                + 'the value it starts from and when that was measured.',
            'The target "Plans rewritten" of action 3.1 has a baseline value but no date. '
                + 'Add "on <YYYY-MM-DD>" after "from 10": when that value was measured.',
        ], 'warning');
    });

    test('is silent for targets with a baseline value and date', async () => {
        await expectNoRule(services, 'target-baseline', `
            measure ehcp-quality "EHC plans audited as good or better" {
              baseline 35 on 2020-01-31 source "Monthly audit"
              target 70 by 2021-03-31
            }
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                target ehcp-quality
                target "Caseworkers trained" 100 percent by 2020-09-30 from 20 on 2020-02-01
              }
            }`);
    });

    test('leaves targets without a number to action-has-target, and measures without a target alone', async () => {
        await expectNoRule(services, 'target-baseline', `
            measure satisfaction "Parents satisfied" { kind experience }
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                target "Parents feel listened to"
                target satisfaction
              }
            }`);
    });

    test('never throws while targets are being typed, and waits for the number after "from"', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': `
            measure ehcp-quality "EHC plans" { target 70
            area 3 "Quality" { action 3.1 "Train" { target "Caseworkers trained" 100 percent by 2020-09-30 from` }))['plan.appl'];
        expect(diagnostics.filter(d => !d.code)).toEqual([]);
        // The measure is still being typed (its target has no date, its } is missing): its baseline may follow.
        expect(findings(diagnostics, 'target-baseline')).toEqual([]);
    });
});
