import { CHECK_REPORT_SCHEMA_URL } from 'appl-language';
import { DATE_RELATIVE_RULES, type AsOfUsed, type CheckReport, type ReportedDiagnostic } from './check-report.js';
import type { SeverityName, Tally } from './tally.js';

/** The address of schema/appl-check.v1.schema.json, which `"$schema"` names so that editors can download it. */
export const CHECK_SCHEMA_URL = CHECK_REPORT_SCHEMA_URL;

/**
 * `appl check --format json`, version 1: a wire format of its own, described by
 * schema/appl-check.v1.schema.json and docs/ci.md. Keys come in a fixed order and absent values are
 * left out, so the same plans always give the same text. A change here is a change there.
 */
export interface CheckJsonV1 {
    $schema: typeof CHECK_SCHEMA_URL;
    version: 1;
    tool: { name: string, version: string };
    files: FileJsonV1[];
    totals: Tally;
}

export interface FileJsonV1 {
    path: string;
    asOf: AsOfJsonV1;
    diagnostics: DiagnosticJsonV1[];
    totals: Omit<Tally, 'files'>;
}

export type AsOfJsonV1 =
    | { date: string, source: 'plan' | 'option' }
    | { source: 'none', notChecked: string[] };

export interface DiagnosticJsonV1 {
    rule: string;
    severity: SeverityName;
    message: string;
    range: ReportedDiagnostic['range'];
    fix?: NonNullable<ReportedDiagnostic['fix']>;
}

export function toCheckJson(report: CheckReport): CheckJsonV1 {
    return {
        $schema: CHECK_SCHEMA_URL,
        version: 1,
        tool: { name: report.tool.name, version: report.tool.version },
        files: report.files.map(file => ({
            path: file.path,
            asOf: toAsOfJson(file.asOf),
            diagnostics: file.diagnostics.map(toDiagnosticJson),
            totals: {
                errors: countOf(file.diagnostics, 'error'),
                warnings: countOf(file.diagnostics, 'warning'),
                infos: countOf(file.diagnostics, 'info'),
            },
        })),
        totals: {
            files: report.totals.files, errors: report.totals.errors, warnings: report.totals.warnings, infos: report.totals.infos,
        },
    };
}

export function formatJson(report: CheckReport): string {
    return `${JSON.stringify(toCheckJson(report), undefined, 2)}\n`;
}

function toAsOfJson(asOf: AsOfUsed): AsOfJsonV1 {
    return asOf.source === 'none'
        ? { source: 'none', notChecked: [...DATE_RELATIVE_RULES] }
        : { date: asOf.date, source: asOf.source };
}

function toDiagnosticJson(diagnostic: ReportedDiagnostic): DiagnosticJsonV1 {
    const { start, end } = diagnostic.range;
    return {
        rule: diagnostic.rule,
        severity: diagnostic.severity,
        message: diagnostic.message,
        range: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
        ...(diagnostic.fix ? { fix: diagnostic.fix } : {}),
    };
}

function countOf(diagnostics: readonly ReportedDiagnostic[], severity: SeverityName): number {
    return diagnostics.filter(diagnostic => diagnostic.severity === severity).length;
}
