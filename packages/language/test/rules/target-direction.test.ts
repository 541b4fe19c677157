import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('target-direction', () => {
    test('reports a target that moves against the measure\'s direction, on the target value', async () => {
        await expectRule(services, 'target-direction', `
            measure ehcp-quality "EHC plans audited as good or better" {
              direction increase
              baseline 35 on 2020-01-31
              target <|30|> by 2021-03-31
            }
            measure camhs-wait "Weeks waited for a first CAMHS appointment" {
              direction decrease
              baseline 30 on 2020-01-31
              target <|32.5|> by 2021-03-31
            }`,
        [
            'Measure ehcp-quality should increase, but its target 30 is below its baseline 35. '
                + 'Write a target above 35, or "direction decrease" if lower is better.',
            'Measure camhs-wait should decrease, but its target 32.5 is above its baseline 30. '
                + 'Write a target below 30, or "direction increase" if higher is better.',
        ], 'error');
    });

    test('reports every percentage of a percent measure above 100, on that number', async () => {
        await expectRule(services, 'target-direction', `
            measure ehcp-quality "EHC plans audited as good or better" {
              unit percent
              baseline <|135|> on 2020-01-31
              target <|170|> by 2021-03-31
              expect <|145|> by 2020-06-30
              actual <|100.5|> on 2020-06-30
            }`,
        [
            'The baseline of measure ehcp-quality is 135 percent, but a percentage lies between 0 and 100. Write a value from 0 to 100.',
            'The target of measure ehcp-quality is 170 percent, but a percentage lies between 0 and 100. Write a value from 0 to 100.',
            'A value expected of measure ehcp-quality is 145 percent, but a percentage lies between 0 and 100. Write a value from 0 to 100.',
            'An actual value of measure ehcp-quality is 100.5 percent, but a percentage lies between 0 and 100. Write a value from 0 to 100.',
        ], 'error');
    });

    test('reports an inline percent target above 100, its value and its baseline', async () => {
        await expectRule(services, 'target-direction', `
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                target "Caseworkers trained" <|120|> percent by 2020-09-30 from <|110|> on 2020-02-01
                target "Plans rewritten" 150 count by 2020-09-30 from 20 on 2020-02-01
              }
            }`,
        [
            'The value of target "Caseworkers trained" is 120 percent, but a percentage lies between 0 and 100. Write a value from 0 to 100.',
            'The baseline of target "Caseworkers trained" is 110 percent, but a percentage lies between 0 and 100. Write a value from 0 to 100.',
        ], 'error');
    });

    test('is silent for targets that follow the direction or equal the baseline, and percentages from 0 to 100', async () => {
        await expectNoRule(services, 'target-direction', `
            measure ehcp-quality "EHC plans audited as good or better" {
              unit percent
              direction increase
              baseline 0 on 2020-01-31
              target 100 by 2021-03-31
              expect 45 by 2020-06-30
              actual 41 on 2020-06-30
            }
            measure exclusions "Pupils with SEND excluded" {
              direction decrease
              baseline 12 on 2020-01-31
              target 12 by 2021-03-31
            }
            measure assessments "Assessments beyond 20 weeks" {
              unit count
              baseline 30 on 2020-01-31
              target 140 by 2021-03-31
            }
            area 3 "Quality of EHC plans" {
              action 3.1 "Train EHC coordinators" {
                target "Caseworkers trained" 100 percent by 2020-09-30 from 0 on 2020-02-01
              }
            }`);
    });

    test('does not throw on half-typed baselines, targets and units', async () => {
        await expectRule(services, 'target-direction', `
            measure m "M" {
              unit percent
              direction increase
              baseline on 2020-01-31
              target <|120|> by 2021-03-31
              expect by 2020-06-30
              actual
            }
            measure n "N" { direction decrease baseline 30 on 2020-01-31 target by 2021-03-31 unit }
            area 3 "A" {
              action 3.1 "Train EHC coordinators" {
                target "Caseworkers trained" percent by 2020-09-30 from on 2020-02-01
                target "Plans rewritten" 150 by 2020-09-30
              }
            }`,
        ['The target of measure m is 120 percent, but a percentage lies between 0 and 100. Write a value from 0 to 100.'], 'error');
    });
});
