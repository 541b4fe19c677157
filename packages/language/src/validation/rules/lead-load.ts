import { isArea, type Action, type Person } from '../../generated/ast.js';
import { planIn } from '../../model/plan-header.js';
import { defineRule } from '../rule.js';
import { onActionName } from '../wording.js';
import { single } from '../../syntax/single.js';

/** Below this many actions a plan is too small for one lead to be a risk. */
const MIN_ACTIONS = 5;
/** No one person should lead more than this share of a plan's actions. */
const MAX_SHARE = 0.4;

export const leadLoad = defineRule({
    id: 'lead-load',
    defaultSeverity: 'info',
    node: 'Document',
    description: 'In a plan with at least 5 actions, no one person leads more than 40% of them.',
    check(root, report) {
        const actions = root.declarations.filter(isArea).flatMap(area => area.actions);
        if (actions.length < MIN_ACTIONS) {
            return;
        }
        const led = new Map<Person, Action[]>();
        for (const action of actions) {
            const lead = single(action.lead)?.ref;
            if (lead) {
                led.set(lead, [...(led.get(lead) ?? []), action]);
            }
        }
        const plan = planIn(root.declarations);
        for (const [person, theirs] of led) {
            if (theirs.length / actions.length <= MAX_SHARE) {
                continue;
            }
            const share = Math.round((theirs.length / actions.length) * 100);
            const message = `${person.title || person.name} (${person.name}) leads ${theirs.length} of the plan's ${actions.length} actions `
                + `(${share}%). Share the leads, so that no one person carries more than ${MAX_SHARE * 100}% of the plan: `
                + 'reviewers ask whether it has the capacity to deliver.';
            if (plan) {
                report(plan, message, plan.title !== undefined ? { property: 'title' } : { keyword: 'plan' });
            } else {
                report(theirs[0], message, onActionName(theirs[0]));
            }
        }
    },
});
