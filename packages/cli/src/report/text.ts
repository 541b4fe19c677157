import * as path from 'node:path';
import type { CheckedPlan } from 'appl-language';
import { severityName, tally, type Diagnostic, type Tally } from './tally.js';

/**
 * The default report: one line per diagnostic, `file:line:col severity message rule-id`, which editors
 * and terminals turn into links; then a blank line and a summary. Files keep the given order; each
 * file's diagnostics are sorted by position. Lines and columns are 1-based, as people count them.
 */
export function formatText(results: readonly CheckedPlan[], cwd: string): string {
    const lines: string[] = [];
    for (const { document, diagnostics } of results) {
        const file = path.relative(cwd, document.uri.fsPath);
        for (const diagnostic of [...diagnostics].sort(byPosition)) {
            lines.push(formatDiagnostic(file, diagnostic));
        }
    }
    const summary = formatSummary(tally(results));
    return lines.length > 0 ? `${lines.join('\n')}\n\n${summary}\n` : `${summary}\n`;
}

function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
    const { line, character } = diagnostic.range.start;
    // Parser messages can span lines; one diagnostic must stay one line for grep and problem matchers.
    const text = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    const message = text.replace(/\s*\r?\n\s*/g, ' ').trim();
    const code = diagnostic.code === undefined ? '' : ` ${diagnostic.code}`;
    return `${file}:${line + 1}:${character + 1} ${severityName(diagnostic)} ${message}${code}`;
}

/** `2 errors and 1 warning in 3 files.`, or `No problems in 3 files.` */
export function formatSummary(counts: Tally): string {
    const parts = [
        count(counts.errors, 'error'),
        count(counts.warnings, 'warning'),
        count(counts.infos, 'info'),
    ].filter(part => part !== undefined);
    const files = `${counts.files} ${counts.files === 1 ? 'file' : 'files'}`;
    if (parts.length === 0) {
        return `No problems in ${files}.`;
    }
    const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
    return `${listed} in ${files}.`;
}

function count(n: number, noun: string): string | undefined {
    return n === 0 ? undefined : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
