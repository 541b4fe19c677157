import { describeAsOf, type CheckReport, type ReportedDiagnostic } from './check-report.js';
import type { SeverityName } from './tally.js';
import { escapeControlCharacters } from './terminal-text.js';
import { formatSummary } from './text.js';

/** GitHub's annotation levels: an info finding is a notice. */
const COMMAND: Record<SeverityName, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * `appl check --format github`: one workflow command per finding, which GitHub Actions turns into an
 * annotation on the file and line (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`).
 * The as-of line (once, not with --quiet) and the summary are plain log lines, as in the text format. Columns are 1-based;
 * endColumn is the column just after the finding, as in SARIF.
 */
export function formatGithub(report: CheckReport): string {
    const lines = report.files.flatMap(file => file.diagnostics.map(diagnostic => formatCommand(file.path, diagnostic)));
    if (!report.hidden && report.files.length > 0) {
        lines.push(escapeControlCharacters(describeAsOf(report.files)));
    }
    lines.push(formatSummary(report.totals, report.hidden));
    return `${lines.join('\n')}\n`;
}

function formatCommand(file: string, diagnostic: ReportedDiagnostic): string {
    const { start, end } = diagnostic.range;
    const properties = [
        `file=${escapeProperty(file)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(diagnostic.rule)}`,
    ].join(',');
    return `::${COMMAND[diagnostic.severity]} ${properties}::${escapeData(diagnostic.message)}`;
}

/**
 * The escaping of the Actions toolkit (`@actions/core` command.ts): message text; then the control
 * characters a plan may hold, which the log would otherwise pass to the reader's terminal.
 */
export function escapeData(text: string): string {
    return escapeControlCharacters(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** The escaping of the Actions toolkit: property values, which also may not hold `:` or `,`. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
