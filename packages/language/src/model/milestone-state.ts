// Where a dated commitment stands at the as-of date: a milestone of an action, or a requirement of a
// notice. The preview's timeline, the exports, the RAG and the rules read these states from here.
import { addDays, daysBetween, isValidDate, type IsoDate } from './dates.js';

/** Where a date without a recorded outcome stands: before, on or after the as-of date. */
export type DueState = 'overdue' | 'due' | 'upcoming' | 'undated';

export type MilestoneState = 'met' | 'missed' | DueState;

export type RequirementState = 'met' | 'not-met' | DueState;

/** A date this many days after the as-of date, or fewer, is `due`: it falls due before the next monthly report. */
export const DUE_WINDOW_DAYS = 30;

/**
 * `overdue` when the date is before the as-of date, `due` on it or within DUE_WINDOW_DAYS after it,
 * `upcoming` later or when no as-of date is known, `undated` without a real date.
 */
export function dueState(date: string | undefined, asOf: IsoDate | undefined): DueState {
    if (!isValidDate(date)) {
        return 'undated';
    }
    if (!isValidDate(asOf)) {
        return 'upcoming';
    }
    if (date < asOf) {
        return 'overdue';
    }
    return date <= addDays(asOf, DUE_WINDOW_DAYS) ? 'due' : 'upcoming';
}

/** Whole days a date lies before the as-of date (0 when it does not). */
export function daysOverdue(date: string | undefined, asOf: IsoDate | undefined): number {
    return isValidDate(date) && isValidDate(asOf) && date < asOf ? daysBetween(date, asOf) : 0;
}

/** `met` and `missed` as recorded, whatever the date; otherwise where its date stands. */
export function milestoneState(milestone: { date?: string, outcome?: string }, asOf: IsoDate | undefined): MilestoneState {
    if (milestone.outcome === 'met' || milestone.outcome === 'missed') {
        return milestone.outcome;
    }
    return dueState(milestone.date, asOf);
}

/** `met` and `not-met` as recorded, whatever the date; otherwise where its deadline stands. */
export function requirementState(requirement: { due?: string, outcome?: string }, asOf: IsoDate | undefined): RequirementState {
    if (requirement.outcome === 'met' || requirement.outcome === 'not-met') {
        return requirement.outcome;
    }
    return dueState(requirement.due, asOf);
}
