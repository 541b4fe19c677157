import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const PLAN = 'plan "P" { period 2020-03-01 to 2021-09-30 as-of 2021-01-20 }';

describe('missing-actual', () => {
    test('reports a passed expected value without an actual near it, on its date', async () => {
        await expectRule(services, 'missing-actual', `${PLAN}
            measure ehcp-quality "EHC plans audited as good or better" {
              unit percent
              baseline 35 on 2020-01-31
              target 70 by 2021-03-31
              expect 45 by 2020-06-30
              expect 55 by <|2020-09-30|>
              actual 41 on 2020-06-30
            }`,
        ['Measure ehcp-quality expects 55 by 2020-09-30, before the plan\'s as-of date (2021-01-20), but no actual value '
            + 'is recorded within a month of that date. Add "actual <value> on <YYYY-MM-DD>" dated 2020-08-30 to 2020-10-31.'],
        'warning');
    });

    test('counts actuals up to 31 days either side, and none dated after the as-of date', async () => {
        await expectRule(services, 'missing-actual', `${PLAN}
            measure m "M" {
              expect 45 by 2020-06-30
              expect 50 by 2020-09-30
              expect 55 by <|2020-12-15|>
              expect 60 by <|2021-01-10|>
              actual 44 on 2020-05-30
              actual 52 on 2020-10-31
              actual 53 on 2020-11-13
              actual 61 on 2021-01-25
            }`,
        [
            'Measure m expects 55 by 2020-12-15, before the plan\'s as-of date (2021-01-20), but no actual value '
                + 'is recorded within a month of that date. Add "actual <value> on <YYYY-MM-DD>" dated 2020-11-14 to 2021-01-15.',
            'Measure m expects 60 by 2021-01-10, before the plan\'s as-of date (2021-01-20), but no actual value '
                + 'is recorded within a month of that date. Add "actual <value> on <YYYY-MM-DD>" dated 2020-12-10 to 2021-01-20.',
        ], 'warning');
    });

    test('names the as-of date given to the checker when it overrides the plan\'s', async () => {
        services.appl.config.ProjectConfig.asOfOverride = '2021-06-01';
        await expectRule(services, 'missing-actual', `${PLAN}
            measure m "M" {
              expect 45 by 2020-06-30
              expect 65 by <|2021-03-31|>
              actual 47 on 2020-06-30
            }`,
        ['Measure m expects 65 by 2021-03-31, before the as-of date given to the checker (2021-06-01), but no actual value '
            + 'is recorded within a month of that date. Add "actual <value> on <YYYY-MM-DD>" dated 2021-02-28 to 2021-05-01.'],
        'warning');
    });

    test('is silent when each passed expected value has its actual, and for those dated on or after the as-of date', async () => {
        await expectNoRule(services, 'missing-actual', `${PLAN}
            measure ehcp-quality "EHC plans audited as good or better" {
              baseline 35 on 2020-01-31
              target 70 by 2021-03-31
              expect 45 by 2020-06-30
              expect 55 by 2020-09-30
              expect 65 by 2021-01-20
              expect 68 by 2021-02-28
              actual 47 on 2020-06-30
              actual 58 on 2020-09-30
            }`);
    });

    test('is silent without an as-of date, and for dates that do not exist', async () => {
        await expectNoRule(services, 'missing-actual', `
            plan "P" { }
            measure m "M" { expect 45 by 2020-06-30 }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'missing-actual', `${PLAN}
            measure m "M" { expect 45 by 2020-06-31 }`);
    });

    test('does not throw on half-typed values, and waits while they are typed: the missing actual may be one of them', async () => {
        await expectRule(services, 'missing-actual', `${PLAN}
            measure m "M" {
              expect by 2020-06-30
              expect 50 by 2020-09-30
              actual on 2020-09-30
              expect 55 by
              actual
            }`,
        [], 'warning');
    });
});
