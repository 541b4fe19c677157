import type { Action, Milestone, Plan } from '../../generated/ast.js';
import { addMonths, daysBetween, isValidDate, type IsoDate } from '../../model/dates.js';
import { HORIZONS, planStart } from '../../model/month-offset.js';
import { defineRule, type RuleReport } from '../rule.js';
import { hasValue } from '../rules-support/measure-values.js';
import { actionLabel, actionMention, onActionName } from '../wording.js';
import { single } from '../../syntax/single.js';

/** How far from its point a milestone may be dated and still be about it. */
const NEAR_DAYS = 31;

export const appHorizons = defineRule({
    id: 'app-horizons',
    defaultSeverity: 'warning',
    node: 'Action',
    description: 'In an APP, each action has milestones about 3, 6 and 12 months after the plan starts, dated near those points.',
    check(action, report, { plan }) {
        if (!plan || single(plan.type) !== 'APP') {
            return;
        }
        const start = planStart(plan);
        if (!start) {
            return;
        }
        checkLabelledDates(action, start, report);
        checkMissingPoints(action, plan, report);
    },
});

function horizonOf(milestone: Milestone): number | undefined {
    return hasValue(milestone.horizon) && Number.isInteger(milestone.horizon) ? milestone.horizon : undefined;
}

function checkLabelledDates(action: Action, start: IsoDate, report: RuleReport): void {
    for (const milestone of action.milestones) {
        const months = horizonOf(milestone);
        if (months === undefined || !isValidDate(milestone.date)) {
            continue;
        }
        const point = addMonths(start, months);
        const days = daysBetween(point, milestone.date);
        if (Math.abs(days) > NEAR_DAYS) {
            report(milestone, `This milestone of ${actionMention(action)} is labelled ${months} months but dated ${milestone.date}, `
                + `${Math.abs(days)} days ${days > 0 ? 'after' : 'before'} the ${months}-month point (${point}). `
                + `Date it within ${NEAR_DAYS} days of ${point}, or correct its label.`, { property: 'date' });
        }
    }
}

/** A 3, 6 or 12-month point of a plan: how many months after the plan starts, and its date. */
export interface HorizonPoint {
    months: number;
    point: IsoDate;
}

/**
 * The points an action of an APP has no milestone about: those inside the plan period and on or
 * before the action's due date. Empty when the plan is not an APP, its start is unknown, or the due
 * date is not a real date (valid-date reports it). The rule reports these; the quick fix adds them.
 */
export function missingHorizons(action: Action, plan: Plan | undefined): HorizonPoint[] {
    const start = single(plan?.type) === 'APP' ? planStart(plan!) : undefined;
    const due = single(action.due);
    if (!plan || !start || (due !== undefined && !isValidDate(due))) {
        return [];
    }
    const periodEnd = single(plan.period)?.end;
    const end = isValidDate(periodEnd) ? periodEnd : undefined;
    return HORIZONS
        .map(months => ({ months, point: addMonths(start, months) }))
        .filter(({ point }) => (!end || point <= end) && (!due || point <= due))
        .filter(({ months, point }) => !action.milestones.some(milestone => isAbout(milestone, months, point)));
}

function checkMissingPoints(action: Action, plan: Plan, report: RuleReport): void {
    const missing = missingHorizons(action, plan);
    if (missing.length === 0) {
        return;
    }
    const which = joinWords(missing.map(({ months }) => String(months)));
    const dates = missing.map(({ point }) => point).join(', ');
    const skeletons = joinWords(missing.map(({ months, point }) => `milestone ${months} months ${point} "…"`));
    report(action, `${actionLabel(action)} has no milestone about ${which} months into the plan (${dates}). `
        + `An APP says what will be true 3, 6 and 12 months in: add ${skeletons}.`, onActionName(action));
}

/**
 * A milestone is about a point when it carries that label (its date, if wrong or missing, is reported
 * elsewhere), or has no label and is dated within a month of the point.
 */
function isAbout(milestone: Milestone, months: number, point: IsoDate): boolean {
    if (milestone.horizon !== undefined) {
        return milestone.horizon === months;
    }
    return isValidDate(milestone.date) && Math.abs(daysBetween(point, milestone.date)) <= NEAR_DAYS;
}

/** "3", "3 and 6", "3, 6 and 12". */
function joinWords(words: string[]): string {
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
