import { afterEach, describe, expect, test } from 'vitest';
import { expectFoldings } from 'langium/test';
import { FoldingRangeKind } from 'vscode-languageserver';
import { createLspTestServices, reset } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

describe('folding', () => {
    test('folds each block up to the line before its closing brace, and leaves one-line blocks alone', async () => {
        await expectFoldings(services)({
            text: `<|plan "Riverside APP" {
  type APP|>
}
measure m "M" { kind impact }
<|area 3 "Quality" {
  <|action 3.1 "Train" {
    lead jane-doe|>
  }
  action 3.2 "Audit" {}|>
}
`,
            disposeAfterCheck: true,
        });
    });

    test('folds comments of several lines and "// region" … "// endregion" markers', async () => {
        await expectFoldings(services)({
            text: `<|// Riverside APP
// agreed with DfE and NHS England
|>// region Measures
<|/* interim values are
   illustrative |>*/
measure m "M" {}
// endregion
person p "P" // one comment
`,
            disposeAfterCheck: true,
            assert: (foldings, expected) => {
                expect(foldings.map(folding => [folding.startLine, folding.endLine, folding.kind])).toEqual([
                    [0, 1, FoldingRangeKind.Comment],
                    [2, 6, FoldingRangeKind.Region],
                    [3, 4, FoldingRangeKind.Comment],
                ]);
                expect(expected).toHaveLength(2);
            },
        });
    });

    test('a comment with "//" inside quoted text is not a comment', async () => {
        await expectFoldings(services)({
            text: 'person a "see https://example.org" role "x"\nperson b "// not a comment"\nperson c "y"\n',
            disposeAfterCheck: true,
        });
    });
});
