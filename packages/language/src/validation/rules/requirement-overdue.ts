import type { Notice } from '../../generated/ast.js';
import { requirementState } from '../../model/milestone-state.js';
import { defineRule } from '../rule.js';
import { asOfPhrase } from '../wording.js';

export const requirementOverdue = defineRule({
    id: 'requirement-overdue',
    defaultSeverity: 'warning',
    node: 'Requirement',
    description: 'A notice requirement due before the as-of date has its outcome recorded: met or not-met.',
    needsAsOf: true,
    check(requirement, report, { asOf }) {
        if (!asOf || requirementState(requirement, asOf.date) !== 'overdue') {
            return;
        }
        const notice = requirement.$container as Notice | undefined;
        const of = notice?.name ? ` of ${notice.name}` : '';
        report(requirement, `Requirement${requirement.name ? ` ${requirement.name}` : ''}${of} was due on ${requirement.due}, before ${asOfPhrase(asOf)}, and has no `
            + 'outcome. Write "met" or "not-met" after its due date: reviewers ask whether the notice was complied with.', { property: 'due' });
    },
});
