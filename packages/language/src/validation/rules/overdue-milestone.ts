import type { Action } from '../../generated/ast.js';
import { milestoneState } from '../../model/milestone-state.js';
import { defineRule } from '../rule.js';
import { actionMention, asOfPhrase } from '../wording.js';

export const overdueMilestone = defineRule({
    id: 'overdue-milestone',
    defaultSeverity: 'warning',
    node: 'Milestone',
    description: 'A milestone dated before the as-of date is marked met or missed.',
    needsAsOf: true,
    check(milestone, report, { asOf }) {
        if (asOf && milestoneState(milestone, asOf.date) === 'overdue') {
            const action = milestone.$container as Action | undefined;
            report(milestone, `This milestone of ${action ? actionMention(action) : 'this action'} was due on ${milestone.date}, before `
                + `${asOfPhrase(asOf)}, and is not marked. Write "met" or "missed" after its text.`, { property: 'date' });
        }
    },
});
