import type { LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ApplServices } from '../appl-module.js';

/**
 * A quick fix for one diagnostic: text edits to the diagnostic's own file. `safe` fixes need no human
 * choice, so `appl check --fix` applies them; the others are offered in the editor only.
 */
export interface PlanFix {
    title: string;
    kind: 'quickfix';
    edits: TextEdit[];
    safe: boolean;
    /** The fix an editor may apply with one keystroke (the "did you mean" name). */
    isPreferred?: boolean;
}

/** One family of fixes: zero or more fixes for a diagnostic of the document, computed from its text and AST. */
export type FixProvider = (diagnostic: Diagnostic, document: LangiumDocument, services: ApplServices) => PlanFix[];

export function quickFix(title: string, edits: TextEdit[], safe: boolean): PlanFix {
    return { title, kind: 'quickfix', edits, safe };
}
