// How far a date lies from another in calendar months and days: the inlay hint "+3m" after a
// milestone's date, and the 3/6/12-month points of a plan. Month ends are kept as dates.ts keeps them:
// 2020-08-31 plus 6 months is 2021-02-28, so 2021-02-28 is exactly "+6m" from 2020-08-31.
import type { Plan } from '../generated/ast.js';
import { addMonths, daysBetween, isValidDate, type IsoDate } from './dates.js';
import { single } from '../syntax/single.js';

export interface MonthOffset {
    /** -1 when the date is before the start, else 1. */
    sign: 1 | -1;
    months: number;
    days: number;
}

/** The whole months and remaining days from `start` to `date`; undefined when either is not a real date. */
export function monthOffset(start: IsoDate | undefined, date: IsoDate | undefined): MonthOffset | undefined {
    if (!isValidDate(start) || !isValidDate(date)) {
        return undefined;
    }
    const [from, to, sign] = date >= start ? [start, date, 1 as const] : [date, start, -1 as const];
    let months = monthIndex(to) - monthIndex(from);
    while (months > 0 && addMonths(from, months) > to) {
        months--;
    }
    return { sign, months, days: daysBetween(addMonths(from, months), to) };
}

/** "+3m", "+2m 28d", "-1m 3d", "+0d". */
export function formatMonthOffset(offset: MonthOffset): string {
    const parts = [offset.months > 0 ? `${offset.months}m` : '', offset.days > 0 ? `${offset.days}d` : ''].filter(Boolean);
    return `${offset.sign < 0 ? '-' : '+'}${parts.join(' ') || '0d'}`;
}

/** The points, in months after the plan starts, at which an APP says what will be true. */
export const HORIZONS = [3, 6, 12] as const;

/**
 * The plan starts at its period start, else on the date it was agreed. A period start that is written
 * but not a real date leaves the start unknown (valid-date reports it) instead of falling back.
 */
export function planStart(plan: Pick<Plan, 'period' | 'agreed'>): IsoDate | undefined {
    const periodStart = single(plan.period)?.start;
    if (periodStart !== undefined) {
        return isValidDate(periodStart) ? periodStart : undefined;
    }
    const agreed = single(plan.agreed);
    return isValidDate(agreed) ? agreed : undefined;
}

/** The 3, 6 and 12-month points after a start date, as an APP's milestones use them. */
export function horizonDates(start: IsoDate | undefined, horizons: readonly number[] = HORIZONS): Array<{ months: number, date: IsoDate }> {
    return isValidDate(start) ? horizons.map(months => ({ months, date: addMonths(start, months) })) : [];
}

function monthIndex(date: IsoDate): number {
    const [year, month] = date.split('-').map(Number);
    return year * 12 + month - 1;
}
