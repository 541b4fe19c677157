import type { TextEdit } from 'vscode-languageserver-types';
import { isAction, type Action, type Milestone } from '../generated/ast.js';
import { isValidDate } from '../model/dates.js';
import { planOf } from '../model/plan-header.js';
import { missingHorizons, type HorizonPoint } from '../validation/rules/app-horizons.js';
import { actionAtDiagnostic, INDENT, insertAfter, insertBefore, insertBeforeClosingBrace, nodeAtDiagnostic, nodeIndent } from './fix-text.js';
import { quickFix, type FixProvider } from './plan-fix.js';

/**
 * app-horizons: the 3/6/12-month milestones an action lacks, at the dates the rule computes, each
 * written before the first milestone dated after it (else after the last milestone).
 */
export const addHorizonFixes: FixProvider = (diagnostic, document) => {
    const action = actionAtDiagnostic(document, diagnostic);
    // The rule's other finding (a labelled milestone dated far from its point) sits on a milestone.
    if (!action || !isAction(nodeAtDiagnostic(document, diagnostic))) {
        return [];
    }
    const missing = missingHorizons(action, planOf(document));
    if (missing.length === 0) {
        return [];
    }
    const indent = nodeIndent(document, action) + INDENT;
    const edits: TextEdit[] = [];
    for (const [anchor, points] of groupByAnchor(action, missing)) {
        const lines = points.map(({ months, point }) => `milestone ${months} months ${point} "TODO: what will be true at ${months} months"`);
        const edit = anchor === 'end'
            ? insertBeforeClosingBrace(document, action, lines)
            : anchor.before ? insertBefore(document, anchor.before, lines, indent) : insertAfter(document, anchor.after, lines, indent);
        if (!edit) {
            return [];
        }
        edits.push(edit);
    }
    return [quickFix('Add the missing 3/6/12-month milestones', edits, false)];
};

type Anchor = 'end' | { before: Milestone, after?: undefined } | { before?: undefined, after: Milestone };

/** Where each missing point goes, in date order: one insertion per place. */
function groupByAnchor(action: Action, missing: HorizonPoint[]): Map<Anchor, HorizonPoint[]> {
    const groups = new Map<Anchor, HorizonPoint[]>();
    const anchors = new Map<string, Anchor>();
    const last = action.milestones.at(-1);
    for (const point of missing) {
        const next = action.milestones.find(milestone => isValidDate(milestone.date) && milestone.date > point.point);
        const key = next ? `before ${action.milestones.indexOf(next)}` : last ? 'after' : 'end';
        let anchor = anchors.get(key);
        if (!anchor) {
            anchor = next ? { before: next } : last ? { after: last } : 'end';
            anchors.set(key, anchor);
        }
        groups.set(anchor, [...(groups.get(anchor) ?? []), point]);
    }
    return groups;
}
