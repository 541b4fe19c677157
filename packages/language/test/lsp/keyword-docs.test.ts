import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { ApplGrammar } from '../../src/generated/grammar.js';
import { KEYWORD_DOCS, keywordSummary } from '../../src/lsp/appl-keyword-docs.js';

describe('keyword explanations', () => {
    test('every word of the language is explained, and nothing else', () => {
        const keywords = new Set(AstUtils.streamAllContents(ApplGrammar()).filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value).filter(value => /\p{L}/u.test(value)));
        expect(Object.keys(KEYWORD_DOCS).sort()).toEqual([...keywords].sort());
    });

    test('the completion list shows the first sentence, without code marks', () => {
        expect(keywordSummary('lead')).toBe('The person who leads the action: lead jane-doe.');
        expect(keywordSummary('import')).toBe('Makes the ids declared in another .appl file usable here: import "medway-people.appl".');
        expect(keywordSummary('not-a-keyword')).toBeUndefined();
    });
});
