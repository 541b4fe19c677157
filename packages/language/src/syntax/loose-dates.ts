// Dates written the way people write them in letters and spreadsheets (30/06/2025, 2024-1-1,
// 31 March 2021), read so that the syntax error can give the ISO form of that very date.
import { dateProblem, type IsoDate } from '../model/dates.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december'];
const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?'
    + '|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';

/**
 * What the lexer reads as a date written in another format. Every text it matches was a lexing error
 * before (a lone "/" or "-", or a number followed by a word), so no plan that parsed reads differently.
 * A dotted date needs a four-digit year, so that an action numbered 1.2.3 is not taken for one.
 */
export const LOOSE_DATE = new RegExp([
    '\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d-])',
    '\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}(?!\\d)',
    '\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?!\\d)',
    '\\d{1,2}[.-]\\d{1,2}[.-]\\d{4}(?!\\d)',
    `\\d{1,2}${ORDINAL}[ \\t]+${MONTH_WORD}\\.?,?[ \\t]+\\d{4}(?!\\d)`,
    `${MONTH_WORD}\\.?[ \\t]+\\d{1,2}${ORDINAL},?[ \\t]+\\d{4}(?!\\d)`,
].join('|'), 'i');

export interface LooseDate {
    /** The date as YYYY-MM-DD (which may still not exist, e.g. 2021-02-31). */
    iso: IsoDate;
    /** Why that date does not exist, if it does not. */
    problem?: string;
}

/** Reads a date in another format: day before month unless the first number cannot be a month's day. */
export function readLooseDate(text: string): LooseDate | undefined {
    const parts = parse(text.trim());
    if (!parts) {
        return undefined;
    }
    const iso = `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
    const problem = dateProblem(iso);
    return problem ? { iso, problem } : { iso };
}

function parse(text: string): { year: number, month: number, day: number } | undefined {
    let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
    if (match) {
        return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    }
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
    if (match) {
        const first = Number(match[1]);
        const second = Number(match[2]);
        const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
        // English plans write the day first; 12/31/2025 can only be month first.
        return second > 12 && first <= 12 ? { year, month: first, day: second } : { year, month: second, day: first };
    }
    match = new RegExp(`^(\\d{1,2})${ORDINAL}\\s+(${MONTH_WORD})\\.?,?\\s+(\\d{4})$`, 'i').exec(text);
    if (match) {
        return { year: Number(match[3]), month: monthNumber(match[2]), day: Number(match[1]) };
    }
    match = new RegExp(`^(${MONTH_WORD})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i').exec(text);
    if (match) {
        return { year: Number(match[3]), month: monthNumber(match[1]), day: Number(match[2]) };
    }
    return undefined;
}

function monthNumber(word: string): number {
    const start = word.toLowerCase().slice(0, 3);
    return MONTHS.findIndex(month => month.startsWith(start)) + 1;
}
