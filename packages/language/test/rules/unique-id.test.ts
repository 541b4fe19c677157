import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('unique-id', () => {
    test('reports the second of two weaknesses, measures and actions with one id', async () => {
        await expectRule(services, 'unique-id', `
            inspection revisit {
              weakness W1 "First"
              weakness <|W1|> "Second"
            }
            measure m "M" { }
            measure <|m|> "M again" { }
            area 1 "A" { action 1.1 "One" { } }
            area 2 "B" { action <|1.1|> "Two" { } }`,
        [
            'Another weakness in this file is already called W1 (line 3). Give each weakness its own id.',
            'Another measure in this file is already called m (line 6). Give each measure its own id.',
            'Another action in this file is already called 1.1 (line 8). Give each action its own id.',
        ], 'error');
    });

    test('treats people and organisations as one kind, since both can be members or partners', async () => {
        await expectRule(services, 'unique-id', `
            organisation pcf "Parent Carer Forum"
            person <|pcf|> "Pat Carer"`,
        ['Another person or organisation in this file is already called pcf (line 2). Give each person or organisation its own id.'], 'error');
    });

    test('reports an id already declared in an imported file', async () => {
        await expectRule(services, 'unique-id', `
            import "people.appl"
            person <|jane|> "Jane Again"`,
        ['A person or organisation called jane is already declared in people.appl. Give this one another id, or use the imported one.'],
        'error', { 'people.appl': 'person jane "Jane Doe"' });
    });

    test('allows one id for things of different kinds', async () => {
        await expectNoRule(services, 'unique-id', `
            inspection revisit { weakness W3 "Weakness" }
            area W3 "Area named like the weakness" { action 3 "Action" { } }
            measure 3 "Measure" { }`);
    });
});
