import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const PLAN = 'plan "P" { period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }';
const PLAN_DATE = 'the plan\'s as-of date (2024-09-01)';

function write(asOf: string): string {
    return `Add "update ${asOf} \\"<what has happened since, and what comes next>\\""`;
}

function noUpdate(action: string, started: string, at = PLAN_DATE, asOf = '2024-09-01'): string {
    return `Action ${action} started on ${started} and has no progress update at ${at}. ${write(asOf)}: `
        + 'reviewers ask for an update on every action.';
}

function oldUpdate(action: string, date: string, days: number, at = PLAN_DATE, asOf = '2024-09-01'): string {
    return `Action ${action}'s latest update is dated ${date}, ${days} days before ${at}. ${write(asOf)}: `
        + 'reviewers ask for an update on every action every quarter.';
}

describe('progress-update', () => {
    test('reports an action started before the as-of date without an update, on its number', async () => {
        await expectRule(services, 'progress-update', `${PLAN}
            area 1 "Quality of EHC plans" {
              action <|1.1|> "Train caseworkers" { start 2024-02-01 due 2025-03-31 }
            }`,
        [noUpdate('1.1', '2024-02-01')], 'warning');
    });

    test('takes 92 days as a quarter: an update 92 days old is enough, 93 days is not', async () => {
        await expectRule(services, 'progress-update', `${PLAN}
            area 1 "A" {
              action 1.1 "T" { start 2024-01-01 update 2024-06-01 "Cohort one trained" }
              action <|1.2|> "T" { start 2024-01-01 update 2024-05-31 "Cohort one trained" }
              action 1.3 "T" { start 2024-01-01 update 2024-09-01 "Written on the as-of date" }
            }`,
        [oldUpdate('1.2', '2024-05-31', 93)], 'warning');
    });

    test('reads the latest update, in date order whatever the order written', async () => {
        await expectRule(services, 'progress-update', `${PLAN}
            area 1 "A" {
              action 1.1 "T" {
                start 2024-01-01
                update 2024-08-15 "Second cohort booked"
                update 2024-02-01 "Training designed"
              }
              action <|1.2|> "T" {
                start 2024-01-01
                update 2024-04-30 "Draft template shared"
                update 2024-02-01 "Work started"
              }
            }`,
        [oldUpdate('1.2', '2024-04-30', 124)], 'warning');
    });

    test('does not count an update dated after the as-of date, or on a date that does not exist', async () => {
        await expectRule(services, 'progress-update', `${PLAN}
            area 1 "A" {
              action <|1.1|> "T" { start 2024-01-01 update 2024-10-01 "Written later" }
              action <|1.2|> "T" { start 2024-01-01 update 2024-08-32 "Not a date" update 2024-04-30 "Draft shared" }
            }`,
        [noUpdate('1.1', '2024-01-01'), oldUpdate('1.2', '2024-04-30', 124)], 'warning');
    });

    test('asks a complete action for one update, its closing note, of any age', async () => {
        await expectRule(services, 'progress-update', `${PLAN}
            area 1 "A" {
              action 1.1 "T" { start 2024-01-01 status complete update 2024-02-28 "Done: all caseworkers trained" }
              action <|1.2|> "T" { start 2024-01-01 status complete }
            }`,
        [noUpdate('1.2', '2024-01-01')], 'warning');
    });

    test('starts counting at the action\'s start, else the plan\'s: not before the as-of date', async () => {
        await expectRule(services, 'progress-update', `${PLAN}
            area 1 "A" {
              action 1.1 "Starts on the as-of date" { start 2024-09-01 }
              action 1.2 "Starts later" { start 2024-10-01 }
              action <|1.3|> "Started the day before" { start 2024-08-31 }
              action <|1.4|> "Starts with the plan" { due 2025-03-31 }
            }`,
        [noUpdate('1.3', '2024-08-31'), noUpdate('1.4', '2024-01-01')], 'warning');
    });

    test('is silent without an as-of date, or without any start date', async () => {
        await expectNoRule(services, 'progress-update', `plan "P" { period 2024-01-01 to 2025-06-30 }
            area 1 "A" { action 1.1 "T" { start 2024-01-01 } }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'progress-update', `plan "P" { as-of 2024-09-01 }
            area 1 "A" { action 1.1 "T" { due 2025-03-31 } }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'progress-update', 'area 1 "A" { action 1.1 "T" { start 2024-01-01 } }');
    });

    test('uses the as-of date given to the checker, and names it', async () => {
        services.appl.config.ProjectConfig.asOfOverride = '2024-12-01';
        const checker = 'the as-of date given to the checker (2024-12-01)';
        await expectRule(services, 'progress-update', `${PLAN}
            area 1 "A" {
              action <|1.1|> "T" { start 2024-01-01 update 2024-08-15 "Second cohort booked" }
              action <|1.2|> "T" { start 2024-10-01 }
            }`,
        [oldUpdate('1.1', '2024-08-15', 108, checker, '2024-12-01'), noUpdate('1.2', '2024-10-01', checker, '2024-12-01')], 'warning');
        services.appl.config.ProjectConfig.asOfOverride = '2024-03-01';
        await resetWorkspace(services);
        await expectNoRule(services, 'progress-update', `${PLAN}
            area 1 "A" { action 1.1 "T" { start 2024-01-01 update 2024-02-15 "Training designed" } }`);
    });

    test('does not throw on half-typed updates and actions, and waits while an update is typed', async () => {
        await expectRule(services, 'progress-update', `${PLAN}
            area 1 "A" {
              action 1.1 "T" {
                start 2024-01-01
                update "No date yet"
                update
              }
            }`,
        [], 'warning');
        await resetWorkspace(services);
        // A dated update whose text is still to be typed counts: the syntax error asks for the text.
        await expectRule(services, 'progress-update', `${PLAN}
            area 1 "A" { action 1.1 "T" { start 2024-01-01 update 2024-08-15 } }`, [], 'warning');
        await resetWorkspace(services);
        const diagnostics = (await checkFiles(services, { 'plan.appl': `${PLAN}\narea 1 "A" { action 1.1 "T" { start` }))['plan.appl'];
        expect(findings(diagnostics, 'progress-update')).toEqual([]);
    });
});
