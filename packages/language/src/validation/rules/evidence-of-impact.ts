import { defineRule } from '../rule.js';
import { actionLabel, onActionName } from '../wording.js';
import { single } from '../../syntax/single.js';

export const evidenceOfImpact = defineRule({
    id: 'evidence-of-impact',
    defaultSeverity: 'warning',
    node: 'Action',
    description: 'An action with a milestone marked met, or marked complete, names the evidence a reviewer will be shown.',
    check(action, report) {
        if (action.evidence.length > 0) {
            return;
        }
        const claim = single(action.status) === 'complete' ? 'is marked complete'
            : action.milestones.some(milestone => milestone.outcome === 'met') ? 'has a milestone marked met'
            : undefined;
        if (claim) {
            report(action, `${actionLabel(action)} ${claim} but names no evidence. Add "evidence \\"<what a reviewer will be shown>\\"" `
                + '(an audit, survey, data report or minutes): reviewers look for evidence of impact, not of activity.', onActionName(action));
        }
    },
});
