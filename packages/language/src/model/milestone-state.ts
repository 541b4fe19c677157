// Where a milestone stands at the plan's as-of date: what the preview's timeline colours and the
// overdue-milestone rule looks for.
import { isValidDate, type IsoDate } from './dates.js';

export type MilestoneState = 'met' | 'missed' | 'overdue' | 'upcoming' | 'undated';

/**
 * `met` and `missed` as recorded; otherwise `overdue` when its date is before the as-of date,
 * `upcoming` when it is not (or no as-of date is known), `undated` without a real date.
 */
export function milestoneState(milestone: { date?: string, outcome?: string }, asOf: IsoDate | undefined): MilestoneState {
    if (milestone.outcome === 'met' || milestone.outcome === 'missed') {
        return milestone.outcome;
    }
    if (!isValidDate(milestone.date)) {
        return 'undated';
    }
    return isValidDate(asOf) && milestone.date < asOf ? 'overdue' : 'upcoming';
}
