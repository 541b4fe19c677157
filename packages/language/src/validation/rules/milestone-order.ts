import { isValidDate } from '../../model/dates.js';
import type { Milestone } from '../../generated/ast.js';
import { defineRule } from '../rule.js';
import { actionMention } from '../wording.js';

export const milestoneOrder = defineRule({
    id: 'milestone-order',
    defaultSeverity: 'warning',
    node: 'Action',
    description: 'The dated milestones of an action, as written, do not go back in time.',
    check(action, report) {
        let previous: (Milestone & { date: string }) | undefined;
        for (const milestone of action.milestones) {
            const date = milestone.date;
            if (!isValidDate(date)) {
                continue;
            }
            if (previous && date < previous.date) {
                report(milestone, `This milestone of ${actionMention(action)} is dated ${date}, before the milestone above it `
                    + `(${previous.date}). Write the milestones in date order, or correct the date.`, { property: 'date' });
            }
            previous = milestone as Milestone & { date: string };
        }
    },
});
