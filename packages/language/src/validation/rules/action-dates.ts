import { GrammarUtils } from 'langium';
import { isValidDate } from '../../model/dates.js';
import { defineRule } from '../rule.js';
import { actionLabel, actionMention, onActionName } from '../wording.js';
import { single } from '../../syntax/single.js';

export const actionDates = defineRule({
    id: 'action-dates',
    defaultSeverity: 'error',
    node: 'Action',
    description: 'An action has a due date after its start, and its start, due date and milestones fall inside the plan period.',
    check(action, report, { plan }) {
        const start = single(action.start);
        const due = single(action.due);
        // A "due" already typed without its date is a syntax error; say nothing more until it is complete.
        if (!due && !GrammarUtils.findNodeForKeyword(action.$cstNode, 'due')) {
            report(action, `${actionLabel(action)} has no due date. Add "due <YYYY-MM-DD>": when the action will be complete.`,
                onActionName(action));
        }
        if (isValidDate(start) && isValidDate(due) && due < start) {
            report(action, `${actionLabel(action)} is due on ${due}, before it starts on ${start}. Correct the start or the due date.`,
                { property: 'due' });
        }
        const period = single(plan?.period);
        if (!period || !isValidDate(period.start) || !isValidDate(period.end)) {
            return;
        }
        const outside = (date: string | undefined): date is string => isValidDate(date) && (date < period.start || date > period.end);
        const span = `${period.start} to ${period.end}`;
        if (outside(start)) {
            report(action, `${actionLabel(action)} starts on ${start}, outside the plan period (${span}).`, { property: 'start' });
        }
        if (outside(due)) {
            report(action, `${actionLabel(action)} is due on ${due}, outside the plan period (${span}).`, { property: 'due' });
        }
        for (const milestone of action.milestones) {
            if (outside(milestone.date)) {
                report(milestone, `This milestone of ${actionMention(action)} is dated ${milestone.date}, outside the plan period (${span}).`,
                    { property: 'date' });
            }
        }
    },
});
