// Plan dates are ISO calendar dates (YYYY-MM-DD), kept as text: ISO text sorts in date order, and no
// time zone can shift a date by a day.

export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a year, without allocating a Date (this runs for every date on every check). */
export function daysInMonth(year: number, month: number): number {
    if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
        return new Date(Date.UTC(year, month, 0)).getUTCDate();
    }
    if (month !== 2) {
        return DAYS_IN_MONTH[month - 1];
    }
    // Date.UTC reads years 0-99 as 1900-1999; keep that reading.
    const y = year >= 0 && year <= 99 ? year + 1900 : year;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** Why a YYYY-MM-DD text is not a real date, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
    if (!ISO_DATE.test(text)) {
        return 'dates are written YYYY-MM-DD';
    }
    // Read from the characters: this runs for every date of a plan on every check.
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    if (month < 1 || month > 12) {
        return 'months run from 01 to 12';
    }
    const days = daysInMonth(year, month);
    if (day < 1 || day > days) {
        return `${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
    }
    return undefined;
}

function digitsAt(text: string, start: number, count: number): number {
    let value = 0;
    for (let i = start; i < start + count; i++) {
        value = value * 10 + text.charCodeAt(i) - 48;
    }
    return value;
}

export function isValidDate(text: string | undefined): text is IsoDate {
    return text !== undefined && dateProblem(text) === undefined;
}

/**
 * The date a number of calendar months after another, kept inside the target month:
 * 2020-08-31 plus 6 months is 2021-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 2);
    const day = digitsAt(date, 8, 2);
    const monthIndex = year * 12 + (month - 1) + months;
    const targetYear = Math.floor(monthIndex / 12);
    const targetMonth = monthIndex % 12 + 1;
    const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
    return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: IsoDate): number {
    return Date.UTC(digitsAt(date, 0, 4), digitsAt(date, 5, 2) - 1, digitsAt(date, 8, 2)) / DAY_MS;
}

/** Whole days from one valid date to another: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
    return Math.round(dayNumber(to) - dayNumber(from));
}

/** The date a number of days after (or, when negative, before) a valid date. */
export function addDays(date: IsoDate, days: number): IsoDate {
    return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
