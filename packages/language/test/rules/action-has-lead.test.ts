import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('action-has-lead', () => {
    test('reports an action without a lead on its number', async () => {
        await expectRule(services, 'action-has-lead', `
            area 1 "Leadership" {
              action <|1.1|> "Agree the SEND strategy" { due 2020-06-30 }
            }`,
        ['Action 1.1 has no lead. Add "lead <person-id>".'], 'error');
    });

    test('is silent when the action names its lead', async () => {
        await expectNoRule(services, 'action-has-lead', `
            person jane "Jane Doe" role "Head of SEND"
            area 1 "Leadership" {
              action 1.1 "Agree the SEND strategy" { lead jane }
            }`);
    });

    test('reports on the keyword while the action has no number yet', async () => {
        await expectRule(services, 'action-has-lead', `
            area 1 "Leadership" {
              <|action|> "Agree the SEND strategy" { }
            }`,
        ['This action has no lead. Add "lead <person-id>".'], 'error');
    });
});
