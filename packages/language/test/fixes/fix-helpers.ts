// Quick-fix tests check a plan, take the fixes of one diagnostic, apply a fix's edits to the text and
// check the new text again: the diagnostic is gone and nothing else changed but what the test states.
import type { LangiumDocument } from 'langium';
import { expect } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkPlans, fixesFor, type PlanFix } from '../../src/index.js';
import { resetWorkspace, testUri, type TestServices } from '../helpers.js';

export interface Checked {
    document: LangiumDocument;
    diagnostics: Diagnostic[];
}

/** Checks a plan (plus other files) in a fresh workspace. */
export async function check(services: TestServices, text: string, otherFiles: Record<string, string> = {}): Promise<Checked> {
    await resetWorkspace(services);
    const sources = Object.entries({ 'plan.appl': text, ...otherFiles }).map(([name, body]) => ({ uri: testUri(name), text: body }));
    const [{ document, diagnostics }] = await checkPlans(services.appl, sources);
    return { document, diagnostics };
}

/** The only diagnostic of a rule in a checked plan (the nth when there are several). */
export function diagnosticOf(checked: Checked, code: string, nth = 0): Diagnostic {
    const matching = checked.diagnostics.filter(d => d.code === code);
    expect(matching.length, `findings of ${code}`).toBeGreaterThan(nth);
    return matching[nth];
}

/** The fixes for a diagnostic, as the editor and the CLI ask for them. */
export function fixesOf(services: TestServices, checked: Checked, diagnostic: Diagnostic): PlanFix[] {
    return fixesFor(services.appl, checked.document, diagnostic);
}

/** The fix with a title, which must be offered. */
export function fixTitled(fixes: PlanFix[], title: string): PlanFix {
    const fix = fixes.find(f => f.title === title);
    expect(fix, `a fix titled "${title}" among ${JSON.stringify(fixes.map(f => f.title))}`).toBeDefined();
    return fix!;
}

/** The plan's text with a fix applied. */
export function applyFix(checked: Checked, fix: PlanFix): string {
    const text = checked.document.textDocument.getText();
    return TextDocument.applyEdits(TextDocument.create('file:///plans/plan.appl', 'appl', 0, text), fix.edits);
}

/** Diagnostics as "rule-id: message", sorted: what a re-check must keep, whatever the lines moved to. */
export function summary(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => `${String(d.code)}: ${d.message}`).sort();
}

/**
 * Applies a fix and checks the result: the fixed diagnostic is gone, and the other findings are the
 * ones before, less `gone` and plus `added` ("rule-id: message" each). Returns the new text.
 */
export async function expectFixed(services: TestServices, checked: Checked, diagnostic: Diagnostic, fix: PlanFix,
    changes: { gone?: string[], added?: string[] } = {}, otherFiles: Record<string, string> = {}): Promise<string> {
    const text = applyFix(checked, fix);
    const before = summary(checked.diagnostics);
    const fixed = `${String(diagnostic.code)}: ${diagnostic.message}`;
    const expected = remove(before, [fixed, ...(changes.gone ?? [])]).concat(changes.added ?? []).sort();
    const after = await check(services, text, otherFiles);
    expect(summary(after.diagnostics)).toEqual(expected);
    return text;
}

function remove(list: string[], items: string[]): string[] {
    const rest = [...list];
    for (const item of items) {
        const index = rest.indexOf(item);
        expect(index, `"${item}" among the findings before the fix`).toBeGreaterThanOrEqual(0);
        rest.splice(index, 1);
    }
    return rest;
}
