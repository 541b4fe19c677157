import { defineRule } from '../rule.js';
import { actionLabel, onActionName } from '../wording.js';
import { single } from '../../syntax/single.js';

export const actionHasLead = defineRule({
    id: 'action-has-lead',
    defaultSeverity: 'error',
    node: 'Action',
    description: 'Every action names the person who leads it.',
    check(action, report) {
        if (!single(action.lead)) {
            report(action, `${actionLabel(action)} has no lead. Add "lead <person-id>".`, onActionName(action));
        }
    },
});
