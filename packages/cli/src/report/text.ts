import { describeAsOf, type CheckReport, type ReportedDiagnostic } from './check-report.js';
import type { SeverityName, Tally } from './tally.js';
import { escapeControlCharacters } from './terminal-text.js';

/**
 * The default report. For each file, in the given order: one line saying which as-of date it was
 * checked against, then one line per finding, `file:line:col severity message rule-id`, which editors
 * and terminals turn into links. Then a blank line and a summary. Lines and columns are 1-based, as
 * people count them. With `color`, severities, rule ids and the summary are coloured (ANSI).
 */
export function formatText(report: CheckReport, options: { color?: boolean } = {}): string {
    const paint = options.color ? ansi : plain;
    const lines: string[] = [];
    for (const file of report.files) {
        // File names and messages come from the plans: nothing in them may act on the terminal.
        const path = escapeControlCharacters(file.path);
        lines.push(paint.dim(`${path}: ${describeAsOf(file.asOf)}`));
        for (const diagnostic of file.diagnostics) {
            lines.push(formatDiagnostic(path, diagnostic, paint));
        }
    }
    const summary = paint.summary(formatSummary(report.totals), report.totals);
    return lines.length > 0 ? `${lines.join('\n')}\n\n${summary}\n` : `${summary}\n`;
}

function formatDiagnostic(file: string, diagnostic: ReportedDiagnostic, paint: Paint): string {
    const { line, column } = diagnostic.range.start;
    // Parser messages can span lines; one finding must stay one line for grep and problem matchers.
    const message = escapeControlCharacters(oneLine(diagnostic.message));
    return `${file}:${line}:${column} ${paint.severity(diagnostic.severity)} ${message} ${paint.dim(diagnostic.rule)}`;
}

export function oneLine(text: string): string {
    return text.replace(/\s*\r?\n\s*/g, ' ').trim();
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

interface Paint {
    dim(text: string): string;
    severity(severity: SeverityName): string;
    summary(text: string, totals: Tally): string;
}

const plain: Paint = {
    dim: text => text,
    severity: severity => severity,
    summary: text => text,
};

const RESET = '\u001b[0m';
const SEVERITY_COLOUR: Record<SeverityName, string> = {
    error: '\u001b[1;31m',
    warning: '\u001b[33m',
    info: '\u001b[36m',
};

const ansi: Paint = {
    dim: text => `\u001b[2m${text}${RESET}`,
    severity: severity => `${SEVERITY_COLOUR[severity]}${severity}${RESET}`,
    summary: (text, totals) => {
        const colour = totals.errors > 0 ? SEVERITY_COLOUR.error : totals.warnings > 0 ? SEVERITY_COLOUR.warning : '\u001b[32m';
        return `${colour}${text}${RESET}`;
    },
};

/**
 * Colours only for the text format, written to a terminal, unless NO_COLOR is set (to anything but
 * the empty string, as no-color.org says) or --no-color is given.
 */
export function useColor(options: { format: string, output?: string, color?: boolean },
    stdoutIsTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
    return options.format === 'text' && options.output === undefined && options.color !== false
        && stdoutIsTTY && !env.NO_COLOR;
}
