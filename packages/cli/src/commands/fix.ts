import { applySafeFixes, type ApplServices, type CheckedPlan } from 'appl-language';
import type { Io } from '../io.js';

/** Enough rounds for fixes whose edits overlap; a fix that keeps finding work stops here. */
const MAX_ROUNDS = 10;

/**
 * `appl check --fix`: applies the fixes that need no human choice (a unique "did you mean" name, an
 * unused suppression), writes each changed plan atomically, and re-checks it, round after round until
 * nothing changes. Returns the plans with their remaining diagnostics and how many fixes were applied.
 */
export async function fixPlans(appl: ApplServices, plans: readonly CheckedPlan[], io: Io): Promise<{ plans: CheckedPlan[], applied: number }> {
    let applied = 0;
    for (const plan of plans) {
        for (let round = 0; round < MAX_ROUNDS; round++) {
            const result = applySafeFixes(appl, plan.document);
            if (result.applied === 0 || result.text === plan.document.textDocument.getText()) {
                break;
            }
            await io.writeFileAtomic(plan.document.uri.fsPath, result.text);
            await appl.shared.workspace.DocumentBuilder.update([plan.document.uri], []);
            applied += result.applied;
        }
    }
    const documents = appl.shared.workspace.LangiumDocuments;
    return {
        applied,
        plans: plans.map(plan => {
            const document = documents.getDocument(plan.document.uri) ?? plan.document;
            return { document, diagnostics: document.diagnostics ?? [] };
        }),
    };
}
