import { afterEach, describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { checkPlans } from '../../src/index.js';
import { createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

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

    test('reports an import outside the plan\'s project (here the plan\'s folder: no appl.config.json or .git above it)', async () => {
        await expectRule(services, 'unresolved-reference', `
            import <|"../elsewhere/people.appl"|>
            import <|"/etc/people.appl"|>`,
        [
            'Cannot import "../elsewhere/people.appl": it lies outside this plan\'s project folder (plans). A plan imports only files inside its project: the workspace folder, or the folder holding appl.config.json or .git.',
            'Cannot import "/etc/people.appl": it lies outside this plan\'s project folder (plans). A plan imports only files inside its project: the workspace folder, or the folder holding appl.config.json or .git.',
        ], 'error');
    });

    test('does not let a plan see a file outside its project, even one already loaded', async () => {
        const [plan] = await checkPlans(services.appl, [
            { uri: URI.parse('file:///plans/plan.appl'), text: 'import "../elsewhere/people.appl"\narea 1 "A" { action 1.1 "T" { lead jane } }' },
            { uri: URI.parse('file:///elsewhere/people.appl'), text: 'person jane "Jane Doe"' },
        ]);
        expect(findings(plan.diagnostics, 'unresolved-reference').map(d => d.message).sort()).toEqual([
            'Cannot import "../elsewhere/people.appl": it lies outside this plan\'s project folder (plans). A plan imports only files inside its project: the workspace folder, or the folder holding appl.config.json or .git.',
            'No person called jane is declared in this file or in a file it imports. A person must be declared before it can be referred to; check the spelling or add an import.',
        ]);
    });

    test('reports an import path that no file can have: empty, a lone UTF-16 surrogate, a NUL', async () => {
        await expectRule(services, 'unresolved-reference', 'import <|""|>\nimport <|"\ud800.appl"|>\nimport <|"a\u0000.appl"|>', [
            'This import names no file. Write the path of a .appl file, relative to this file.',
            'The import path "\\ud800.appl" cannot name a file: it holds a character no file name can hold. Retype the path.',
            'The import path "a\\u0000.appl" cannot name a file: it holds a character no file name can hold. Retype the path.',
        ], 'error');
    });

    test('suggests no name for one longer than any id a person types (over 100 characters)', async () => {
        const long = `p-${'x'.repeat(200)}`;
        await expectRule(services, 'unresolved-reference', `person ${long} "P"\narea 1 "A" { action 1.1 "T" { lead <|${long}y|> } }`,
            [`No person called ${long}y is declared in this file or in a file it imports. A person must be declared before it can be referred to; check the spelling or add an import.`], 'error');
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
