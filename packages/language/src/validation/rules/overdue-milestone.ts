import { isValidDate } from '../../model/dates.js';
import type { Action } from '../../generated/ast.js';
import { defineRule } from '../rule.js';
import { asOfPhrase } from '../plan-context.js';
import { actionMention } from '../wording.js';

export const overdueMilestone = defineRule({
    id: 'overdue-milestone',
    defaultSeverity: 'warning',
    node: 'Milestone',
    description: 'A milestone dated before the as-of date is marked met or missed.',
    check(milestone, report, { asOf }) {
        if (!asOf || !isValidDate(asOf.date) || !isValidDate(milestone.date) || milestone.outcome) {
            return;
        }
        if (milestone.date < asOf.date) {
            const action = milestone.$container as Action | undefined;
            report(milestone, `This milestone of ${action ? actionMention(action) : 'this action'} was due on ${milestone.date}, before `
                + `${asOfPhrase(asOf)}, and is not marked. Write "met" or "missed" after its text.`, { property: 'date' });
        }
    },
});
