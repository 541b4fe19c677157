// Go to definition, find references and document highlight: one file and across imports.
import { afterEach, describe, expect, test } from 'vitest';
import { expectFindReferences, expectGoToDefinition, expectHighlight } from 'langium/test';
import { addFiles, createLspTestServices, PEOPLE, planUri, reset } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

const PLAN = `import "people.appl"
inspection revisit {
  weakness <|W7|> "The quality of EHC plans was not acceptable." not-sufficient
}
area 3 "Quality" addresses <|>W7 {
  action 3.1 "Train" { lead jane-doe addresses <|>W7 }
}
review 2021-01-20 { outcome <|>W7 sufficient }
`;

describe('go to definition', () => {
    test('goes from a weakness\'s id to its declaration', async () => {
        await addFiles(services, { 'people.appl': PEOPLE });
        for (const index of [0, 1, 2]) {
            await expectGoToDefinition(services)({
                text: PLAN, index, rangeIndex: 0, parseOptions: { documentUri: planUri('plan.appl').toString() }, disposeAfterCheck: true,
            });
        }
    });

    test('goes from a lead to the person declared in the imported file', async () => {
        const { 'plan.appl': plan } = await addFiles(services, { 'people.appl': PEOPLE, 'plan.appl': PLAN.replace(/<\|>|<\||\|>/g, '') });
        const text = plan.textDocument.getText();
        const links = await services.lsp.DefinitionProvider!.getDefinition(plan, {
            textDocument: { uri: plan.uri.toString() }, position: plan.textDocument.positionAt(text.indexOf('jane-doe') + 2),
        });
        expect(links?.map(link => ({ uri: link.targetUri, range: link.targetSelectionRange }))).toEqual([{
            uri: planUri('people.appl').toString(),
            range: { start: { line: 2, character: 7 }, end: { line: 2, character: 15 } },
        }]);
    });
});

describe('find references', () => {
    test('finds every use of a weakness, with or without its declaration', async () => {
        const text = `inspection revisit {
  weakness <|W<|>7|> "The quality of EHC plans was not acceptable." not-sufficient
}
area 3 "Quality" addresses <|W7|> {
  action 3.1 "Train" { addresses <|W7|> }
}
review 2021-01-20 { outcome <|W7|> sufficient }
`;
        await expectFindReferences(services)({ text, includeDeclaration: true, disposeAfterCheck: true });
        await expectFindReferences(services)({ text: text.replace('<|W<|>7|>', 'W<|>7'), includeDeclaration: false, disposeAfterCheck: true });
    });

    test('finds the uses of a person in the files that import it', async () => {
        const plan = 'import "people.appl"\narea 1 "A" { action 1.1 "B" { lead jane-doe partners sam-lee, jane-doe } }\n';
        const { 'people.appl': people } = await addFiles(services, { 'people.appl': PEOPLE, 'plan.appl': plan });
        const references = await services.lsp.ReferencesProvider!.findReferences(people, {
            textDocument: { uri: people.uri.toString() },
            position: { line: 2, character: 9 },
            context: { includeDeclaration: false },
        });
        const line = plan.split('\n')[1];
        const at = (column: number) => ({ start: { line: 1, character: column }, end: { line: 1, character: column + 'jane-doe'.length } });
        expect(references.map(location => ({ uri: location.uri, range: location.range }))).toEqual([
            { uri: planUri('plan.appl').toString(), range: at(line.indexOf('jane-doe')) },
            { uri: planUri('plan.appl').toString(), range: at(line.lastIndexOf('jane-doe')) },
        ]);
        expect(at(line.indexOf('jane-doe')).start.character).toBe(35);
    });
});

describe('document highlight', () => {
    test('highlights a measure\'s declaration and its uses in the file', async () => {
        await expectHighlight(services)({
            text: `measure <|ehcp-q<|>uality|> "EHC plans audited as good or better" {}
area 3 "Quality" {
  action 3.1 "Audit" { target <|ehcp-quality|> }
  action 3.2 "Train" { target "Caseworkers trained" 100 percent by 2020-09-30 }
}
review 2021-01-20 { looking-for "Better plans" answered-by 3.1, <|ehcp-quality|> }
`,
            index: 0,
            disposeAfterCheck: true,
        });
    });
});
