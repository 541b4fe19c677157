import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('expect-path', () => {
    test('reports an expected value outside the baseline-to-target path, on its value', async () => {
        await expectRule(services, 'expect-path', `
            measure ehcp-quality "EHC plans audited as good or better" {
              unit percent
              baseline 35 on 2020-01-31
              target 70 by 2021-03-31
              expect 45 by 2020-06-30
              expect <|80|> by 2020-09-30
              expect 65 by 2020-12-31
            }`,
        ['Measure ehcp-quality expects 80 by 2020-09-30, outside the path from its baseline 35 to its target 70. '
            + 'Write a value from 35 to 70.'], 'warning');
    });

    test('reports a value that goes back, taking the expected values in date order', async () => {
        await expectRule(services, 'expect-path', `
            measure ehcp-quality "EHC plans audited as good or better" {
              baseline 35 on 2020-01-31
              target 70 by 2021-03-31
              expect <|60|> by 2020-12-31
              expect 45 by 2020-06-30
              expect 65 by 2020-09-30
            }`,
        ['Measure ehcp-quality expects 60 by 2020-12-31, less than the 65 expected by 2020-09-30: the expected values '
            + 'should rise from 35 to 70 without going back. Write 65 or more, or correct the dates.'], 'warning');
    });

    test('expects a falling path when the target is below the baseline', async () => {
        await expectRule(services, 'expect-path', `
            measure camhs-wait "Weeks waited for a first CAMHS appointment" {
              unit weeks
              direction decrease
              baseline 30 on 2020-01-31
              target 18 by 2021-03-31
              expect 24 by 2020-06-30
              expect 24 by 2020-09-30
              expect <|26|> by 2020-12-31
            }
            measure waiting "Weeks waited for an autism assessment" {
              baseline 40 on 2020-01-31
              target 20 by 2021-03-31
              expect 30 by 2020-06-30
              expect <|35|> by 2020-09-30
            }`,
        [
            'Measure camhs-wait expects 26 by 2020-12-31, more than the 24 expected by 2020-09-30: the expected values '
                + 'should fall from 30 to 18 without going back. Write 24 or less, or correct the dates.',
            'Measure waiting expects 35 by 2020-09-30, more than the 30 expected by 2020-06-30: the expected values '
                + 'should fall from 40 to 20 without going back. Write 30 or less, or correct the dates.',
        ], 'warning');
    });

    test('reports an expected value not dated between the baseline and the target, on its date', async () => {
        await expectRule(services, 'expect-path', `
            measure m "M" {
              baseline 35 on 2020-01-31
              target 70 by 2021-03-31
              expect 35 by <|2020-01-31|>
              expect 50 by 2020-06-30
              expect 70 by <|2021-03-31|>
            }`,
        [
            'Measure m expects 35 by 2020-01-31, not after its baseline date (2020-01-31). An expected value lies on the way '
                + 'from the baseline to the target: date it after 2020-01-31 and before 2021-03-31.',
            'Measure m expects 70 by 2021-03-31, not before its target date (2021-03-31). An expected value lies on the way '
                + 'from the baseline to the target: date it after 2020-01-31 and before 2021-03-31.',
        ], 'warning');
    });

    test('is silent for a path that never goes back, its ends and repeated values included', async () => {
        await expectNoRule(services, 'expect-path', `
            measure ehcp-quality "EHC plans audited as good or better" {
              direction increase
              baseline 35 on 2020-01-31
              target 70 by 2021-03-31
              expect 35 by 2020-03-31
              expect 45 by 2020-06-30
              expect 45 by 2020-09-30
              expect 70 by 2021-03-30
            }`);
    });

    test('asks for the baseline value itself when the target equals it', async () => {
        await expectRule(services, 'expect-path', `
            measure m "Pupils with SEND excluded" {
              baseline 12 on 2020-01-31
              target 12 by 2021-03-31
              expect <|14|> by 2020-06-30
            }`,
        ['Measure m expects 14 by 2020-06-30, outside the path from its baseline 12 to its target 12. Write 12.'], 'warning');
    });

    test('leaves the order to target-direction when the target goes against the declared direction', async () => {
        await expectRule(services, 'expect-path', `
            measure m "M" {
              direction increase
              baseline 50 on 2020-01-31
              target 40 by 2021-03-31
              expect 45 by 2020-06-30
              expect 48 by 2020-09-30
              expect <|55|> by 2020-12-31
            }`,
        ['Measure m expects 55 by 2020-12-31, outside the path from its baseline 50 to its target 40. Write a value from 40 to 50.'],
        'warning');
    });

    test('is silent while the baseline or the target is missing, and skips dates that do not exist', async () => {
        await expectNoRule(services, 'expect-path', `
            measure m "M" { baseline 35 on 2020-01-31 expect 80 by 2020-06-30 }
            measure n "N" { target 70 by 2021-03-31 expect 80 by 2020-06-30 }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'expect-path', `
            measure m "M" {
              baseline 35 on 2020-01-31
              target 70 by 2021-02-30
              expect 50 by 2020-06-31
              expect 60 by 2021-03-15
            }`);
    });

    test('does not throw on half-typed values and dates, and checks what is there', async () => {
        await expectRule(services, 'expect-path', `
            measure m "M" {
              baseline 35 on 2020-01-31
              target 70 by 2021-03-31
              expect by 2020-06-30
              expect <|80|> by
              expect
            }
            measure n "N" { baseline 35 on 2020-01-31 target by 2021-03-31 expect 80 by 2020-06-30 }`,
        ['Measure m expects 80, outside the path from its baseline 35 to its target 70. Write a value from 35 to 70.'], 'warning');
    });
});
