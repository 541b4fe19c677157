import { CstUtils, isLeafCstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { closestName } from './did-you-mean.js';

export const UNUSED_SUPPRESSION = 'unused-suppression';

/**
 * `// appl-disable-next-line <rule-id>[, <rule-id>…] [-- reason]` silences those rules on the next line;
 * `// appl-disable-file <rule-id>…` in the whole file. Block comments work too.
 */
const DIRECTIVE = /^(?:\/\/|\/\*)\s*appl-disable-(next-line|file)\b(.*?)(?:\*\/)?\s*$/s;

interface SuppressedRule {
    id: string;
    range: Range;
    used: boolean;
}

interface Suppression {
    scope: 'next-line' | 'file';
    /** The line whose findings a next-line suppression silences (0-based). */
    line: number;
    range: Range;
    rules: SuppressedRule[];
}

export interface SuppressionResult {
    /** The diagnostics that remain, followed by findings about the suppressions themselves. */
    diagnostics: Diagnostic[];
}

/**
 * Drops the findings that suppression comments silence, and reports each suppression that names no
 * rule, names an unknown rule, or silences nothing. Syntax errors and config problems are never
 * silenced.
 */
export function applySuppressions(document: LangiumDocument, diagnostics: Diagnostic[], knownIds: readonly string[],
    unsuppressible: ReadonlySet<string>): SuppressionResult {
    const suppressions = findSuppressions(document);
    if (suppressions.length === 0) {
        return { diagnostics };
    }
    const kept = diagnostics.filter(diagnostic => {
        const code = String(diagnostic.code ?? '');
        if (unsuppressible.has(code)) {
            return true;
        }
        const rule = suppressions
            .filter(s => s.scope === 'file' || s.line === diagnostic.range.start.line)
            .flatMap(s => s.rules)
            .find(r => r.id === code);
        if (rule) {
            rule.used = true;
        }
        return !rule;
    });
    return { diagnostics: [...kept, ...suppressionFindings(suppressions, knownIds)] };
}

function suppressionFindings(suppressions: Suppression[], knownIds: readonly string[]): Omit<Diagnostic, 'severity'>[] {
    const findings: Omit<Diagnostic, 'severity'>[] = [];
    const report = (range: Range, message: string) => findings.push({ range, message, code: UNUSED_SUPPRESSION });
    for (const suppression of suppressions) {
        const directive = `appl-disable-${suppression.scope}`;
        if (suppression.rules.length === 0) {
            report(suppression.range, `Name the rule to silence: // ${directive} <rule-id>. A suppression must say what it silences.`);
        }
        for (const rule of suppression.rules) {
            if (!knownIds.includes(rule.id)) {
                const suggestion = closestName(rule.id, knownIds);
                report(rule.range, `${rule.id} is not a rule id${suggestion ? `; did you mean ${suggestion}?` : '.'}`);
            } else if (!rule.used) {
                const where = suppression.scope === 'file' ? 'in this file' : 'on the next line';
                report(rule.range, `This suppression silences nothing: there is no ${rule.id} finding ${where}. Remove it.`);
            }
        }
    }
    return findings;
}

function findSuppressions(document: LangiumDocument): Suppression[] {
    const root = document.parseResult.value.$cstNode;
    // Most plans have no suppression comment: a text search is far cheaper than a walk of the tree.
    if (!root || !document.textDocument.getText().includes('appl-disable')) {
        return [];
    }
    const suppressions: Suppression[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || !node.hidden || !node.text.includes('appl-disable')) {
            continue;
        }
        const match = DIRECTIVE.exec(node.text);
        if (!match) {
            continue;
        }
        const [, scope, rest] = match;
        const listText = rest.split('--')[0];
        const listStart = node.text.indexOf(rest);
        const rules: SuppressedRule[] = [];
        for (const id of listText.matchAll(/[A-Za-z0-9_.-]+/g)) {
            const offset = node.offset + listStart + id.index!;
            rules.push({ id: id[0], used: false, range: rangeOf(document, offset, offset + id[0].length) });
        }
        suppressions.push({ scope: scope as Suppression['scope'], line: node.range.end.line + 1, range: node.range, rules });
    }
    return suppressions;
}

function rangeOf(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}
