import { fixPlan, type ApplServices, type CheckedPlan } from 'appl-language';
import type { Io } from '../io.js';

/**
 * `appl check --fix`: applies the fixes that need no human choice (a unique "did you mean" name, an
 * unused suppression) and bring no new finding (fixPlan in the core), round after round, writes each
 * changed plan atomically, and returns the plans with their remaining diagnostics and how many fixes
 * were applied.
 */
export async function fixPlans(appl: ApplServices, plans: readonly CheckedPlan[], io: Io): Promise<{ plans: CheckedPlan[], applied: number }> {
    let applied = 0;
    const fixed: CheckedPlan[] = [];
    for (const plan of plans) {
        const result = await fixPlan(appl, plan.document);
        if (result.applied > 0) {
            await io.writeFileAtomic(plan.document.uri.fsPath, result.text);
            applied += result.applied;
        }
        fixed.push({ document: result.document, diagnostics: result.document.diagnostics ?? [] });
    }
    // A later plan's fixes may change what an earlier one imports: report each as the workspace has it now.
    const documents = appl.shared.workspace.LangiumDocuments;
    return {
        applied,
        plans: fixed.map(plan => {
            const document = documents.getDocument(plan.document.uri) ?? plan.document;
            return { document, diagnostics: document.diagnostics ?? [] };
        }),
    };
}
