import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const PLAN = 'plan "P" { period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }';

function stale(what: string, date: string, start = '2024-01-01', oldest = '2023-01-01'): string {
    return `${what} is dated ${date}, more than 12 months before the plan starts (${start}): reviewers ask where things stand now. `
        + `Measure it again and write the new value with a date on or after ${oldest}.`;
}

describe('stale-baseline', () => {
    test('reports a measure\'s baseline dated more than 12 months before the plan starts, on its date', async () => {
        await expectRule(services, 'stale-baseline', `${PLAN}
            measure quality "EHC plans audited as good or better" {
              baseline 35 on <|2022-09-30|> source "Annual EHC plan audit"
              target 70 by 2025-03-31
            }`,
        [stale('The baseline of measure quality', '2022-09-30')], 'warning');
    });

    test('reports an inline target\'s baseline, naming the target and its action', async () => {
        await expectRule(services, 'stale-baseline', `${PLAN}
            area 1 "Quality of EHC plans" {
              action 1.1 "Train caseworkers" {
                target "Caseworkers trained" 100 percent by 2024-12-31 from 20 on <|2022-12-31|>
                target "Plans co-produced" 80 percent by 2024-12-31 from 10 on 2023-01-01
              }
            }`,
        [stale('The baseline of the target "Caseworkers trained" of action 1.1', '2022-12-31')], 'warning');
    });

    test('takes exactly 12 months as still current: a baseline on that day is not reported, the day before is', async () => {
        await expectRule(services, 'stale-baseline', `${PLAN}
            measure on-the-day "Q" { baseline 35 on 2023-01-01 }
            measure day-before "Q" { baseline 35 on <|2022-12-31|> }
            measure in-period "Q" { baseline 35 on 2024-03-31 }`,
        [stale('The baseline of measure day-before', '2022-12-31')], 'warning');
    });

    test('counts 12 months from a month end as the month end: a plan starting 29 February reaches back to 28 February', async () => {
        await expectRule(services, 'stale-baseline', `plan "P" { period 2024-02-29 to 2025-06-30 }
            measure on-the-day "Q" { baseline 35 on 2023-02-28 }
            measure day-before "Q" { baseline 35 on <|2023-02-27|> }`,
        [stale('The baseline of measure day-before', '2023-02-27', '2024-02-29', '2023-02-28')], 'warning');
    });

    test('reads the plan\'s period, not the as-of date, whatever date the checker is given', async () => {
        services.appl.config.ProjectConfig.asOfOverride = '2026-01-01';
        await expectNoRule(services, 'stale-baseline', `${PLAN}
            measure quality "Q" { baseline 35 on 2023-06-30 }`);
    });

    test('is silent without a plan period, or with a start date that does not exist', async () => {
        await expectNoRule(services, 'stale-baseline', `plan "P" { as-of 2024-09-01 }
            measure quality "Q" { baseline 35 on 2010-01-31 }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'stale-baseline', `plan "P" { period 2024-02-30 to 2025-06-30 }
            measure quality "Q" { baseline 35 on 2010-01-31 }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'stale-baseline', 'measure quality "Q" { baseline 35 on 2010-01-31 }');
    });

    test('leaves a measure in an imported file alone: it may serve plans that start at different dates', async () => {
        const diagnostics = await checkFiles(services, {
            'plan.appl': `import "measures.appl"\n${PLAN}\narea 1 "A" { action 1.1 "T" { target quality } }`,
            'measures.appl': 'measure quality "Q" { baseline 35 on 2010-01-31 target 70 by 2025-03-31 }',
        });
        expect(findings(diagnostics['plan.appl'], 'stale-baseline')).toEqual([]);
        expect(findings(diagnostics['measures.appl'], 'stale-baseline')).toEqual([]);
    });

    test('does not throw on half-typed baselines and targets', async () => {
        await expectRule(services, 'stale-baseline', `${PLAN}
            measure quality "Q" { baseline on <|2022-01-31|> }
            measure other "Q" { baseline 35 on }
            area 1 "A" {
              action 1.1 "T" {
                target "Trained" 100 percent by 2024-12-31 from 20 on
                target "Trained" 100 percent by 2024-12-31 from 20 on 2022-13-01
                target "Co-produced" from 10 on <|2021-06-30|>
              }
            }`,
        [
            stale('The baseline of measure quality', '2022-01-31'),
            stale('The baseline of the target "Co-produced" of action 1.1', '2021-06-30'),
        ], 'warning');
    });
});
