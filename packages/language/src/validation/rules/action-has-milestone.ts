import { defineRule } from '../rule.js';
import { actionLabel, actionMention, onActionName } from '../wording.js';

export const actionHasMilestone = defineRule({
    id: 'action-has-milestone',
    defaultSeverity: 'error',
    node: 'Action',
    description: 'Every action has dated milestones: what will be true, and by when.',
    check(action, report) {
        if (action.milestones.length === 0) {
            report(action, `${actionLabel(action)} has no milestone. Add "milestone <YYYY-MM-DD> "<what will be true>"".`,
                onActionName(action));
        }
        for (const milestone of action.milestones) {
            if (!milestone.date) {
                report(milestone, `A milestone of ${actionMention(action)} has no date. `
                    + `Write it after "milestone", e.g. milestone 2020-06-01 "…".`, { keyword: 'milestone' });
            }
        }
    },
});
