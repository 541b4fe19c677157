import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { lookAlikeNamed } from './look-alike-tokens.js';

/**
 * Gives a look-alike token the value its author meant (30/06/2025 becomes 2025-06-30, text in curly
 * quotes its words), so that the file is checked as intended while the lexer reports how to write it.
 */
export class ApplValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        const lookAlike = 'tokenType' in cstNode ? lookAlikeNamed((cstNode as { tokenType: { name: string } }).tokenType.name) : undefined;
        return lookAlike ? lookAlike.value(input) : super.runConverter(rule, input, cstNode);
    }
}
