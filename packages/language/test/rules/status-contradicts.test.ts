import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const PLAN = 'plan "P" { period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }';

/** 50 expected by the end of June; 44 measured then. */
const BEHIND = `
            measure quality "EHC plans audited as good or better" {
              baseline 35 on 2024-01-31
              target 70 by 2025-03-31
              expect 50 by 2024-06-30
              actual 44 on 2024-06-30
            }`;

/** On its path at the end of June. */
const ON_PATH = `
            measure timeliness "New EHC plans issued within 20 weeks" {
              baseline 40 on 2024-01-31
              target 60 by 2025-03-31
              expect 45 by 2024-06-30
              actual 47 on 2024-06-30
            }`;

function contradicts(action: string, claim: string, facts: string): string {
    return `Action ${action} is marked ${claim}, but ${facts}. Change "status ${claim}" to at-risk or off-track, `
        + 'and say in an update what is being done.';
}

describe('status-contradicts', () => {
    test('reports an on-track action with a missed milestone, on its status', async () => {
        await expectRule(services, 'status-contradicts', `${PLAN}
            area 1 "Quality of EHC plans" {
              action 1.1 "Train caseworkers" {
                status <|on-track|>
                milestone 2024-06-30 "First cohort trained" missed
                milestone 2024-12-31 "All caseworkers trained"
              }
            }`,
        [contradicts('1.1', 'on-track', 'its milestone due 2024-06-30 was missed')], 'warning');
    });

    test('reports an action marked complete whose target measure is behind its path', async () => {
        await expectRule(services, 'status-contradicts', `${PLAN}${BEHIND}${ON_PATH}
            area 1 "Quality of EHC plans" {
              action 1.1 "Train caseworkers" {
                status <|complete|>
                target timeliness
                target quality
                milestone 2024-06-30 "First cohort trained" met
              }
            }`,
        [contradicts('1.1', 'complete', 'measure quality is behind its expected path')], 'warning');
    });

    test('names every contradicting fact in one finding', async () => {
        await expectRule(services, 'status-contradicts', `${PLAN}${BEHIND}
            area 1 "Quality of EHC plans" {
              action 1.1 "Train caseworkers" {
                status <|on-track|>
                target quality
                milestone 2024-03-31 "Training designed" missed
                milestone 2024-06-30 "First cohort trained" missed
              }
            }`,
        [contradicts('1.1', 'on-track', 'its milestone due 2024-03-31 was missed, its milestone due 2024-06-30 was missed '
            + 'and measure quality is behind its expected path')], 'warning');
    });

    test('is silent for a status that admits the problem, for no status, and for not-started', async () => {
        for (const status of ['at-risk', 'off-track', 'not-started', '']) {
            await expectNoRule(services, 'status-contradicts', `${PLAN}${BEHIND}
                area 1 "A" {
                  action 1.1 "Train caseworkers" {
                    ${status ? `status ${status}` : ''}
                    target quality
                    milestone 2024-06-30 "First cohort trained" missed
                  }
                }`);
            await resetWorkspace(services);
        }
    });

    test('is silent while milestones are met, upcoming or merely overdue, and measures on or ahead of their path', async () => {
        // A passed milestone not yet marked is overdue-milestone's finding, not a contradiction.
        await expectNoRule(services, 'status-contradicts', `${PLAN}${ON_PATH}
            area 1 "A" {
              action 1.1 "Train caseworkers" {
                status on-track
                target timeliness
                target "Caseworkers trained" 100 percent by 2024-12-31 from 20 on 2024-01-15
                milestone 2024-03-31 "Training designed" met
                milestone 2024-06-30 "First cohort trained"
                milestone 2024-12-31 "All caseworkers trained"
              }
            }`);
    });

    test('counts a milestone marked missed whatever its date', async () => {
        await expectRule(services, 'status-contradicts', `${PLAN}
            area 1 "A" {
              action 1.1 "Train caseworkers" {
                status <|on-track|>
                milestone 2024-12-31 "All caseworkers trained" missed
              }
            }`,
        [contradicts('1.1', 'on-track', 'its milestone due 2024-12-31 was missed')], 'warning');
    });

    test('reads the measure at the as-of date given to the checker', async () => {
        const text = (marked: boolean) => `${PLAN}${BEHIND.replace('actual 44 on 2024-06-30', 'actual 44 on 2024-06-30\n              actual 56 on 2024-08-31')}
            area 1 "A" {
              action 1.1 "Train caseworkers" {
                status ${marked ? '<|on-track|>' : 'on-track'}
                target quality
              }
            }`;
        // At the plan's date (1 September) the August actual is ahead; at the end of July, June's is behind.
        await expectNoRule(services, 'status-contradicts', text(false));
        services.appl.config.ProjectConfig.asOfOverride = '2024-07-31';
        await resetWorkspace(services);
        await expectRule(services, 'status-contradicts', text(true),
            [contradicts('1.1', 'on-track', 'measure quality is behind its expected path')], 'warning');
    });

    test('reads a measure declared in an imported file at the plan\'s as-of date', async () => {
        const measures = BEHIND.replace('actual 44 on 2024-06-30', 'actual 44 on 2024-06-30\n              actual 30 on 2024-12-31');
        await expectRule(services, 'status-contradicts', `import "measures.appl"
            ${PLAN}
            area 1 "A" {
              action 1.1 "Train caseworkers" {
                status <|on-track|>
                target quality
              }
            }`,
        [contradicts('1.1', 'on-track', 'measure quality is behind its expected path')], 'warning', { 'measures.appl': measures });
    });

    test('waits for a target measure that does not resolve, and ignores inline targets', async () => {
        await expectNoRule(services, 'status-contradicts', `${PLAN}${BEHIND}
            area 1 "A" {
              action 1.1 "Train caseworkers" {
                status on-track
                target qualty
                target "Caseworkers trained" 10 percent by 2024-12-31 from 20 on 2024-01-15
              }
            }`);
    });

    test('reports beside behind-trajectory and a missed milestone, each on its own line', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': `${PLAN}${BEHIND}
            area 1 "A" {
              action 1.1 "Train caseworkers" {
                status on-track
                target quality
                milestone 2024-06-30 "First cohort trained" missed
              }
            }` }))['plan.appl'];
        const lines = (rule: string) => findings(diagnostics, rule).map(d => d.range.start.line);
        expect(lines('behind-trajectory')).toEqual([5]);
        expect(lines('status-contradicts')).toEqual([9]);
        expect(findings(diagnostics, 'status-contradicts').map(d => d.message)).toEqual([contradicts('1.1', 'on-track',
            'its milestone due 2024-06-30 was missed and measure quality is behind its expected path')]);
    });

    test('does not throw on half-typed actions and milestones', async () => {
        await expectRule(services, 'status-contradicts', `${PLAN}
            area 1 "A" {
              action 1.1 "Train caseworkers" {
                status <|on-track|>
                milestone "Undated" missed
                milestone 2024-06-30
                target
              }
            }`,
        [contradicts('1.1', 'on-track', 'its milestone was missed')], 'warning');
        await resetWorkspace(services);
        const diagnostics = (await checkFiles(services, { 'plan.appl': `${PLAN}\narea 1 "A" { action 1.1 "T" { status milestone 2024-06-30 "x" missed` }))['plan.appl'];
        expect(findings(diagnostics, 'status-contradicts')).toEqual([]);
    });
});
