import { DocumentState, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ApplServices } from '../appl-module.js';
import { applySpans, safeFixSpans, type Span } from './index.js';

/** Enough rounds for fixes whose edits overlap; a fix that keeps finding work stops here. */
const MAX_ROUNDS = 10;

/**
 * What `appl check --fix` does to a plan: applies its safe fixes round after round, re-checking the
 * text after each, and keeps a fix only when the plan then has no finding it did not have before. A
 * safe fix is sure to be what the author meant, but a corrected name can bring to light what the typo
 * hid (a measure found again that has no target value): such a fix is left for the author, who sees
 * both findings. The document is rebuilt in place with the returned text; nothing is written.
 */
export async function fixPlan(services: ApplServices, document: LangiumDocument): Promise<{
    document: LangiumDocument,
    text: string,
    applied: number,
}> {
    const before = findingCounts(document.diagnostics ?? []);
    let current = document;
    let applied = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const fixes = safeFixSpans(services, current);
        if (fixes.length === 0) {
            break;
        }
        // All of the round's fixes together, else the first one alone that adds nothing.
        const tries = fixes.length > 1 ? [fixes, ...fixes.map(fix => [fix])] : [fixes];
        let accepted: LangiumDocument | undefined;
        for (const attempt of tries) {
            const candidate = await rebuild(services, current, applySpans(current.textDocument.getText(), attempt.flat() as Span[]));
            if (!addsFindings(before, candidate.diagnostics ?? [])) {
                accepted = candidate;
                applied += attempt.length;
                break;
            }
        }
        if (!accepted) {
            current = await rebuild(services, current, current.textDocument.getText());
            break;
        }
        current = accepted;
    }
    return { document: current, text: current.textDocument.getText(), applied };
}

/** The document's text replaced, and the workspace built again (imported files already are). */
async function rebuild(services: ApplServices, document: LangiumDocument, text: string): Promise<LangiumDocument> {
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    if (LangiumDocuments.hasDocument(document.uri)) {
        await DocumentBuilder.update([], [document.uri]);
    }
    const rebuilt = LangiumDocumentFactory.fromString(text, document.uri);
    LangiumDocuments.addDocument(rebuilt);
    const pending = LangiumDocuments.all.filter(doc => doc.state < DocumentState.Validated).toArray();
    await DocumentBuilder.build(pending, { validation: true });
    return rebuilt;
}

/** Findings as `rule-id: message`, counted; a stray character's offset in the lexer's message may move. */
export function findingCounts(diagnostics: readonly Diagnostic[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const diagnostic of diagnostics) {
        const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
        const key = `${String(diagnostic.code)}: ${message.replace(/at offset: \d+/, 'at offset: _')}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}

function addsFindings(before: ReadonlyMap<string, number>, after: readonly Diagnostic[]): boolean {
    return [...findingCounts(after)].some(([finding, count]) => count > (before.get(finding) ?? 0));
}
