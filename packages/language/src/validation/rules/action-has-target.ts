import { isMeasureReference, type Target } from '../../generated/ast.js';
import { defineRule } from '../rule.js';
import { actionLabel, onActionName } from '../wording.js';
import { single } from '../../syntax/single.js';

export const actionHasTarget = defineRule({
    id: 'action-has-target',
    defaultSeverity: 'error',
    node: 'Action',
    description: 'Every action has at least one quantified target: a number to reach by a date.',
    check(action, report) {
        if (action.targets.length === 0) {
            report(action, `${actionLabel(action)} has no target. Add "target <measure-id>" or `
                + `"target "<what>" <number> <unit> by <YYYY-MM-DD>".`, onActionName(action));
        } else if (!action.targets.some(isQuantified)) {
            report(action, `${actionLabel(action)} has no quantified target. Give a target a number and a date, `
                + `e.g. target "Caseworkers trained" 100 percent by 2020-09-30.`, onActionName(action));
        }
    },
});

/**
 * A measure target counts when the measure has a target value; an unresolved measure counts too,
 * since unresolved-reference already reports it.
 */
function isQuantified(target: Target): boolean {
    if (isMeasureReference(target)) {
        const measure = target.measure?.ref;
        return !measure || single(measure.target)?.value !== undefined;
    }
    return target.value !== undefined;
}
