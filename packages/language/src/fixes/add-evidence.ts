import { actionAtDiagnostic, insertBeforeClosingBrace } from './fix-text.js';
import { quickFix, type FixProvider } from './plan-fix.js';

/** evidence-of-impact: an evidence clause as the action's last, naming what a reviewer will be shown. */
export const addEvidenceFixes: FixProvider = (diagnostic, document) => {
    const action = actionAtDiagnostic(document, diagnostic);
    const edit = action && insertBeforeClosingBrace(document, action, ['evidence "TODO: what a reviewer will be shown"']);
    return edit ? [quickFix('Add evidence', [edit], false)] : [];
};
