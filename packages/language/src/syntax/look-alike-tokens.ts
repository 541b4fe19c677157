// Text that looks like a date or a piece of text but is not written as APPL reads it. The lexer reads
// each as one token of the kind it resembles (a DATE, a STRING), so the parser goes on as if it were
// written right, and the author gets one error that says how to write it, instead of a lexing error
// per character and a parse error after it.
import { longDate } from '../export/dates-in-words.js';
import { LOOSE_DATE, readLooseDate } from './loose-dates.js';

export interface LookAlike {
    /** The token type's name (never shown to an author). */
    name: string;
    /** The grammar terminal or keyword it stands in for. */
    resembles: string;
    /** Matches at the start of the text (a function: Chevrotain's custom pattern, given its first characters). */
    pattern: RegExp | { exec(text: string, offset: number): RegExpExecArray | null, startChars: string[] };
    /** The value the parser gets, so that the rest of the file is checked as the author meant it. */
    value(image: string): string;
    /** The error, in the author's words. */
    message(image: string): string;
}

export const LOOK_ALIKES: readonly LookAlike[] = [
    {
        name: 'LOOSE_DATE',
        resembles: 'DATE',
        pattern: LOOSE_DATE,
        value: image => readLooseDate(image)?.iso ?? image,
        message(image) {
            const date = readLooseDate(image);
            if (!date) {
                return `Write the date ${image} as YYYY-MM-DD (year-month-day), e.g. 2021-03-31.`;
            }
            if (date.problem) {
                return `${image} is not a real date (${date.problem}). Write dates as YYYY-MM-DD (year-month-day), e.g. 2021-03-31.`;
            }
            return `Write the date ${image} as ${date.iso} (${longDate(date.iso)}): APPL reads dates as YYYY-MM-DD, year-month-day.`;
        },
    },
    {
        name: 'CURLY_STRING',
        resembles: 'STRING',
        pattern: /[“”„][^“”"\r\n]*[“”]/,
        value: image => image.slice(1, -1),
        message: image => `Write text in straight double quotes, "${image.slice(1, -1)}", not curly ones (word processors change " into “ and ”).`,
    },
    {
        name: 'SINGLE_QUOTED_STRING',
        resembles: 'STRING',
        pattern: /'[^'"\r\n]*'/,
        value: image => image.slice(1, -1),
        message: image => `Write text in double quotes, "${image.slice(1, -1)}", not single ones.`,
    },
    {
        // After STRING in the lexer's order, so it matches only where no closing quote follows. It runs
        // to the end of the line, less a { there (action 1.1 "Recruit caseworkers {): text never ends so.
        name: 'UNCLOSED_STRING',
        resembles: 'STRING',
        pattern: { exec: unclosedStringAt, startChars: ['"'] },
        value: image => image.slice(1).trimEnd().replace(/\\(.)/g, '$1'),
        message: image => `The text ${shorten(image.trimEnd())} has no closing quote: add " where the text ends.`,
    },
];

const BY_NAME = new Map<string, LookAlike>(LOOK_ALIKES.map(lookAlike => [lookAlike.name, lookAlike]));
const SPACED = 'SPACED ';

/**
 * A keyword with hyphens written with spaces instead (local area, at risk, not sufficient): read as
 * the keyword. Such words never parsed before (an id then a keyword, or two ids), so nothing that
 * parsed reads differently.
 */
export function spacedKeyword(keyword: string): LookAlike {
    const words = keyword.split('-').map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return {
        name: SPACED + keyword,
        resembles: keyword,
        pattern: new RegExp(`${words.join('[ \\t]+')}(?![A-Za-z0-9_.-])`),
        value: () => keyword,
        message: image => `Write ${keyword} with hyphens, not "${image}".`,
    };
}

export function lookAlikeNamed(name: string): LookAlike | undefined {
    let lookAlike = BY_NAME.get(name);
    if (!lookAlike && name.startsWith(SPACED)) {
        lookAlike = spacedKeyword(name.slice(SPACED.length));
        BY_NAME.set(name, lookAlike);
    }
    return lookAlike;
}

/** A string with no closing quote on its line; undefined (null) where STRING matches. */
/**
 * A string left open at `offset`: to the end of its line, less a { there and the spaces before the end,
 * which the hidden whitespace takes (so that the formatter's spacing never changes the token).
 */
export function unclosedStringAt(text: string, offset: number): RegExpExecArray | null {
    if (text.charCodeAt(offset) !== 34) {
        return null;
    }
    let end = offset + 1;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
        if (text[end] === '"') {
            return null;
        }
        const escapes = text[end] === '\\' && end + 1 < text.length && text[end + 1] !== '\n' && text[end + 1] !== '\r';
        end += escapes ? 2 : 1;
    }
    end = Math.min(end, text.length);
    const brace = /[ \t]*\{[ \t]*$/.exec(text.slice(offset, end));
    if (brace && brace.index > 0) {
        end = offset + brace.index;
    }
    while (end > offset + 1 && /\s/.test(text[end - 1])) {
        end--;
    }
    return [text.slice(offset, end)] as unknown as RegExpExecArray;
}

/** Long text cut to its first words, for a message. */
export function shorten(text: string, limit = 40): string {
    return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}
