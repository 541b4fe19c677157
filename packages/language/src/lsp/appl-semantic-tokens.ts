import { AstUtils, isReference, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';

/**
 * Semantic highlighting, on top of the TextMate grammar (which colours keywords, text, dates, numbers
 * and comments): every id gets the colour of what it names, the same where it is declared (with the
 * `declaration` modifier) and wherever it is used, so that a weakness, a measure, a person and an
 * action look different at a glance. Names that refer to nothing keep the grammar's colour.
 */
export const TOKEN_TYPE_OF: Readonly<Record<string, string>> = {
    Weakness: SemanticTokenTypes.enumMember,
    Requirement: SemanticTokenTypes.enumMember,
    Measure: SemanticTokenTypes.property,
    Person: SemanticTokenTypes.variable,
    Organisation: SemanticTokenTypes.class,
    Area: SemanticTokenTypes.namespace,
    Action: SemanticTokenTypes.function,
    Board: SemanticTokenTypes.struct,
    Notice: SemanticTokenTypes.struct,
};

export class ApplSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = TOKEN_TYPE_OF[node.$type];
        if (type && typeof (node as { name?: unknown }).name === 'string') {
            acceptor({ node, property: 'name' as never, type, modifier: SemanticTokenModifiers.declaration });
        }
        for (const { reference } of AstUtils.streamReferences(node)) {
            const target = isReference(reference) ? reference.ref : undefined;
            const targetType = target ? TOKEN_TYPE_OF[target.$type] : undefined;
            if (targetType && reference.$refNode) {
                acceptor({ cst: reference.$refNode, type: targetType });
            }
        }
    }
}
