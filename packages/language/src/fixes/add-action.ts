import { AstUtils } from 'langium';
import { isArea, type Plan } from '../generated/ast.js';
import { HORIZONS } from '../model/month-offset.js';
import { planOf } from '../model/plan-header.js';
import { horizonDate, planEnd, targetDate } from './fix-dates.js';
import { INDENT, insertBeforeClosingBrace, nodeAtDiagnostic } from './fix-text.js';
import { quickFix, type FixProvider } from './plan-fix.js';
import { single } from '../syntax/single.js';

/**
 * empty-area: an action skeleton numbered after its area, due at the plan's end, with a target and
 * dated milestones for the author to complete (the 3, 6 and 12-month points in an APP). Who leads it
 * is the author's choice, so action-has-lead asks for it.
 */
export const addActionFixes: FixProvider = (diagnostic, document) => {
    const node = nodeAtDiagnostic(document, diagnostic);
    const area = node && AstUtils.getContainerOfType(node, isArea);
    if (!area?.name || area.actions.length > 0) {
        return [];
    }
    const plan = planOf(document);
    const due = targetDate(undefined, plan);
    const clauses = [
        ...(due ? [`due ${due}`] : []),
        `target "TODO: what will be measured" 0 count${due ? ` by ${due}` : ''}`,
        ...milestones(plan, due),
    ];
    const edit = insertBeforeClosingBrace(document, area, [
        `action ${area.name}.1 "TODO: what will be done" {`,
        ...clauses.map(clause => `${INDENT}${clause}`),
        '}',
    ]);
    return edit ? [quickFix('Add an action', [edit], false)] : [];
};

/** In an APP, one milestone at each 3/6/12-month point inside the plan; otherwise one at 3 months, else on the due date. */
function milestones(plan: Plan | undefined, due: string | undefined): string[] {
    const end = planEnd(plan);
    if (single(plan?.type) === 'APP') {
        const points = HORIZONS.map(months => ({ months, date: horizonDate(plan, months) }))
            .filter(({ date }) => date !== undefined && (!end || date <= end));
        if (points.length > 0) {
            return points.map(({ months, date }) => `milestone ${months} months ${date} "TODO: what will be true at ${months} months"`);
        }
    }
    const date = horizonDate(plan, 3) ?? due;
    return [`milestone ${date ? `${date} ` : ''}"TODO: what will be true"`];
}
