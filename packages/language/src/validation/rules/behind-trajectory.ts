import { defineRule } from '../rule.js';
import { formatExpected, formatValue, measureLabel, measurePositionAt } from '../rules-support/measure-values.js';

export const behindTrajectory = defineRule({
    id: 'behind-trajectory',
    defaultSeverity: 'warning',
    node: 'Measure',
    description: 'A measure\'s latest actual at or before the as-of date is not worse than the value its expected path gives for that actual\'s date.',
    check(measure, report, { asOf }) {
        const { status, latest, direction } = measurePositionAt(measure, asOf?.date);
        if (status !== 'behind' || !latest || latest.expected === undefined) {
            return;
        }
        // The clause that recorded the latest actual: the last one written with its date and value.
        const actual = [...measure.actuals].reverse().find(a => a.date === latest.date && a.value === latest.value);
        if (!actual) {
            return;
        }
        const worse = direction === 'increase' ? 'below' : 'above';
        report(actual, `${measureLabel(measure)} is behind its expected path: its latest actual, ${formatValue(latest.value)} on `
            + `${latest.date}, is ${worse} the ${formatExpected(latest.expected, latest.value)} expected by then. Say in the update of the action that `
            + 'targets it what is being done to catch up ("update <YYYY-MM-DD> \\"<text>\\""), and bring it to the board.', { property: 'value' });
    },
});
