import { isValidDate } from '../../model/dates.js';
import { defineRule } from '../rule.js';
import { formatValue, hasValue, measureLabel } from '../rules-support/measure-values.js';
import { addDays, daysBetween } from '../../model/dates.js';
import { asOfPhrase } from '../wording.js';

/** How far from an expected value's date an actual may be dated and still report on it. */
const WINDOW_DAYS = 31;

export const missingActual = defineRule({
    id: 'missing-actual',
    defaultSeverity: 'warning',
    node: 'Measure',
    description: 'Each expected value dated before the as-of date has an actual value recorded within a month of its date.',
    needsAsOf: true,
    check(measure, report, { asOf }) {
        if (!asOf || !isValidDate(asOf.date)) {
            return;
        }
        // An actual still missing its number counts: the syntax error asks for it, and the author is writing it.
        const recorded = measure.actuals
            .filter(actual => isValidDate(actual.date) && actual.date <= asOf.date)
            .map(actual => actual.date);
        for (const expected of measure.expected) {
            const date = expected.date;
            if (!isValidDate(date) || date >= asOf.date) {
                continue;
            }
            if (recorded.some(actual => Math.abs(daysBetween(date, actual)) <= WINDOW_DAYS)) {
                continue;
            }
            const from = addDays(date, -WINDOW_DAYS);
            const latest = addDays(date, WINDOW_DAYS);
            const to = latest < asOf.date ? latest : asOf.date;
            const what = hasValue(expected.value) ? `expects ${formatValue(expected.value)} by ${date}` : `expects a value by ${date}`;
            report(expected, `${measureLabel(measure)} ${what}, before ${asOfPhrase(asOf)}, but no actual value is recorded `
                + `within a month of that date. Add "actual <value> on <YYYY-MM-DD>" dated ${from} to ${to}.`, { property: 'date' });
        }
    },
});
