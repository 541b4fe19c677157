import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('plan-header', () => {
    test('reports the missing type, local area and period on the title', async () => {
        await expectRule(services, 'plan-header', 'plan <|"Medway APP"|> { agreed 2020-03-20 }',
            ['The plan header has no "type", "local-area" and "period". Add type APP, local-area "Medway", '
                + 'period 2020-03-01 to 2021-09-30: a reviewer reads these first.'], 'error');
    });

    test('names the one clause that is missing', async () => {
        await expectRule(services, 'plan-header', 'plan <|"Medway APP"|> { type APP local-area "Medway" }',
            ['The plan header has no "period". Add period 2020-03-01 to 2021-09-30: a reviewer reads these first.'], 'error');
    });

    test('is silent for a complete header', async () => {
        await expectNoRule(services, 'plan-header', 'plan "Medway APP" { type APP local-area "Medway" period 2020-03-01 to 2021-09-30 }');
    });

    test('is silent in a file without a plan', async () => {
        await expectNoRule(services, 'plan-header', 'person jane "Jane Doe"');
    });
});

describe('plan-header on half-typed text', () => {
    test('waits for a clause whose keyword is typed without its value', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': 'plan "P" { type APP period 2020-03-01 to 2021-09-30 local-area }' }))['plan.appl'];
        expect(findings(diagnostics, 'syntax-error')).not.toEqual([]);
        expect(findings(diagnostics, 'plan-header')).toEqual([]);
    });
});
