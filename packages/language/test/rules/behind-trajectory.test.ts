import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const PLAN = 'plan "P" { period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }';

function behind(measure: string, value: string, date: string, worse: 'below' | 'above', expected: string): string {
    return `Measure ${measure} is behind its expected path: its latest actual, ${value} on ${date}, is ${worse} the ${expected} expected by then. `
        + 'Say in the update of the action that targets it what is being done to catch up ("update <YYYY-MM-DD> \\"<text>\\""), '
        + 'and bring it to the board.';
}

/** Baseline 35 in January, 40 expected by March, 50 by June, 70 by March 2025. */
const PATH = `
              unit percent
              baseline 35 on 2024-01-31
              target 70 by 2025-03-31
              expect 40 by 2024-03-31
              expect 50 by 2024-06-30`;

describe('behind-trajectory', () => {
    test('reports the latest actual below the value expected on its date, on its value', async () => {
        await expectRule(services, 'behind-trajectory', `${PLAN}
            measure quality "EHC plans audited as good or better" {${PATH}
              actual 42 on 2024-03-31
              actual <|44|> on 2024-06-30
            }`,
        [behind('quality', '44', '2024-06-30', 'below', '50')], 'warning');
    });

    test('compares an actual between two points with the straight line between them, to one decimal place', async () => {
        // 45 of the 91 days from 40 (31 March) to 50 (30 June): 44.945...
        await expectRule(services, 'behind-trajectory', `${PLAN}
            measure quality "Q" {${PATH}
              actual <|44|> on 2024-05-15
            }`,
        [behind('quality', '44', '2024-05-15', 'below', '44.9')], 'warning');
        await resetWorkspace(services);
        await expectNoRule(services, 'behind-trajectory', `${PLAN}
            measure quality "Q" {${PATH}
              actual 45 on 2024-05-15
            }`);
    });

    test('reads a measure that should fall the other way: above its path is behind', async () => {
        await expectRule(services, 'behind-trajectory', `${PLAN}
            measure wait "Weeks waited for an autism assessment" {
              unit weeks
              direction decrease
              baseline 60 on 2024-01-31
              target 30 by 2025-01-31
              expect 50 by 2024-06-30
              actual <|52|> on 2024-06-30
            }
            measure ehcp-weeks "Weeks to issue an EHC plan" {
              unit weeks
              baseline 30 on 2024-01-31
              target 20 by 2025-01-31
              actual <|29|> on 2024-07-31
            }`,
        [
            behind('wait', '52', '2024-06-30', 'above', '50'),
            // No direction: from 30 down to 20, so lower is better; 25 expected at the end of July.
            behind('ehcp-weeks', '29', '2024-07-31', 'above', '25'),
        ], 'warning');
    });

    test('is silent for an actual on or ahead of its path, and judges only the latest one', async () => {
        await expectNoRule(services, 'behind-trajectory', `${PLAN}
            measure on-path "On the path exactly" {${PATH}
              actual 50 on 2024-06-30
            }
            measure ahead "Ahead of it" {${PATH}
              actual 60 on 2024-06-30
            }
            measure caught-up "Behind in March, back on the path in June" {${PATH}
              actual 36 on 2024-03-31
              actual 51 on 2024-06-30
            }`);
    });

    test('counts the actual dated on the as-of date, and none after it', async () => {
        await expectRule(services, 'behind-trajectory', `${PLAN}
            measure on-the-day "Q" {${PATH}
              actual <|52|> on 2024-09-01
            }
            measure later "Q" {${PATH}
              actual 50 on 2024-06-30
              actual 20 on 2024-09-02
            }`,
        // 50 on 30 June, 70 on 31 March 2025: 54.6 on 1 September.
        [behind('on-the-day', '52', '2024-09-01', 'below', '54.6')], 'warning');
    });

    test('reads the actual at the as-of date given to the checker, earlier or later than the plan\'s', async () => {
        const measure = (marked: 'june' | 'october' | 'none') => `${PLAN}
            measure quality "Q" {${PATH}
              actual ${marked === 'june' ? '<|44|>' : '44'} on 2024-06-30
              actual 70 on 2024-08-31
              actual ${marked === 'october' ? '<|50|>' : '50'} on 2024-10-31
            }`;
        // At the plan's own date the latest actual is August's, well ahead of the path.
        await expectRule(services, 'behind-trajectory', measure('none'), [], 'warning');
        services.appl.config.ProjectConfig.asOfOverride = '2024-07-31';
        await resetWorkspace(services);
        await expectRule(services, 'behind-trajectory', measure('june'), [behind('quality', '44', '2024-06-30', 'below', '50')], 'warning');
        services.appl.config.ProjectConfig.asOfOverride = '2024-12-01';
        await resetWorkspace(services);
        await expectRule(services, 'behind-trajectory', measure('october'), [behind('quality', '50', '2024-10-31', 'below', '59')], 'warning');
    });

    test('compares an actual after the target date with the target', async () => {
        await expectRule(services, 'behind-trajectory', `plan "P" { as-of 2025-06-30 }
            measure quality "Q" {${PATH}
              actual <|65|> on 2025-05-31
            }`,
        [behind('quality', '65', '2025-05-31', 'below', '70')], 'warning');
    });

    test('without an as-of date, judges the latest actual written', async () => {
        await expectRule(services, 'behind-trajectory', `plan "P" { period 2024-01-01 to 2025-06-30 }
            measure quality "Q" {${PATH}
              actual 50 on 2024-06-30
              actual <|55|> on 2024-12-31
            }`,
        [behind('quality', '55', '2024-12-31', 'below', '63.4')], 'warning');
    });

    test('of two actuals on one date, judges the one written last', async () => {
        await expectRule(services, 'behind-trajectory', `${PLAN}
            measure quality "Q" {${PATH}
              actual 50 on 2024-06-30
              actual <|45|> on 2024-06-30
            }`,
        [behind('quality', '45', '2024-06-30', 'below', '50')], 'warning');
        await resetWorkspace(services);
        await expectNoRule(services, 'behind-trajectory', `${PLAN}
            measure quality "Q" {${PATH}
              actual 45 on 2024-06-30
              actual 50 on 2024-06-30
            }`);
    });

    test('is silent when there is no path to compare with: no baseline, target or expect; an actual before the path starts', async () => {
        await expectNoRule(services, 'behind-trajectory', `${PLAN}
            measure no-path "Q" { actual 10 on 2024-06-30 }
            measure early "Q" {${PATH}
              actual 20 on 2024-01-15
            }
            measure invalid "Q" {${PATH}
              actual 50 on 2024-06-30
              actual 10 on 2024-06-31
            }`);
    });

    test('reports a measure in an imported file there, never in the plan that imports it', async () => {
        const measures = `measure quality "Q" {${PATH}
              actual 44 on 2024-06-30
            }`;
        const diagnostics = await checkFiles(services, {
            'plan.appl': `import "measures.appl"\n${PLAN}`,
            'measures.appl': measures,
        });
        expect(findings(diagnostics['plan.appl'], 'behind-trajectory')).toEqual([]);
        expect(findings(diagnostics['measures.appl'], 'behind-trajectory').map(d => [d.range.start.line, d.message]))
            .toEqual([[6, behind('quality', '44', '2024-06-30', 'below', '50')]]);
    });

    test('does not throw on half-typed actuals and expected values', async () => {
        await expectRule(services, 'behind-trajectory', `${PLAN}
            measure quality "Q" {${PATH}
              actual <|44|> on 2024-06-30
              actual on 2024-07-31
              actual 46 on
              expect by 2024-09-30
              actual
            }`,
        [behind('quality', '44', '2024-06-30', 'below', '50')], 'warning');
        await resetWorkspace(services);
        const diagnostics = (await checkFiles(services, { 'plan.appl': `${PLAN}\nmeasure q "Q" { baseline on 2024-01-31 target by actual 3 on 2024-06-30 }` }))['plan.appl'];
        expect(findings(diagnostics, 'behind-trajectory')).toEqual([]);
    });

    test('shows the expected value with as many decimals as it takes to differ from the actual', async () => {
        // 15 May lies 45 of 91 days from 40 (31 March) to 50 (30 June): 44.945… expected.
        await expectRule(services, 'behind-trajectory', `${PLAN}
            measure quality "Q" {${PATH}
              actual <|44.9|> on 2024-05-15
            }`,
        [behind('quality', '44.9', '2024-05-15', 'below', '44.95')], 'warning');
    });
});
