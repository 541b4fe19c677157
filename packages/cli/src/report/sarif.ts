import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATE_RELATIVE_RULES, type CheckReport, type FileReport, type RuleInfo } from './check-report.js';
import type { SeverityName } from './tally.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The base that relative artifact URIs are resolved against: the repository root (or the cwd). */
const SRCROOT = 'SRCROOT';
const LEVEL: Record<SeverityName, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
    /** Absolute folder that file URIs are relative to: the repository root, so code scanning finds them. */
    root: string;
    /** Where the tool is documented. */
    informationUri: string;
}

/**
 * `appl check --format sarif`: SARIF 2.1.0 for code scanning. One run; the tool's rules (id, a Pascal
 * case name, short and full descriptions, help URI, default level); one result per finding with its
 * physical location, relative to the repository root under the `SRCROOT` base id. Which as-of date
 * each file was checked against is in the invocation's properties (`asOf`). Passes Microsoft's SARIF
 * Multitool (`validate`) without errors or warnings; the CLI tests run it.
 */
export function toSarif(report: CheckReport, options: SarifOptions): object {
    const rules = [...report.rules];
    for (const id of new Set(report.files.flatMap(file => file.diagnostics.map(diagnostic => diagnostic.rule)))) {
        if (!rules.some(rule => rule.id === id)) {
            rules.push({ id, defaultSeverity: 'error', description: 'A finding without a documented rule.' });
        }
    }
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: report.tool.name,
                    fullName: 'APPL plan checker',
                    version: report.tool.version,
                    semanticVersion: report.tool.version,
                    informationUri: options.informationUri,
                    rules: rules.map(toReportingDescriptor),
                },
            },
            invocations: [{
                executionSuccessful: true,
                properties: { asOf: report.files.map(file => ({ file: file.path, ...asOfProperties(file) })) },
            }],
            originalUriBaseIds: {
                [SRCROOT]: { uri: folderUri(options.root) },
            },
            columnKind: 'utf16CodeUnits',
            results: report.files.flatMap(file => file.diagnostics.map(diagnostic => ({
                ruleId: diagnostic.rule,
                ruleIndex: ruleIndex.get(diagnostic.rule),
                level: LEVEL[diagnostic.severity],
                message: { text: sentence(diagnostic.message) },
                locations: [{
                    physicalLocation: {
                        artifactLocation: artifactLocation(file, options.root),
                        region: {
                            startLine: diagnostic.range.start.line,
                            startColumn: diagnostic.range.start.column,
                            endLine: diagnostic.range.end.line,
                            endColumn: diagnostic.range.end.column,
                        },
                    },
                }],
            }))),
        }],
    };
}

export function formatSarif(report: CheckReport, options: SarifOptions): string {
    return `${JSON.stringify(toSarif(report, options), undefined, 2)}\n`;
}

function toReportingDescriptor(rule: RuleInfo): object {
    const level = LEVEL[rule.defaultSeverity];
    return {
        id: rule.id,
        name: ruleName(rule.id),
        shortDescription: { text: sentence(rule.description) },
        fullDescription: { text: `${sentence(rule.description)} Default level: ${rule.defaultSeverity}; a project's appl.config.json can change it.` },
        ...(rule.helpUri ? {
            helpUri: rule.helpUri,
            help: {
                text: `${sentence(rule.description)} See ${rule.helpUri}.`,
                markdown: `${sentence(rule.description)} See [${rule.id}](${rule.helpUri}).`,
            },
        } : {}),
        defaultConfiguration: { level },
        properties: { tags: ['appl'] },
    };
}

function asOfProperties(file: FileReport): object {
    return file.asOf.source === 'none'
        ? { source: 'none', notChecked: [...DATE_RELATIVE_RULES] }
        : { date: file.asOf.date, source: file.asOf.source };
}

/** Relative to the root under SRCROOT; a file outside the root gets an absolute file URI. */
function artifactLocation(file: FileReport, root: string): object {
    if (file.absolutePath === undefined) {
        return { uri: encodePath(file.path), uriBaseId: SRCROOT };
    }
    const relative = path.relative(root, file.absolutePath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
        return { uri: pathToFileURL(file.absolutePath).href };
    }
    return { uri: encodePath(relative.split(path.sep).join('/')), uriBaseId: SRCROOT };
}

function encodePath(relative: string): string {
    return relative.split('/').map(encodeURIComponent).join('/');
}

function folderUri(folder: string): string {
    const href = pathToFileURL(folder).href;
    return href.endsWith('/') ? href : `${href}/`;
}

/**
 * SARIF's friendly rule name, in Pascal case: `weakness-covered` -> `WeaknessCovered`. It must differ
 * from the id other than in case (SARIF1001), so a one-word id gets a suffix: `unused` -> `UnusedRule`.
 */
export function ruleName(id: string): string {
    const name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map(word => word[0].toUpperCase() + word.slice(1)).join('');
    return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
}

/** SARIF messages are sentences: they end with a full stop. */
function sentence(text: string): string {
    const trimmed = text.trim();
    return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
