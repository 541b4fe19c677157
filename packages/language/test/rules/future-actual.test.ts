import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const PLAN = 'plan "P" { period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }';

function future(measure: string, date: string, asOf = '2024-09-01'): string {
    return `${measure} has an actual dated ${date}, after the plan's as-of date (${asOf}): the plan states a position older than its data. `
        + 'Move "as-of" in the plan header to the date its statuses and actuals describe, or correct the date of this actual.';
}

describe('future-actual', () => {
    test('reports an actual dated after the plan\'s as-of date, on its date', async () => {
        await expectRule(services, 'future-actual', `${PLAN}
            measure quality "EHC plans audited as good or better" {
              baseline 35 on 2024-01-31
              target 70 by 2025-03-31
              actual 42 on 2024-03-31
              actual 47 on <|2024-10-31|>
              actual 48 on <|2024-09-02|>
            }`,
        [future('Measure quality', '2024-10-31'), future('Measure quality', '2024-09-02')], 'error');
    });

    test('is silent for an actual dated on the as-of date or before it', async () => {
        await expectNoRule(services, 'future-actual', `${PLAN}
            measure quality "Q" {
              actual 42 on 2024-03-31
              actual 47 on 2024-09-01
            }`);
    });

    test('compares with the plan\'s own as-of date, whatever date the checker is given', async () => {
        const text = `${PLAN}
            measure quality "Q" {
              actual 42 on 2024-08-31
              actual 47 on <|2024-10-31|>
            }`;
        // An earlier date looks back on purpose: August's actual is not in the plan's future.
        services.appl.config.ProjectConfig.asOfOverride = '2024-06-01';
        await expectRule(services, 'future-actual', text, [future('Measure quality', '2024-10-31')], 'error');
        services.appl.config.ProjectConfig.asOfOverride = '2024-12-01';
        await resetWorkspace(services);
        await expectRule(services, 'future-actual', text, [future('Measure quality', '2024-10-31')], 'error');
    });

    test('is silent without an as-of date, with one that does not exist, and for an actual whose date does not', async () => {
        await expectNoRule(services, 'future-actual', `plan "P" { period 2024-01-01 to 2025-06-30 }
            measure quality "Q" { actual 47 on 2030-10-31 }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'future-actual', `plan "P" { as-of 2024-02-30 }
            measure quality "Q" { actual 47 on 2024-10-31 }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'future-actual', `${PLAN}
            measure quality "Q" { actual 47 on 2024-10-32 }`);
    });

    test('leaves a measure in an imported file alone: that file has no as-of date of its own', async () => {
        const diagnostics = await checkFiles(services, {
            'plan.appl': `import "measures.appl"\n${PLAN}`,
            'measures.appl': 'measure quality "Q" { actual 47 on 2024-10-31 }',
        });
        expect(findings(diagnostics['plan.appl'], 'future-actual')).toEqual([]);
        expect(findings(diagnostics['measures.appl'], 'future-actual')).toEqual([]);
    });

    test('does not throw on half-typed actuals and plan headers', async () => {
        await expectRule(services, 'future-actual', `${PLAN}
            measure quality "Q" {
              actual on <|2024-10-31|>
              actual 47 on
              actual
            }`,
        [future('Measure quality', '2024-10-31')], 'error');
        await resetWorkspace(services);
        await expectRule(services, 'future-actual', `plan "P" { as-of }
            measure quality "Q" { actual 47 on 2024-10-31 }`, [], 'error');
    });
});
