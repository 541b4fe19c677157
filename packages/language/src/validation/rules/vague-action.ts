import { defineRule } from '../rule.js';
import { actionLabel } from '../wording.js';

/**
 * Openings that say an action will be thought about rather than done. Whole words, any case, any
 * spacing between the words: "Explore", "CONTINUE  TO", but not "Exploration" or "Considered".
 */
const VAGUE_OPENING = /^\s*(explore|consider|continue\s+to|raise\s+awareness|look\s+into|work\s+towards?|seek\s+to)(?![\p{L}\p{N}_-])/iu;

export const vagueAction = defineRule({
    id: 'vague-action',
    defaultSeverity: 'info',
    node: 'Action',
    description: 'An action title says what will be done, not a vague intention ("explore", "consider", "continue to", "raise awareness").',
    check(action, report) {
        const opening = typeof action.title === 'string' ? VAGUE_OPENING.exec(action.title) : null;
        if (!opening) {
            return;
        }
        const verb = opening[1].replace(/\s+/g, ' ');
        report(action, `${actionLabel(action)} starts with "${verb}", which does not say what will be done or how a reviewer `
            + `will see it is done. Start with a concrete verb, e.g. "Publish", "Train", "Agree", "Appoint", "Audit".`,
            { property: 'title' });
    },
});
