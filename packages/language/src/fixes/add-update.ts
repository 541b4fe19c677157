import { asOfDate } from '../model/plan-header.js';
import { actionAtDiagnostic, insertBeforeClosingBrace } from './fix-text.js';
import { quickFix, type FixProvider } from './plan-fix.js';

/**
 * progress-update: an update dated at the as-of date the check used (the plan's, or the one given to
 * the checker), as the action's last clause, for the lead to write.
 */
export const addUpdateFixes: FixProvider = (diagnostic, document, services) => {
    const action = actionAtDiagnostic(document, diagnostic);
    const asOf = asOfDate(services, document);
    if (!action || !asOf) {
        return [];
    }
    const edit = insertBeforeClosingBrace(document, action, [`update ${asOf.date} "TODO: what has happened since, and what comes next"`]);
    return edit ? [quickFix('Add a progress update', [edit], false)] : [];
};
