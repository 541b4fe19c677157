import type { Grammar } from 'langium';
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { GrammarVocabulary } from './grammar-vocabulary.js';
import { SyntaxMessages } from './syntax-messages.js';

/**
 * The parser's error messages in the author's words (see SyntaxMessages), instead of Chevrotain's
 * token names ("Expecting token of type 'EOF'…"). Registered as `parser.ParserErrorMessageProvider`.
 */
export class ApplParserErrorMessageProvider implements IParserErrorMessageProvider {
    readonly messages: SyntaxMessages;

    constructor(grammar: Grammar) {
        this.messages = new SyntaxMessages(new GrammarVocabulary(grammar));
    }

    buildMismatchTokenMessage({ expected, actual, previous, ruleName }: { expected: TokenType, actual: IToken, previous: IToken, ruleName: string }): string {
        return this.messages.mismatch(plain(ruleName), expected.name, actual, present(previous));
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken, ruleName: string }): string {
        return this.messages.atTopLevel(firstRedundant);
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }: {
        expectedPathsPerAlt: TokenType[][][], actual: IToken[], previous: IToken, ruleName: string,
    }): string {
        return this.noWayOn(plain(ruleName), expectedPathsPerAlt.flat(), actual, previous);
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }: {
        expectedIterationPaths: TokenType[][], actual: IToken[], previous: IToken, ruleName: string,
    }): string {
        return this.noWayOn(plain(ruleName), expectedIterationPaths, actual, previous);
    }

    /** Finds the token where the look-ahead paths part from the text, and what could have stood there. */
    private noWayOn(rule: string, paths: TokenType[][], actual: IToken[], previous: IToken): string {
        let at = 0;
        let alive = paths;
        while (at < actual.length - 1) {
            const next = alive.filter(path => path.length > at + 1 && matches(actual[at], path[at]));
            if (next.length === 0) {
                break;
            }
            alive = next;
            at++;
        }
        const expected = [...new Set(alive.map(path => path[at]?.name).filter((name): name is string => Boolean(name)))];
        return this.messages.noViableAlternative(rule, expected, actual[at] ?? actual[0], at > 0 ? actual[at - 1] : present(previous));
    }
}

/** Chevrotain's rule names carry Langium's invisible suffix. */
function plain(ruleName: string): string {
    return ruleName.replace(/\u200B/g, '');
}

/** Chevrotain passes a token with no place when there is none before (the start of the file). */
function present(token: IToken | undefined): IToken | undefined {
    return token && Number.isFinite(token.startOffset) && token.startOffset >= 0 ? token : undefined;
}

function matches(token: IToken, type: TokenType): boolean {
    return token.tokenType.name === type.name || (token.tokenType.CATEGORIES ?? []).some(category => category.name === type.name);
}
