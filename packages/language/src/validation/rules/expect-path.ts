import { isValidDate } from '../../model/dates.js';
import type { ExpectedValue, Measure } from '../../generated/ast.js';
import { defineRule } from '../rule.js';
import { formatValue, hasValue, measureLabel } from '../rules-support/measure-values.js';
import { single } from '../../syntax/single.js';

type Way = 'up' | 'down';

export const expectPath = defineRule({
    id: 'expect-path',
    defaultSeverity: 'warning',
    node: 'Measure',
    description: 'Interim expected values lead from the baseline to the target: between them, never going back, dated between their dates.',
    check(measure, report) {
        const baseline = single(measure.baseline)?.value;
        const target = single(measure.target)?.value;
        if (!hasValue(baseline) || !hasValue(target) || measure.expected.length === 0) {
            return;
        }
        const label = measureLabel(measure);
        const low = Math.min(baseline, target);
        const high = Math.max(baseline, target);
        const inRange = (value: number) => value >= low && value <= high;
        const way = wayOf(measure, baseline, target);

        // What is wrong with the value of each expect that goes back, found in date order.
        const goesBack = new Map<ExpectedValue, ExpectedValue & { value: number, date: string }>();
        if (way) {
            const dated = measure.expected
                .filter((e): e is ExpectedValue & { value: number, date: string } => hasValue(e.value) && isValidDate(e.date))
                .filter(e => inRange(e.value))
                .sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
            let last: (typeof dated)[number] | undefined;
            for (const expected of dated) {
                if (last && (way === 'up' ? expected.value < last.value : expected.value > last.value)) {
                    goesBack.set(expected, last);
                } else {
                    last = expected;
                }
            }
        }

        const baselineDate = isValidDate(single(measure.baseline)?.date) ? single(measure.baseline)!.date : undefined;
        const targetDate = isValidDate(single(measure.target)?.date) ? single(measure.target)!.date : undefined;
        const window = baselineDate && targetDate ? `after ${baselineDate} and before ${targetDate}`
            : baselineDate ? `after ${baselineDate}` : `before ${targetDate}`;

        for (const expected of measure.expected) {
            const value = expected.value;
            const by = isValidDate(expected.date) ? ` by ${expected.date}` : '';
            const what = hasValue(value) ? `${label} expects ${formatValue(value)}${by}` : `${label} expects a value${by}`;
            if (hasValue(value) && !inRange(value)) {
                const write = low === high ? `Write ${formatValue(low)}` : `Write a value from ${formatValue(low)} to ${formatValue(high)}`;
                report(expected, `${what}, outside the path from its baseline ${formatValue(baseline)} to its target `
                    + `${formatValue(target)}. ${write}.`, { property: 'value' });
            }
            const before = goesBack.get(expected);
            if (before) {
                const [less, rise, bound] = way === 'up' ? ['less', 'rise', 'or more'] : ['more', 'fall', 'or less'];
                report(expected, `${what}, ${less} than the ${formatValue(before.value)} expected by ${before.date}: the expected `
                    + `values should ${rise} from ${formatValue(baseline)} to ${formatValue(target)} without going back. `
                    + `Write ${formatValue(before.value)} ${bound}, or correct the dates.`, { property: 'value' });
            }
            const date = expected.date;
            if (!isValidDate(date)) {
                continue;
            }
            if (baselineDate && date <= baselineDate) {
                report(expected, `${what}, not after its baseline date (${baselineDate}). An expected value lies on the way `
                    + `from the baseline to the target: date it ${window}.`, { property: 'date' });
            } else if (targetDate && date >= targetDate) {
                report(expected, `${what}, not before its target date (${targetDate}). An expected value lies on the way `
                    + `from the baseline to the target: date it ${window}.`, { property: 'date' });
            }
        }
    },
});

/**
 * Which way the values should move: the declared direction, else from the baseline towards the target.
 * Undefined when the target equals the baseline, or contradicts the declared direction (target-direction
 * reports that, and the intended way is then unknown).
 */
function wayOf(measure: Measure, baseline: number, target: number): Way | undefined {
    const towards: Way | undefined = target > baseline ? 'up' : target < baseline ? 'down' : undefined;
    const direction = single(measure.direction);
    const declared: Way | undefined = direction === 'increase' ? 'up' : direction === 'decrease' ? 'down' : undefined;
    if (declared && towards && declared !== towards) {
        return undefined;
    }
    return towards;
}
