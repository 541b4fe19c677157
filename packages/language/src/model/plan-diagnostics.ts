import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { relativeFile } from './plan-model.js';
import type { PlanDiagnostic } from './plan-model-types.js';

/** The diagnostics of one document, as exports show them, in document order. */
export function toPlanDiagnostics(plan: LangiumDocument, document: LangiumDocument, diagnostics: readonly Diagnostic[]): PlanDiagnostic[] {
    const file = relativeFile(plan, document);
    return diagnostics.map((diagnostic): PlanDiagnostic => ({
        file,
        rule: diagnostic.code === undefined ? 'unknown' : String(diagnostic.code),
        severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        start: { line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 },
        end: { line: diagnostic.range.end.line + 1, column: diagnostic.range.end.character + 1 },
    })).sort(byPosition);
}

function byPosition(a: PlanDiagnostic, b: PlanDiagnostic): number {
    return a.start.line - b.start.line || a.start.column - b.start.column
        || a.end.line - b.end.line || a.end.column - b.end.column
        || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
