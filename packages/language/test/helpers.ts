import { URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { expect } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkPlans, createApplServices, type ApplServices } from '../src/index.js';

export interface TestServices {
    appl: ApplServices;
}

export function createTestServices(): TestServices {
    return { appl: createApplServices().appl };
}

/** Forget every document, so that one test's names do not resolve in the next. */
export async function resetWorkspace(services: TestServices): Promise<void> {
    await clearDocuments(services.appl.shared);
}

/** Builds and checks in-memory files (name -> text); returns each file's diagnostics by name. */
export async function checkFiles(services: TestServices, files: Record<string, string>): Promise<Record<string, Diagnostic[]>> {
    const sources = Object.entries(files).map(([name, text]) => ({ uri: testUri(name), text }));
    const checked = await checkPlans(services.appl, sources);
    return Object.fromEntries(checked.map(({ document, diagnostics }) => [nameOf(document), diagnostics]));
}

export function testUri(name: string): URI {
    return URI.parse(`file:///plans/${name}`);
}

function nameOf(document: LangiumDocument): string {
    return document.uri.path.replace('/plans/', '');
}

type Position = { line: number, character: number };
type Range = { start: Position, end: Position };

/**
 * Removes the markers from a snippet whose expected findings are marked `<|like this|>` and returns
 * the text and the marked ranges, in order (0-based, as LSP has them).
 */
export function markedRanges(marked: string): { text: string, ranges: Range[] } {
    const ranges: Range[] = [];
    let text = '';
    let rest = marked;
    for (let open = rest.indexOf('<|'); open >= 0; open = rest.indexOf('<|')) {
        const close = rest.indexOf('|>', open);
        if (close < 0) {
            throw new Error('an <| has no matching |>');
        }
        text += rest.slice(0, open);
        const start = positionAt(text, text.length);
        text += rest.slice(open + 2, close);
        ranges.push({ start, end: positionAt(text, text.length) });
        rest = rest.slice(close + 2);
    }
    return { text: text + rest, ranges };
}

function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

const SEVERITIES = { error: 1, warning: 2, info: 3 } as const;

/**
 * Checks a plan (plus optional other files) and asserts the findings of one rule exactly: one per
 * marked range, with these messages, at this severity, and no other finding of that rule.
 */
export async function expectRule(services: TestServices, rule: string, marked: string, messages: string[],
    severity: keyof typeof SEVERITIES, otherFiles: Record<string, string> = {}): Promise<void> {
    const { text, ranges } = markedRanges(marked);
    const diagnostics = (await checkFiles(services, { 'plan.appl': text, ...otherFiles }))['plan.appl'];
    expect(findings(diagnostics, rule)).toEqual(ranges.map((range, i) => ({ range, message: messages[i], severity: SEVERITIES[severity] })));
}

/** Asserts that a plan draws no finding from one rule (and parses cleanly). */
export async function expectNoRule(services: TestServices, rule: string, text: string, otherFiles: Record<string, string> = {}): Promise<void> {
    const diagnostics = (await checkFiles(services, { 'plan.appl': text, ...otherFiles }))['plan.appl'];
    expect(findings(diagnostics, 'syntax-error')).toEqual([]);
    expect(findings(diagnostics, rule)).toEqual([]);
}

/** The diagnostics of one rule, as plain records that compare well in assertions. */
export function findings(diagnostics: Diagnostic[], rule: string): Array<{ range: Diagnostic['range'], message: string, severity: Diagnostic['severity'] }> {
    return diagnostics.filter(d => d.code === rule).map(d => ({ range: d.range, message: d.message, severity: d.severity }));
}
