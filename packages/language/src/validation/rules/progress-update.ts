import { daysBetween, isValidDate } from '../../model/dates.js';
import { latestUpdate } from '../../model/updates.js';
import { defineRule } from '../rule.js';
import { actionLabel, asOfPhrase, onActionName } from '../wording.js';
import { single } from '../../syntax/single.js';

/** About a quarter: reviewers expect an update on every action before each quarterly meeting. */
export const MAX_UPDATE_AGE_DAYS = 92;

export const progressUpdate = defineRule({
    id: 'progress-update',
    defaultSeverity: 'warning',
    node: 'Action',
    description: 'In a plan with an as-of date, every action started before it has a progress update from the last 92 days (a complete action, at least one).',
    needsAsOf: true,
    check(action, report, { asOf, plan }) {
        const started = single(action.start) ?? single(plan?.period)?.start;
        if (!asOf || !isValidDate(started) || started >= asOf.date) {
            return;
        }
        const latest = latestUpdate(action.updates, asOf.date);
        const write = `Add "update ${asOf.date} \\"<what has happened since, and what comes next>\\""`;
        if (!latest) {
            report(action, `${actionLabel(action)} started on ${started} and has no progress update at ${asOfPhrase(asOf)}. ${write}: `
                + 'reviewers ask for an update on every action.', onActionName(action));
            return;
        }
        // A complete action needs its closing note, not a note every quarter for ever.
        const age = daysBetween(latest.date!, asOf.date);
        if (single(action.status) !== 'complete' && age > MAX_UPDATE_AGE_DAYS) {
            report(action, `${actionLabel(action)}'s latest update is dated ${latest.date}, ${age} days before ${asOfPhrase(asOf)}. `
                + `${write}: reviewers ask for an update on every action every quarter.`, onActionName(action));
        }
    },
});
