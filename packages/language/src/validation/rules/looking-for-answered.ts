import type { Review } from '../../generated/ast.js';
import { isValidDate } from '../../model/dates.js';
import { defineRule } from '../rule.js';

export const lookingForAnswered = defineRule({
    id: 'looking-for-answered',
    defaultSeverity: 'warning',
    node: 'LookingFor',
    description: 'Each thing reviewers said they will look for, at a review on or before the as-of date, names the actions or measures that answer it.',
    needsAsOf: true,
    check(item, report, { asOf }) {
        const review = item.$container as Review | undefined;
        if (!asOf || !review || !isValidDate(review.date) || review.date > asOf.date || item.answeredBy.length > 0 || item.text === undefined) {
            return;
        }
        report(item, `The reviewers of ${review.date} will look for this${item.weakness?.$refText ? ` (${item.weakness.$refText})` : ''}, and no `
            + 'action or measure answers it. Add "answered-by <action or measure ids>" after its text, naming what will show it.',
        { property: 'text' });
    },
});
