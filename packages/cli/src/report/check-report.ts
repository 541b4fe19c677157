import { allRules, type CheckedPlan } from 'appl-language';
import { severityName, type Diagnostic, type SeverityName, type Tally } from './tally.js';

/**
 * What `appl check` found, as every report format reads it: plain data built once from the checker's
 * results, so that the formats (text, json, sarif, github) are pure functions of the same values.
 */
export interface CheckReport {
    tool: { name: string, version: string };
    /** Every rule and other finding id the checker can report, for the formats that describe them. */
    rules: readonly RuleInfo[];
    files: FileReport[];
    /** Counts of the reported findings (with --quiet, errors only). */
    totals: Tally;
    /** With --quiet: the warnings and infos found but not listed (the text summary says so). */
    hidden?: { warnings: number, infos: number };
}

export interface RuleInfo {
    id: string;
    defaultSeverity: SeverityName;
    description: string;
    /** Where the rule is documented; absent for findings that are not rules (syntax-error). */
    helpUri?: string;
}

export interface FileReport {
    /** The file as given, relative to the cwd with '/' separators; `<stdin>` for unnamed stdin. */
    path: string;
    /** Absolute path of the file, if it is (or stands for) a file on disk. */
    absolutePath?: string;
    asOf: AsOfUsed;
    /** In position order. */
    diagnostics: ReportedDiagnostic[];
}

/**
 * The date the date-relative rules compared against: the plan's own `as-of`, the `--as-of` option, or
 * none (then those rules did not run). Never today's date.
 */
export type AsOfUsed =
    | { date: string, source: 'plan' | 'option' }
    | { source: 'none' };

/** The rules that compare dates with the as-of date, and so do not run without one, in catalogue order. */
export const DATE_RELATIVE_RULES: readonly string[] = allRules.filter(rule => rule.needsAsOf).map(rule => rule.id);

export interface Position {
    /** 1-based. */
    line: number;
    /** 1-based, in UTF-16 code units (as editors and LSP count). */
    column: number;
}

export interface ReportedDiagnostic {
    rule: string;
    severity: SeverityName;
    message: string;
    /** `end` is the position just after the last character. */
    range: { start: Position, end: Position };
    fix?: Fix;
}

/** A mechanical fix the checker attaches to a finding (in the diagnostic's data), as text edits. */
export interface Fix {
    description: string;
    edits: Array<{ range: { start: Position, end: Position }, text: string }>;
}

export interface FileInput {
    plan: CheckedPlan;
    path: string;
    absolutePath?: string;
    asOf: AsOfUsed;
}

/** Builds the report; with `quiet`, only errors are kept (and counted). */
export function toCheckReport(inputs: readonly FileInput[], options: {
    tool: CheckReport['tool'],
    rules: readonly RuleInfo[],
    quiet?: boolean,
}): CheckReport {
    const hidden = { warnings: 0, infos: 0 };
    const files = inputs.map(({ plan, path, absolutePath, asOf }): FileReport => ({
        path,
        ...(absolutePath !== undefined ? { absolutePath } : {}),
        asOf,
        diagnostics: plan.diagnostics
            .map(toReportedDiagnostic)
            .filter(diagnostic => {
                if (!options.quiet || diagnostic.severity === 'error') {
                    return true;
                }
                hidden[diagnostic.severity === 'warning' ? 'warnings' : 'infos']++;
                return false;
            })
            .sort(byPosition),
    }));
    return { tool: options.tool, rules: options.rules, files, totals: countReported(files), ...(options.quiet ? { hidden } : {}) };
}

function countReported(files: readonly FileReport[]): Tally {
    const totals: Tally = { files: files.length, errors: 0, warnings: 0, infos: 0 };
    for (const diagnostic of files.flatMap(file => file.diagnostics)) {
        if (diagnostic.severity === 'error') totals.errors++;
        else if (diagnostic.severity === 'warning') totals.warnings++;
        else totals.infos++;
    }
    return totals;
}

function toReportedDiagnostic(diagnostic: Diagnostic): ReportedDiagnostic {
    const fix = toFix(diagnostic.data);
    return {
        rule: diagnostic.code === undefined ? 'unknown' : String(diagnostic.code),
        severity: severityName(diagnostic),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        range: toRange(diagnostic.range),
        ...(fix ? { fix } : {}),
    };
}

type LspRange = Diagnostic['range'];

function toRange(range: LspRange): ReportedDiagnostic['range'] {
    return {
        start: { line: range.start.line + 1, column: range.start.character + 1 },
        end: { line: range.end.line + 1, column: range.end.character + 1 },
    };
}

/** `data.fix = { title, edits: TextEdit[] }` on a diagnostic, when the checker gives one. */
function toFix(data: unknown): Fix | undefined {
    const fix = (data as { fix?: { title?: unknown, edits?: unknown } } | undefined)?.fix;
    if (!fix || typeof fix.title !== 'string' || !Array.isArray(fix.edits)) {
        return undefined;
    }
    const edits = fix.edits.filter((edit): edit is { range: LspRange, newText: string } =>
        typeof edit?.newText === 'string' && typeof edit?.range?.start?.line === 'number');
    if (edits.length === 0) {
        return undefined;
    }
    return { description: fix.title, edits: edits.map(edit => ({ range: toRange(edit.range), text: edit.newText })) };
}

function byPosition(a: ReportedDiagnostic, b: ReportedDiagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column
        || a.range.end.line - b.range.end.line || a.range.end.column - b.range.end.column
        || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which date the run was checked against, in one line for the text and github formats (the json and
 * sarif formats give each file's): `Checked as of 2021-01-20 (the plan's as-of date).`, or each plan's
 * dates with how many files have each, and the files that have none.
 */
export function describeAsOf(files: readonly FileReport[]): string {
    const notChecked = `${wordList(DATE_RELATIVE_RULES)} were not checked`;
    const option = files.find(file => file.asOf.source === 'option');
    if (option && option.asOf.source === 'option') {
        return `Checked as of ${option.asOf.date} (--as-of).`;
    }
    const byDate = new Map<string, number>();
    let none = 0;
    for (const { asOf } of files) {
        if (asOf.source === 'plan') {
            byDate.set(asOf.date, (byDate.get(asOf.date) ?? 0) + 1);
        } else {
            none++;
        }
    }
    if (byDate.size === 0) {
        return `No as-of date: ${notChecked}.`;
    }
    const dates = [...byDate.keys()].sort();
    const checked = dates.length === 1 && files.length - none === 1
        ? `Checked as of ${dates[0]} (the plan's as-of date)`
        : dates.length === 1
            ? `Checked as of ${dates[0]} (the plans' as-of date)`
            : `Checked as of each plan's as-of date: ${dates.map(date => `${date} (${filesCount(byDate.get(date)!)})`).join(', ')}`;
    return none === 0 ? `${checked}.` : `${checked}; ${filesCount(none)} without one, where ${notChecked}.`;
}

function filesCount(count: number): string {
    return `${count} ${count === 1 ? 'file' : 'files'}`;
}

/** "a, b and c" */
function wordList(words: readonly string[]): string {
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
