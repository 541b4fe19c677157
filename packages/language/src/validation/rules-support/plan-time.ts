import type { IsoDate } from '../../model/dates.js';
import type { AsOf } from '../plan-context.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function toDayNumber(date: IsoDate): number {
    const [year, month, day] = date.split('-').map(Number);
    return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Whole days from one valid date to another: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
    return Math.round(toDayNumber(to) - toDayNumber(from));
}

/** The date a number of days after (or, when negative, before) a valid date. */
export function addDays(date: IsoDate, days: number): IsoDate {
    return new Date((toDayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** "the plan's as-of date (2021-01-20)" or "the as-of date given to the checker (2021-01-20)". */
export function asOfPhrase(asOf: AsOf): string {
    return asOf.source === 'plan'
        ? `the plan's as-of date (${asOf.date})`
        : `the as-of date given to the checker (${asOf.date})`;
}
