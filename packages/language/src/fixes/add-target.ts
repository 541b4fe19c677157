import { planOf } from '../model/plan-header.js';
import { targetDate } from './fix-dates.js';
import { actionAtDiagnostic, insertBeforeClosingBrace } from './fix-text.js';
import { quickFix, type FixProvider } from './plan-fix.js';

/**
 * action-has-target: a quantified target the author then edits (what, how many, which unit), due with
 * the action, else at the plan's end, else 12 months after the plan starts.
 */
export const addTargetFixes: FixProvider = (diagnostic, document) => {
    const action = actionAtDiagnostic(document, diagnostic);
    if (!action) {
        return [];
    }
    const date = targetDate(action, planOf(document));
    const edit = insertBeforeClosingBrace(document, action,
        [`target "TODO: what will be measured" 0 count${date ? ` by ${date}` : ''}`]);
    return edit ? [quickFix('Add a target', [edit], false)] : [];
};
