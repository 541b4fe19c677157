// The dates a skeleton is given: computed from the action and the plan, never from today, so that the
// same file always gets the same fix.
import type { Action, Plan } from '../generated/ast.js';
import { addMonths, isValidDate, type IsoDate } from '../model/dates.js';
import { planStart } from '../model/month-offset.js';
import { single } from '../syntax/single.js';

export { planStart };

function valid(date: string | undefined): IsoDate | undefined {
    return isValidDate(date) ? date : undefined;
}

export function planEnd(plan: Plan | undefined): IsoDate | undefined {
    return valid(single(plan?.period)?.end);
}

/** By when a new target is due: the action's due date, else the plan's end, else 12 months after it starts. */
export function targetDate(action: Action | undefined, plan: Plan | undefined): IsoDate | undefined {
    const start = plan && planStart(plan);
    return valid(single(action?.due)) ?? planEnd(plan) ?? (start && addMonths(start, 12));
}

/**
 * The date of a new milestone: 3 months after the plan starts when that lies inside the action's span
 * (its start, else the plan's start, to its due date, else the plan's end), else the due date, else the
 * end of that span.
 */
export function milestoneDate(action: Action, plan: Plan | undefined): IsoDate | undefined {
    const start = plan && planStart(plan);
    const from = valid(single(action.start)) ?? start;
    const to = valid(single(action.due)) ?? planEnd(plan);
    const point = start && addMonths(start, 3);
    if (point && (!from || point >= from) && (!to || point <= to)) {
        return point;
    }
    return valid(single(action.due)) ?? to ?? from;
}

/** The date of a plan's n-month point, when the plan's start is known. */
export function horizonDate(plan: Plan | undefined, months: number): IsoDate | undefined {
    const start = plan && planStart(plan);
    return start && addMonths(start, months);
}
