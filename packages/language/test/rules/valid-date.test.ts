import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('valid-date', () => {
    test('reports dates that do not exist, wherever they are written', async () => {
        await expectRule(services, 'valid-date', `
            plan "P" { period 2020-03-01 to <|2021-02-29|> }
            measure m "M" { baseline 3 on <|2020-13-01|> }
            area 1 "A" {
              action 1.1 "Train staff" { milestone <|2020-04-31|> "Trained" }
            }`,
        [
            '2021-02-29 is not a real date: February 2021 has 28 days.',
            '2020-13-01 is not a real date: months run from 01 to 12.',
            '2020-04-31 is not a real date: April 2020 has 30 days.',
        ], 'error');
    });

    test('reads only dates, not date-like text in strings, comments or ids', async () => {
        await expectRule(services, 'valid-date', `
            // drafted 2020-02-30, redrafted 2020-02-31
            plan "P from 2021-02-29" { period 2020-03-01 to 2021-03-01 }
            /* agreed 2020-13-13 */
            area x2020-13-01 "A" {
              action 1.1 "Train staff" { milestone <|2020-06-31|> "Trained by 2020-06-31" }
            }`,
        ['2020-06-31 is not a real date: June 2020 has 30 days.'], 'error');
    });

    test('accepts 29 February in a leap year', async () => {
        await expectNoRule(services, 'valid-date', 'plan "P" { period 2020-02-29 to 2024-02-29 }');
    });
});
