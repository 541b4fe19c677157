import { isInlineTarget, isMeasure, type InlineTarget, type Measure } from '../../generated/ast.js';
import { astTreeOf } from '../../workspace/ast-nodes.js';
import { defineRule, type RuleReport } from '../rule.js';
import { formatValue, hasValue, measureLabel, measureMention } from '../rules-support/measure-values.js';
import { single } from '../../syntax/single.js';

/**
 * Two node types carry the numbers this rule reads (measures and inline targets), so it walks the
 * file from its root, as one rule per id requires.
 */
export const targetDirection = defineRule({
    id: 'target-direction',
    defaultSeverity: 'error',
    node: 'Document',
    description: 'A target moves from its baseline the way the measure should go, and a percentage lies between 0 and 100.',
    check(root, report) {
        for (const node of astTreeOf(root).nodes) {
            if (isMeasure(node)) {
                checkDirection(node, report);
                checkMeasurePercentages(node, report);
            } else if (isInlineTarget(node)) {
                checkInlinePercentages(node, report);
            }
        }
    },
});

function checkDirection(measure: Measure, report: RuleReport): void {
    const baseline = single(measure.baseline)?.value;
    const target = single(measure.target);
    if (!hasValue(baseline) || !target || !hasValue(target.value)) {
        return;
    }
    const label = measureLabel(measure);
    const direction = single(measure.direction);
    if (direction === 'increase' && target.value < baseline) {
        report(target, `${label} should increase, but its target ${formatValue(target.value)} is below its baseline `
            + `${formatValue(baseline)}. Write a target above ${formatValue(baseline)}, or "direction decrease" if lower is better.`,
        { property: 'value' });
    } else if (direction === 'decrease' && target.value > baseline) {
        report(target, `${label} should decrease, but its target ${formatValue(target.value)} is above its baseline `
            + `${formatValue(baseline)}. Write a target below ${formatValue(baseline)}, or "direction increase" if higher is better.`,
        { property: 'value' });
    }
}

const outsidePercent = (value: number | undefined): value is number => hasValue(value) && (value < 0 || value > 100);

function percentMessage(whose: string, value: number): string {
    return `${whose} is ${formatValue(value)} percent, but a percentage lies between 0 and 100. Write a value from 0 to 100.`;
}

function checkMeasurePercentages(measure: Measure, report: RuleReport): void {
    if (single(measure.unit) !== 'percent') {
        return;
    }
    const mention = measureMention(measure);
    const baseline = single(measure.baseline);
    const target = single(measure.target);
    if (baseline && outsidePercent(baseline.value)) {
        report(baseline, percentMessage(`The baseline of ${mention}`, baseline.value), { property: 'value' });
    }
    if (target && outsidePercent(target.value)) {
        report(target, percentMessage(`The target of ${mention}`, target.value), { property: 'value' });
    }
    for (const expected of measure.expected) {
        if (outsidePercent(expected.value)) {
            report(expected, percentMessage(`A value expected of ${mention}`, expected.value), { property: 'value' });
        }
    }
    for (const actual of measure.actuals) {
        if (outsidePercent(actual.value)) {
            report(actual, percentMessage(`An actual value of ${mention}`, actual.value), { property: 'value' });
        }
    }
}

function checkInlinePercentages(target: InlineTarget, report: RuleReport): void {
    if (target.unit !== 'percent') {
        return;
    }
    const name = target.name ? `target "${target.name}"` : 'this target';
    if (outsidePercent(target.value)) {
        report(target, percentMessage(`The value of ${name}`, target.value), { property: 'value' });
    }
    if (outsidePercent(target.baseline)) {
        report(target, percentMessage(`The baseline of ${name}`, target.baseline), { property: 'baseline' });
    }
}
