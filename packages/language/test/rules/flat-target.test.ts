import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const PLAN = 'plan "P" { period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }';

const MEASURE_FLAT = (measure: string, value: string) => `Measure ${measure} aims for ${value}, its baseline: there is nothing to improve. `
    + 'Write the value the plan aims to reach by the target date.';
const INLINE_FLAT = (target: string, action: string, value: string) => `${target} of action ${action} aims for ${value}, its baseline: `
    + 'there is nothing to improve. Write the value the action aims to reach by its date.';

describe('flat-target', () => {
    test('reports a measure whose target equals its baseline, on the target value', async () => {
        await expectRule(services, 'flat-target', `${PLAN}
            measure quality "EHC plans audited as good or better" {
              unit percent
              baseline 35 on 2024-01-31
              target <|35|> by 2025-03-31
            }`,
        [MEASURE_FLAT('quality', '35')], 'warning');
    });

    test('reports an inline target equal to the value it starts from', async () => {
        await expectRule(services, 'flat-target', `${PLAN}
            area 1 "Quality of EHC plans" {
              action 1.1 "Train caseworkers" {
                target "Caseworkers trained" <|100|> percent by 2024-12-31 from 100 on 2024-01-15
                target "Plans co-produced" 80 percent by 2024-12-31 from 10 on 2024-01-15
              }
            }`,
        [INLINE_FLAT('The target "Caseworkers trained"', '1.1', '100')], 'warning');
    });

    test('compares numbers, not their spelling: 35.0 is 35', async () => {
        await expectRule(services, 'flat-target', `${PLAN}
            measure quality "Q" { baseline 35 on 2024-01-31 target <|35.0|> by 2025-03-31 }
            measure close "Q" { baseline 35 on 2024-01-31 target 35.5 by 2025-03-31 }`,
        [MEASURE_FLAT('quality', '35')], 'warning');
    });

    test('is silent for targets that move, and for targets without a baseline to compare with', async () => {
        await expectNoRule(services, 'flat-target', `${PLAN}
            measure up "Q" { baseline 35 on 2024-01-31 target 70 by 2025-03-31 }
            measure down "Q" { baseline 20 on 2024-01-31 target 12 by 2025-03-31 }
            measure no-baseline "Q" { target 70 by 2025-03-31 }
            measure zero "Q" { baseline 0 on 2024-01-31 target 10 by 2025-03-31 }
            area 1 "A" {
              action 1.1 "T" {
                target "Caseworkers trained" 100 percent by 2024-12-31
                target "Plans co-produced" 80 percent by 2024-12-31 from 10 on 2024-01-15
                target up
              }
            }`);
    });

    test('reports a target of zero from zero, and whatever the plan\'s dates', async () => {
        await expectRule(services, 'flat-target', `
            measure exclusions "Permanent exclusions of pupils with EHC plans" { baseline 0 on 2024-01-31 target <|0|> by 2025-03-31 }`,
        [MEASURE_FLAT('exclusions', '0')], 'warning');
    });

    test('does not throw on half-typed targets and baselines', async () => {
        await expectRule(services, 'flat-target', `${PLAN}
            measure quality "Q" { baseline 35 on 2024-01-31 target by 2025-03-31 }
            measure other "Q" { baseline on 2024-01-31 target 35 by 2025-03-31 }
            measure third "Q" { baseline 35 on target <|35|> by }
            area 1 "A" {
              action 1.1 "T" {
                target "Trained" by 2024-12-31 from 100 on 2024-01-15
                target "Trained" <|100|> from 100
                target
              }
            }`,
        [MEASURE_FLAT('third', '35'), INLINE_FLAT('The target "Trained"', '1.1', '100')], 'warning');
    });
});
