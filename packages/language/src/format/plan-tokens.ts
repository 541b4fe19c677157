// The formatter's view of a plan file: a list of tokens and the whitespace before each. It is coarser
// than the parser's lexer (an id, a number and a date are all "words") but never splits one of the
// parser's tokens, and it finds exactly the parser's comments and strings (the only tokens that hold
// whitespace), so re-spacing tokens can never change what a file says. A character the lexer rejects
// (the quote of a string left open, the `/*` of a comment left open, a stray `~`) is a token of its own,
// as it is for the lexer, which then reads on after it: what follows is spaced as the parser reads it.
// A hyphenated keyword written with spaces (`local area`) is one word, as the lexer reads it.
import { HYPHENATED_KEYWORDS } from './plan-layout.js';

export type PlanTokenKind = 'word' | 'string' | 'open' | 'close' | 'comma' | 'line-comment' | 'block-comment' | 'other';

export interface PlanToken {
    kind: PlanTokenKind;
    text: string;
    /** Where the token starts in the text. */
    offset: number;
    /** Line breaks in the whitespace before the token (0: on the same line as the previous token). */
    newlinesBefore: number;
    /** The whitespace between the previous token (or the start) and this one, as written. */
    spaceBefore: string;
    /** No whitespace at all between this token and the previous one. */
    glued: boolean;
}

/** The grammar's terminals that hold whitespace, exactly (a test compares them with the grammar). */
export const COMMENT_AND_STRING_TERMINALS = {
    SL_COMMENT: /\/\/[^\n\r]*/y,
    ML_COMMENT: /\/\*[\s\S]*?\*\//y,
    STRING: /"(\\.|[^"\\\r\n])*"/y,
};

const PATTERNS: Array<[PlanTokenKind, RegExp]> = [
    ['line-comment', COMMENT_AND_STRING_TERMINALS.SL_COMMENT],
    ['block-comment', COMMENT_AND_STRING_TERMINALS.ML_COMMENT],
    ['string', COMMENT_AND_STRING_TERMINALS.STRING],
    ['word', /[A-Za-z0-9_]+([-.][A-Za-z0-9_]+)*/y],
    ['open', /\{/y],
    ['close', /\}/y],
    ['comma', /,/y],
];
const WHITESPACE = /\s+/y; // what the grammar's hidden WS terminal skips

/** The tokens of a plan's text, comments included, in order. */
export function tokenizePlan(text: string): PlanToken[] {
    const tokens: PlanToken[] = [];
    let offset = 0;
    let newlines = 0;
    let spaceBefore = '';
    while (offset < text.length) {
        WHITESPACE.lastIndex = offset;
        const space = WHITESPACE.exec(text);
        if (space) {
            newlines += (space[0].match(/\r\n|\r|\n/g) ?? []).length;
            spaceBefore += space[0];
            offset += space[0].length;
            continue;
        }
        const [kind, length] = matchAt(text, offset);
        tokens.push({
            kind, text: text.slice(offset, offset + length), offset, newlinesBefore: newlines, spaceBefore,
            glued: spaceBefore === '' && tokens.length > 0,
        });
        offset += length;
        newlines = 0;
        spaceBefore = '';
    }
    return tokens;
}

/** Hyphenated keywords written with spaces (`local area`), longest first, by their first word. */
const SPACED_KEYWORDS = new Map<string, RegExp[]>();
for (const keyword of [...HYPHENATED_KEYWORDS].sort((a, b) => b.length - a.length)) {
    const [first] = keyword.split('-');
    const pattern = new RegExp(`${keyword.split('-').join('[ \\t]+')}(?![A-Za-z0-9_.-])`, 'y');
    SPACED_KEYWORDS.set(first, [...SPACED_KEYWORDS.get(first) ?? [], pattern]);
}

function matchAt(text: string, offset: number): [PlanTokenKind, number] {
    const [kind, length] = matchPatternAt(text, offset);
    // A word that starts a hyphenated keyword may be the start of that keyword written with spaces.
    for (const pattern of kind === 'word' ? SPACED_KEYWORDS.get(text.slice(offset, offset + length)) ?? [] : []) {
        pattern.lastIndex = offset;
        const match = pattern.exec(text);
        if (match) {
            return ['word', match[0].length];
        }
    }
    return [kind, length];
}

function matchPatternAt(text: string, offset: number): [PlanTokenKind, number] {
    for (const [kind, pattern] of PATTERNS) {
        pattern.lastIndex = offset;
        const match = pattern.exec(text);
        if (match && match[0].length > 0) {
            return [kind, match[0].length];
        }
    }
    // One character the language does not know (or the start of an unpaired surrogate pair).
    const code = text.codePointAt(offset) ?? 0;
    return ['other', code > 0xffff ? 2 : 1];
}
