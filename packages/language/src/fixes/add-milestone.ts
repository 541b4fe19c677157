import { GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { isMilestone, type Milestone } from '../generated/ast.js';
import { planOf } from '../model/plan-header.js';
import { hasValue } from '../validation/rules-support/measure-values.js';
import { horizonDate, milestoneDate } from './fix-dates.js';
import { actionAtDiagnostic, insertBeforeClosingBrace, nodeAtDiagnostic } from './fix-text.js';
import { quickFix, type FixProvider, type PlanFix } from './plan-fix.js';

/**
 * action-has-milestone: a dated milestone skeleton for an action without one, or a date for a
 * milestone written without one.
 */
export const addMilestoneFixes: FixProvider = (diagnostic, document) => {
    const node = nodeAtDiagnostic(document, diagnostic);
    const action = actionAtDiagnostic(document, diagnostic);
    if (!action) {
        return [];
    }
    const plan = planOf(document);
    if (isMilestone(node)) {
        const label = labelOf(node);
        return dateMilestone(node, (label !== undefined ? horizonDate(plan, label) : undefined) ?? milestoneDate(action, plan));
    }
    const date = milestoneDate(action, plan);
    const edit = date && insertBeforeClosingBrace(document, action, [`milestone ${date} "TODO: what will be true"`]);
    return edit ? [quickFix('Add a milestone', [edit], false)] : [];
};

function labelOf(milestone: Milestone): number | undefined {
    return hasValue(milestone.horizon) && Number.isInteger(milestone.horizon) ? milestone.horizon : undefined;
}

/** Writes the date after "milestone", or after its label ("milestone 6 months <date>"). */
function dateMilestone(milestone: Milestone, date: string | undefined): PlanFix[] {
    if (milestone.date || !date) {
        return [];
    }
    const after = GrammarUtils.findNodeForKeyword(milestone.$cstNode, 'months') ?? GrammarUtils.findNodeForKeyword(milestone.$cstNode, 'milestone');
    if (!after) {
        return [];
    }
    const edit: TextEdit = { range: { start: after.range.end, end: after.range.end }, newText: ` ${date}` };
    return [quickFix('Date this milestone', [edit], false)];
}
