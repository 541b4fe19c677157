import { expectationsWithoutActual } from '../../model/measure-position.js';
import { defineRule } from '../rule.js';
import { formatValue, hasValue, measureLabel } from '../rules-support/measure-values.js';
import { asOfPhrase } from '../wording.js';

export const missingActual = defineRule({
    id: 'missing-actual',
    defaultSeverity: 'warning',
    node: 'Measure',
    description: 'Each expected value dated before the as-of date has an actual value recorded within a month of its date.',
    needsAsOf: true,
    check(measure, report, { asOf }) {
        if (!asOf) {
            return;
        }
        for (const { expected, from, to } of expectationsWithoutActual(measure, asOf.date)) {
            const what = hasValue(expected.value) ? `expects ${formatValue(expected.value)} by ${expected.date}` : `expects a value by ${expected.date}`;
            report(expected, `${measureLabel(measure)} ${what}, before ${asOfPhrase(asOf)}, but no actual value is recorded `
                + `within a month of that date. Add "actual <value> on <YYYY-MM-DD>" dated ${from} to ${to}.`, { property: 'date' });
        }
    },
});
