import { isArea, isInlineTarget, isMeasure } from '../../generated/ast.js';
import { defineRule } from '../rule.js';
import { formatValue, hasValue, measureLabel } from '../rules-support/measure-values.js';
import { actionMention } from '../wording.js';
import { single } from '../../syntax/single.js';

export const flatTarget = defineRule({
    id: 'flat-target',
    defaultSeverity: 'warning',
    node: 'Declaration',
    description: 'A target differs from its baseline: a target equal to where things start asks for no improvement.',
    check(declaration, report) {
        if (isMeasure(declaration)) {
            const target = single(declaration.target);
            const baseline = single(declaration.baseline)?.value;
            if (target && hasValue(target.value) && hasValue(baseline) && target.value === baseline) {
                report(target, `${measureLabel(declaration)} aims for ${formatValue(target.value)}, its baseline: there is nothing to improve. `
                    + 'Write the value the plan aims to reach by the target date.', { property: 'value' });
            }
        } else if (isArea(declaration)) {
            for (const action of declaration.actions) {
                for (const target of action.targets.filter(isInlineTarget)) {
                    if (hasValue(target.value) && hasValue(target.baseline) && target.value === target.baseline) {
                        const name = target.name ? `The target "${target.name}"` : 'A target';
                        report(target, `${name} of ${actionMention(action)} aims for ${formatValue(target.value)}, its baseline: there is `
                            + 'nothing to improve. Write the value the action aims to reach by its date.', { property: 'value' });
                    }
                }
            }
        }
    },
});
