import { describeAsOf, type CheckReport, type ReportedDiagnostic } from './check-report.js';
import type { SeverityName, Tally } from './tally.js';
import { escapeControlCharacters } from './terminal-text.js';

/**
 * The default report: one line per finding, file by file in the given order,
 * `file:line:col severity message rule-id`, which editors and terminals turn into links. Then a blank
 * line, the line saying which as-of date the run was checked against (not with --quiet), and a
 * summary. Lines and columns are 1-based, as people count them. With `color`, severities, rule ids and
 * the summary are coloured (ANSI).
 */
export function formatText(report: CheckReport, options: { color?: boolean } = {}): string {
    const paint = options.color ? ansi : plain;
    // File names and messages come from the plans: nothing in them may act on the terminal.
    const lines = report.files.flatMap(file => {
        const path = escapeControlCharacters(file.path);
        return file.diagnostics.map(diagnostic => formatDiagnostic(path, diagnostic, paint));
    });
    const closing = [
        ...(report.hidden || report.files.length === 0 ? [] : [paint.dim(escapeControlCharacters(describeAsOf(report.files)))]),
        paint.summary(formatSummary(report.totals, report.hidden), report.totals),
    ];
    return lines.length > 0 ? `${lines.join('\n')}\n\n${closing.join('\n')}\n` : `${closing.join('\n')}\n`;
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

/**
 * `2 errors and 1 warning in 3 files.`, or `No problems in 3 files.`; with --quiet, what was not
 * listed: `No errors in 3 files; 2 warnings not shown (--quiet).`
 */
export function formatSummary(counts: Tally, hidden?: { warnings: number, infos: number }): string {
    const parts = [
        count(counts.errors, 'error'),
        count(counts.warnings, 'warning'),
        count(counts.infos, 'info'),
    ].filter(part => part !== undefined);
    const files = `${counts.files} ${counts.files === 1 ? 'file' : 'files'}`;
    const notShown = hidden ? [count(hidden.warnings, 'warning'), count(hidden.infos, 'info')].filter(part => part !== undefined) : [];
    if (notShown.length > 0) {
        const found = counts.errors === 0 ? 'No errors' : parts.join(', ');
        return `${found} in ${files}; ${notShown.join(' and ')} not shown (--quiet).`;
    }
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
 * Whether the text report is coloured. Never another format, never a file (-o). Otherwise, as ESLint
 * decides (through chalk's supports-color): FORCE_COLOR first, `0` or `false` for none and any other
 * value for colour even on a pipe; then --color or --no-color; then NO_COLOR, set to anything but
 * the empty string, for none (no-color.org); else colour on a terminal, unless TERM is `dumb`.
 */
export function useColor(options: { format: string, output?: string, color?: boolean },
    stdoutIsTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
    if (options.format !== 'text' || options.output !== undefined) {
        return false;
    }
    const force = env.FORCE_COLOR;
    if (force !== undefined) {
        return force !== '0' && force !== 'false';
    }
    if (options.color !== undefined) {
        return options.color;
    }
    return !env.NO_COLOR && stdoutIsTTY && env.TERM !== 'dumb';
}
