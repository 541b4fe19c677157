import { GrammarUtils } from 'langium';
import { actionAtDiagnostic } from './fix-text.js';
import { quickFix, type FixProvider } from './plan-fix.js';

/** The statuses that admit a problem: which one fits is the lead's judgement, so both are offered. */
const HONEST_STATUSES = ['at-risk', 'off-track'] as const;

/** status-contradicts: the action's status word replaced by at-risk or off-track. */
export const markStatusFixes: FixProvider = (diagnostic, document) => {
    const action = actionAtDiagnostic(document, diagnostic);
    const status = action && GrammarUtils.findNodeForProperty(action.$cstNode, 'status');
    if (!status) {
        return [];
    }
    return HONEST_STATUSES.map(word => quickFix(`Mark ${word}`, [{ range: status.range, newText: word }], false));
};
