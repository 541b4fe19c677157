import { GrammarUtils } from 'langium';
import { isArea, isInlineTarget, isMeasure, type Action, type InlineTarget, type Measure } from '../../generated/ast.js';
import { defineRule, type RuleReport } from '../rule.js';
import { actionMention } from '../wording.js';
import { single } from '../../syntax/single.js';

/**
 * A quantified target needs a baseline: the value it starts from and when that was measured. Measures
 * are checked where they are declared; inline targets in the actions of each area.
 */
export const targetBaseline = defineRule({
    id: 'target-baseline',
    defaultSeverity: 'warning',
    node: 'Declaration',
    description: 'Every quantified target has a baseline: the value it starts from and the date of that value.',
    check(declaration, report) {
        if (isMeasure(declaration)) {
            checkMeasure(declaration, report);
        } else if (isArea(declaration)) {
            for (const action of declaration.actions) {
                for (const target of action.targets) {
                    if (isInlineTarget(target)) {
                        checkInlineTarget(target, action, report);
                    }
                }
            }
        }
    },
});

function checkMeasure(measure: Measure, report: RuleReport): void {
    const target = single(measure.target);
    // A baseline written without its date is a syntax error already; only a missing baseline is ours.
    if (target?.value === undefined || single(measure.baseline)) {
        return;
    }
    const label = measure.name ? `Measure ${measure.name}` : 'This measure';
    report(target, `${label} has a target but no baseline. Add "baseline <number> on <YYYY-MM-DD>" to the measure: `
        + `the value it starts from and when that was measured.`, { property: 'value' });
}

function checkInlineTarget(target: InlineTarget, action: Action, report: RuleReport): void {
    if (target.value === undefined) {
        return; // not quantified: action-has-target asks for the number first
    }
    const label = target.name ? `The target "${target.name}" of ${actionMention(action)}` : `A target of ${actionMention(action)}`;
    if (target.baseline === undefined) {
        if (GrammarUtils.findNodeForKeyword(target.$cstNode, 'from')) {
            return; // "from" typed, its number not yet: the syntax error says what is missing
        }
        report(target, `${label} has no baseline. Add "from <number> on <YYYY-MM-DD>" after its date: `
            + `the value it starts from and when that was measured.`, target.name ? { property: 'name' } : { keyword: 'target' });
    } else if (!target.baselineDate) {
        report(target, `${label} has a baseline value but no date. `
            + `Add "on <YYYY-MM-DD>" after "from ${target.baseline}": when that value was measured.`, { property: 'baseline' });
    }
}
