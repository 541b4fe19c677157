import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('unresolved-reference', () => {
    test('reports a mistyped name with the closest declared name', async () => {
        await expectRule(services, 'unresolved-reference', `
            person jane-doe "Jane Doe"
            area 1 "A" { action 1.1 "Train staff" { lead <|jane-doo|> } }`,
        ['No person called jane-doo is declared in this file or in a file it imports. Did you mean jane-doe?'], 'error');
    });

    test('reports a name with nothing close, saying how to declare it', async () => {
        await expectRule(services, 'unresolved-reference', `
            area 1 "A" addresses <|W9|> { }
            measure m "M" { }
            area 2 "B" { action 2.1 "T" { target <|attendance|> } }`,
        [
            'No weakness called W9 is declared in this file or in a file it imports. A weakness must be declared before it can be referred to; check the spelling or add an import.',
            'No measure called attendance is declared in this file or in a file it imports. A measure must be declared before it can be referred to; check the spelling or add an import.',
        ], 'error');
    });

    test('reports an import of a file that does not exist on its path', async () => {
        await expectRule(services, 'unresolved-reference', `import <|"medway-peple.appl"|>`,
            ['Cannot find the file "medway-peple.appl" to import. Check its name and folder: the path is relative to this file.'], 'error');
    });

    test('resolves names declared in an imported file, and in the files it imports', async () => {
        await expectNoRule(services, 'unresolved-reference', `
            import "people.appl"
            area 1 "A" addresses W1 { action 1.1 "Train staff" { lead jane partners pcf } }`,
        {
            'people.appl': 'import "findings.appl"\nperson jane "Jane Doe" at pcf',
            'findings.appl': 'organisation pcf "Parent Carer Forum"\ninspection revisit { weakness W1 "W" }',
        });
    });

    test('does not resolve names from a file that is not imported', async () => {
        await expectRule(services, 'unresolved-reference', `
            area 1 "A" { action 1.1 "Train staff" { lead <|jane|> } }`,
        ['No person called jane is declared in this file or in a file it imports. A person must be declared before it can be referred to; check the spelling or add an import.'],
        'error', { 'people.appl': 'person jane "Jane Doe"' });
    });
});
