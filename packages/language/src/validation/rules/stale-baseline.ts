import { isArea, isInlineTarget, isMeasure } from '../../generated/ast.js';
import { addMonths, isValidDate, type IsoDate } from '../../model/dates.js';
import { defineRule } from '../rule.js';
import { actionMention } from '../wording.js';
import { single } from '../../syntax/single.js';

/** A baseline measured longer than this before the plan starts no longer says where it starts. */
const MAX_AGE_MONTHS = 12;

export const staleBaseline = defineRule({
    id: 'stale-baseline',
    defaultSeverity: 'warning',
    node: 'Declaration',
    description: 'No baseline is dated more than 12 months before the plan period starts.',
    check(declaration, report, { plan }) {
        const start = single(plan?.period)?.start;
        if (!isValidDate(start)) {
            return;
        }
        const oldest = addMonths(start, -MAX_AGE_MONTHS);
        const isStale = (date: string | undefined): date is IsoDate => isValidDate(date) && date < oldest;
        const message = (what: string, date: string) => `${what} is dated ${date}, more than ${MAX_AGE_MONTHS} months before the plan `
            + `starts (${start}): reviewers ask where things stand now. Measure it again and write the new value with a date on or after ${oldest}.`;
        if (isMeasure(declaration)) {
            const baseline = single(declaration.baseline);
            if (baseline && isStale(baseline.date)) {
                report(baseline, message(`The baseline of ${declaration.name ? `measure ${declaration.name}` : 'this measure'}`, baseline.date),
                    { property: 'date' });
            }
        } else if (isArea(declaration)) {
            for (const action of declaration.actions) {
                for (const target of action.targets.filter(isInlineTarget)) {
                    if (isStale(target.baselineDate)) {
                        const name = target.name ? `the target "${target.name}"` : 'a target';
                        report(target, message(`The baseline of ${name} of ${actionMention(action)}`, target.baselineDate), { property: 'baselineDate' });
                    }
                }
            }
        }
    },
});
