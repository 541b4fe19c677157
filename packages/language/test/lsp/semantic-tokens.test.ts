import { afterEach, describe, expect, test } from 'vitest';
import { highlightHelper, expectSemanticToken } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { createLspTestServices, reset } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

const TEXT = `organisation <|pcf|> "Parent Carer Forum"
person <|jane-doe|> "Jane Doe" at <|pcf|>
inspection revisit { weakness <|W7|> "Quality." not-sufficient }
measure <|ehcp-quality|> "EHC plans" {}
area <|3|> "Quality" addresses <|W7|> {
  action <|3.1|> "Train" { lead <|jane-doe|> target <|ehcp-quality|> partners missing-person }
}
board <|b|> "Board" { members <|pcf|> }
`;

describe('semantic tokens', () => {
    test('colours each id by what it names, declarations marked as such', async () => {
        const tokens = await highlightHelper(services)(TEXT);
        const declaration = SemanticTokenModifiers.declaration;
        const expected: Array<[string, string, string?]> = [
            ['pcf', SemanticTokenTypes.class, declaration],
            ['jane-doe', SemanticTokenTypes.variable, declaration],
            ['pcf', SemanticTokenTypes.class],
            ['W7', SemanticTokenTypes.enumMember, declaration],
            ['ehcp-quality', SemanticTokenTypes.property, declaration],
            ['3', SemanticTokenTypes.namespace, declaration],
            ['W7', SemanticTokenTypes.enumMember],
            ['3.1', SemanticTokenTypes.function, declaration],
            ['jane-doe', SemanticTokenTypes.variable],
            ['ehcp-quality', SemanticTokenTypes.property],
            ['b', SemanticTokenTypes.struct, declaration],
            ['pcf', SemanticTokenTypes.class],
        ];
        expect(tokens.tokens.map(token => token.text)).toEqual(expected.map(([text]) => text));
        expected.forEach(([, tokenType], rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        const modifiers = tokens.tokens.map(token => token.tokenModifiers);
        const declarationBit = services.lsp.SemanticTokenProvider!.tokenModifiers[declaration];
        expect(modifiers).toEqual(expected.map(([, , modifier]) => (modifier ? declarationBit : 0)));
    });

    test('a name that refers to nothing keeps the grammar\'s colour', async () => {
        const tokens = await highlightHelper(services)('area 1 "A" { action 1.1 "B" { lead nobody } }');
        expect(tokens.tokens.map(token => token.text)).toEqual(['1', '1.1']);
    });
});
