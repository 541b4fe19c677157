import { createParser, LangiumParser, type LangiumCoreServices } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

/** The parts of Chevrotain's parser that its in-rule recovery uses (they are its public recovery API). */
interface RecoveringParser {
    tryInRuleRecovery(expected: TokenType, follows: TokenType[]): IToken;
    doSingleRepetition(action: () => void): boolean;
    readonly errors: unknown[];
    /** The list behind `errors` (which copies it): read at every repetition. */
    readonly _errors?: unknown[];
    LA(howMuch: number): IToken;
    SKIP_TOKEN(): IToken;
    consumeToken(): void;
    getTokenToInsert(type: TokenType): IToken;
    tokenMatcher(token: IToken, type: TokenType): boolean;
}

/**
 * Langium's parser with one more way to recover from a mistake, so that one mistake gives one error
 * and the clauses after it are still read. Chevrotain mends a wrong token by inserting the one it
 * expected, or by deleting one extra token. A plan's mistakes are mostly several words on one line
 * (a title without quotes: action 1.1 Recruit caseworkers {), so this also skips the rest of the
 * mistaken words on the same line: up to the expected token, which is then read, or up to what may
 * come after it (a {, the next clause on the next line), where the expected token is taken as written.
 * It never skips a brace, so a block still ends where its } is.
 */
export class ApplParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        recoverWithinLine(this.wrapper as unknown as RecoveringParser);
        skipWhereStuck(this.wrapper as unknown as RecoveringParser);
    }
}

/** What `parser.LangiumParser` is built with: Langium's createLangiumParser, with ApplParser. */
export function createApplParser(services: LangiumCoreServices): LangiumParser {
    const parser = new ApplParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

function recoverWithinLine(parser: RecoveringParser): void {
    const chevrotainRecovery = parser.tryInRuleRecovery.bind(parser);
    parser.tryInRuleRecovery = (expected, follows) => {
        try {
            return chevrotainRecovery(expected, follows);
        } catch (failure) {
            const skip = wordsToSkip(parser, expected, follows);
            if (skip === undefined) {
                throw failure;
            }
            for (let i = 0; i < skip.count; i++) {
                parser.SKIP_TOKEN();
            }
            if (skip.consume) {
                const token = parser.LA(1);
                parser.consumeToken();
                return token;
            }
            return parser.getTokenToInsert(expected);
        }
    };
}

/** How many tokens to skip on the mistaken line, and whether the next one is the expected token. */
function wordsToSkip(parser: RecoveringParser, expected: TokenType, follows: readonly TokenType[]): { count: number, consume: boolean } | undefined {
    const first = parser.LA(1);
    const line = first.startLine;
    if (line === undefined || !Number.isFinite(line) || isBrace(first)) {
        return undefined;
    }
    for (let k = 2; ; k++) {
        const token = parser.LA(k);
        if (token.tokenType.name === 'EOF' || token.startLine === undefined) {
            return undefined;
        }
        const canFollow = follows.some(type => parser.tokenMatcher(token, type));
        if (token.startLine !== line) {
            return canFollow ? { count: k - 1, consume: false } : undefined;
        }
        if (parser.tokenMatcher(token, expected)) {
            return { count: k - 1, consume: true };
        }
        if (canFollow) {
            return { count: k - 1, consume: false };
        }
        if (isBrace(token)) {
            return undefined;
        }
    }
}

/**
 * A clause that fails on its very first word makes no progress, and Chevrotain then leaves the whole
 * block (a repetition that does not move would loop): "target" on its own line, before the next
 * target, lost every clause after it. When an item of a repetition fails without reading anything,
 * its first word is skipped instead (the error is already recorded) and the block goes on.
 */
function skipWhereStuck(parser: RecoveringParser): void {
    const repeat = parser.doSingleRepetition.bind(parser);
    parser.doSingleRepetition = action => {
        const errors = errorCount(parser);
        if (repeat(action)) {
            return true;
        }
        if (errorCount(parser) > errors && parser.LA(1).tokenType.name !== 'EOF') {
            parser.SKIP_TOKEN();
            return true;
        }
        return false;
    };
}

function errorCount(parser: RecoveringParser): number {
    return parser._errors?.length ?? parser.errors.length;
}

function isBrace(token: IToken): boolean {
    return token.image === '{' || token.image === '}';
}
