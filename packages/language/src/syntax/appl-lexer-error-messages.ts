import type { ILexerErrorMessageProvider, IToken } from 'chevrotain';

/**
 * Characters the language has no use for, in the author's words, with what they probably meant:
 * a colon after a keyword, a % sign, a hyphen between two dates, a # comment. Registered as
 * `parser.LexerErrorMessageProvider`; Chevrotain groups a run of such characters into one error.
 */
export class ApplLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return unexpectedCharacters(fullText, startOffset, length);
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        // The grammar has one lexer mode; kept for the interface.
        return `Unexpected ${token.image}.`;
    }
}

export function unexpectedCharacters(text: string, offset: number, length: number): string {
    const chars = text.slice(offset, offset + length);
    const before = text.slice(Math.max(0, text.lastIndexOf('\n', offset - 1) + 1), offset);
    const first = chars[0];
    switch (first) {
        case ':':
            return 'Leave out the colon: a keyword and its value are written with a space between them, e.g. lead jane-doe.';
        case ';':
            return 'Leave out the semicolon: each clause simply goes on a line of its own.';
        case '=':
            return 'Leave out the = sign: a keyword and its value are written with a space between them, e.g. unit percent.';
        case '%':
            return 'Leave out the % sign: write the number alone and give the unit in words, e.g. unit percent in a measure, or 70 percent in a target.';
        case '#':
            return 'Comments start with //, not #.';
        case '-':
            return /\d{4}-\d{2}-\d{2}\s*$/.test(before)
                ? 'Write to between two dates, e.g. period 2020-03-01 to 2021-09-30.'
                : 'A hyphen on its own means nothing: ids may have - between letters or digits (ehcp-quality), and other text goes in double quotes.';
        case '\'':
            return 'Write text in double quotes ("…"), not single ones.';
        case '“': case '”': case '„':
            return 'Write text in straight double quotes ("…"), not curly ones: word processors change " into “ and ”.';
        case '/':
            return 'A slash means nothing outside text in double quotes; comments start with //, and dates are written YYYY-MM-DD.';
    }
    if (/[^\x00-\x7F]/.test(first) && /[A-Za-z0-9_]$/.test(before)) {
        return `${chars} cannot be part of an id: ids use the letters A to Z, digits, _ and - or . between them. Put other text in double quotes.`;
    }
    return `${chars} means nothing outside text in double quotes: put the words in quotes, or remove ${length === 1 ? 'it' : 'them'}.`;
}
