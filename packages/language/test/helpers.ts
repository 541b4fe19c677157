import { URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
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

/**
 * Parses a snippet whose expected finding is marked `<|like this|>` and returns the text without
 * markers and the marked range (0-based, as LSP has it).
 */
export function markedRange(marked: string): { text: string, range: { start: { line: number, character: number }, end: { line: number, character: number } } } {
    const start = marked.indexOf('<|');
    const end = marked.indexOf('|>');
    if (start < 0 || end < start) {
        throw new Error('mark the expected range with <|…|>');
    }
    const text = marked.slice(0, start) + marked.slice(start + 2, end) + marked.slice(end + 2);
    return { text, range: { start: positionAt(text, start), end: positionAt(text, end - 2) } };
}

function positionAt(text: string, offset: number): { line: number, character: number } {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The diagnostics of one rule, as plain records that compare well in assertions. */
export function findings(diagnostics: Diagnostic[], rule: string): Array<{ range: Diagnostic['range'], message: string, severity: Diagnostic['severity'] }> {
    return diagnostics.filter(d => d.code === rule).map(d => ({ range: d.range, message: d.message, severity: d.severity }));
}
