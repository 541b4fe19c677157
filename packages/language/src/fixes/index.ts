// Quick fixes: what the editor offers for a diagnostic, and what `appl check --fix` applies.
import type { LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ApplServices } from '../appl-module.js';
import { addActionFixes } from './add-action.js';
import { addEvidenceFixes } from './add-evidence.js';
import { addHorizonFixes } from './add-horizons.js';
import { addMilestoneFixes } from './add-milestone.js';
import { addTargetFixes } from './add-target.js';
import { addUpdateFixes } from './add-update.js';
import { markStatusFixes } from './mark-status.js';
import type { FixProvider, PlanFix } from './plan-fix.js';
import { removeSuppressionFixes } from './remove-suppression.js';
import { silenceRuleFixes } from './silence-rule.js';
import { unresolvedNameFixes } from './unresolved-name.js';

export type { FixProvider, PlanFix } from './plan-fix.js';

/** The fixes of each rule id; every rule finding can also be silenced on its line. */
const FIXES: Record<string, FixProvider[]> = {
    'action-has-target': [addTargetFixes],
    'action-has-milestone': [addMilestoneFixes],
    'app-horizons': [addHorizonFixes],
    'empty-area': [addActionFixes],
    'status-contradicts': [markStatusFixes],
    'evidence-of-impact': [addEvidenceFixes],
    'progress-update': [addUpdateFixes],
    'unresolved-reference': [unresolvedNameFixes],
    'unused-suppression': [removeSuppressionFixes],
};

/**
 * The quick fixes for one diagnostic of a validated document, keyed by its code (the rule id): the
 * rule's own fixes first, then the suppression comment.
 */
export function fixesFor(services: ApplServices, document: LangiumDocument, diagnostic: Diagnostic): PlanFix[] {
    const code = String(diagnostic.code ?? '');
    return [...(FIXES[code] ?? []), silenceRuleFixes].flatMap(fixes => fixes(diagnostic, document, services));
}

/** One text replacement, by offsets in the document's text. */
export interface Span {
    start: number;
    end: number;
    newText: string;
}

/**
 * The first safe fix of each of the document's current diagnostics, as text spans (one list per fix),
 * skipping a fix whose edits overlap one already taken (the next round takes it).
 */
export function safeFixSpans(services: ApplServices, document: LangiumDocument): Array<Array<Span & { edit: TextEdit }>> {
    const taken: Array<Array<Span & { edit: TextEdit }>> = [];
    for (const diagnostic of document.diagnostics ?? []) {
        for (const fix of fixesFor(services, document, diagnostic).filter(f => f.safe)) {
            const spans = fix.edits.map(edit => ({
                start: document.textDocument.offsetAt(edit.range.start),
                end: document.textDocument.offsetAt(edit.range.end),
                newText: edit.newText,
                edit,
            }));
            if (spans.some((span, i) => [...taken.flat(), ...spans.slice(0, i)].some(other => overlaps(span, other)))) {
                continue;
            }
            taken.push(spans);
            break;
        }
    }
    return taken;
}

/**
 * The same fixes as edits in the order of the text, and how many fixes they are: what the editor's
 * "fix all" (source.fixAll.appl) sends.
 */
export function safeFixEdits(services: ApplServices, document: LangiumDocument): { edits: TextEdit[], applied: number } {
    const fixes = safeFixSpans(services, document);
    const spans = fixes.flat().sort((a, b) => a.start - b.start || a.end - b.end);
    return { edits: spans.map(span => span.edit), applied: fixes.length };
}

/**
 * The document's text with the first safe fix of each of its current diagnostics applied (see
 * safeFixSpans). `applied` counts the fixes; call again on the re-checked text until it is 0.
 * `fixPlan` is what `appl check --fix` runs: it also keeps out fixes that bring a new finding.
 */
export function applySafeFixes(services: ApplServices, document: LangiumDocument): { text: string, applied: number } {
    const fixes = safeFixSpans(services, document);
    return { text: applySpans(document.textDocument.getText(), fixes.flat()), applied: fixes.length };
}

/** The text with the (non-overlapping) spans replaced. */
export function applySpans(text: string, spans: readonly Span[]): string {
    let result = text;
    for (const span of [...spans].sort((a, b) => b.start - a.start || b.end - a.end)) {
        result = result.slice(0, span.start) + span.newText + result.slice(span.end);
    }
    return result;
}

/** Two edits overlap when they share text, or insert at the same place (whose text would come first?). */
function overlaps(a: Span, b: Span): boolean {
    return (a.start < b.end && b.start < a.end) || a.start === b.start;
}
