import { isValidDate } from '../../model/dates.js';
import { defineRule } from '../rule.js';
import { measureLabel } from '../rules-support/measure-values.js';
import { single } from '../../syntax/single.js';

export const futureActual = defineRule({
    id: 'future-actual',
    defaultSeverity: 'error',
    node: 'ActualValue',
    description: 'No actual is dated after the plan\'s as-of date: the position a plan states is never older than its data.',
    needsAsOf: true,
    check(actual, report, { plan }) {
        // The plan's own date, not a checker's override: an earlier --as-of looks back on purpose.
        const asOf = single(plan?.asOf);
        if (!isValidDate(asOf) || !isValidDate(actual.date) || actual.date <= asOf) {
            return;
        }
        report(actual, `${measureLabel(actual.$container)} has an actual dated ${actual.date}, after the plan's as-of date (${asOf}): `
            + 'the plan states a position older than its data. Move "as-of" in the plan header to the date its statuses and actuals '
            + 'describe, or correct the date of this actual.', { property: 'date' });
    },
});
