// What the specs share: the workspace run-tests.mjs prepared, opening plans, waiting for the server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The extension under test, as its manifest names it (publisher.name). */
export const EXTENSION_ID = 'appl.appl-vscode';

/**
 * Set by run-tests.mjs: where the extension comes from ("vsix": installed from the packaged .vsix into
 * APPL_EXTENSIONS_DIR; "development": the extensionDevelopmentPath), and the exports `appl export`
 * wrote (APPL_EXPECTED_DIR), to compare the editor's with.
 */
export const env = {
    extensionSource: process.env.APPL_EXTENSION_SOURCE ?? 'development',
    extensionsDir: process.env.APPL_EXTENSIONS_DIR,
    expectedDir: process.env.APPL_EXPECTED_DIR,
};

export function workspaceUri(...path: string[]): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need the workspace folder run-tests.mjs prepared');
    return vscode.Uri.joinPath(folder.uri, ...path);
}

export function applExtension(): vscode.Extension<unknown> {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    return extension;
}

/** Opens a plan of the workspace in an editor, in the first column. */
export async function openPlan(name: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceUri(name));
    return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
}

type Falsy = false | 0 | '' | null | undefined;

/** Polls `probe` until it returns something truthy, and returns that; fails with `what` after `timeout` ms. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeout = 20_000): Promise<Exclude<T, Falsy>> {
    const deadline = Date.now() + timeout;
    for (;;) {
        const value = await probe();
        if (value) {
            return value as Exclude<T, Falsy>;
        }
        if (Date.now() > deadline) {
            assert.fail(`timed out after ${timeout} ms waiting for ${what}`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

/** A diagnostic's rule id: our server sets `code` to it (VS Code wraps it when a link is attached). */
export function ruleId(diagnostic: vscode.Diagnostic): string | number | undefined {
    const { code } = diagnostic;
    return typeof code === 'object' ? code.value : code;
}

/** Diagnostics as a user reads them, in reading order, with 1-based line:column like `appl check`. */
export function visible(diagnostics: readonly vscode.Diagnostic[]) {
    return [...diagnostics]
        .sort((a, b) => a.range.start.compareTo(b.range.start))
        .map(d => ({
            at: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
            rule: ruleId(d),
            severity: vscode.DiagnosticSeverity[d.severity],
            message: d.message,
        }));
}

/**
 * The position of the `occurrence`-th `text` in `document`, plus `offset` characters: e.g. the start of
 * `W7` in `addresses W7`.
 */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0, occurrence = 1): vscode.Position {
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = document.getText().indexOf(text, index + 1);
        assert.notEqual(index, -1, `"${text}" occurs fewer than ${occurrence} times in ${document.uri.path}`);
    }
    return document.positionAt(index + offset);
}

/**
 * The id of the command the extension's manifest contributes with this title as the Command Palette
 * shows it ("APPL: Export to JSON" = category "APPL" + title "Export to JSON").
 */
export function commandTitled(title: string): string {
    const commands: Array<{ command: string, title: string, category?: string }> =
        applExtension().packageJSON.contributes?.commands ?? [];
    const found = commands.find(c => (c.category ? `${c.category}: ${c.title}` : c.title) === title);
    assert.ok(found, `the manifest contributes no command titled "${title}" (it has: ${
        commands.map(c => (c.category ? `${c.category}: ${c.title}` : c.title)).join(', ') || 'none'})`);
    return found.command;
}

/**
 * Puts `text` back as the whole content of the editor's document and saves it: how the editing tests
 * undo their changes without depending on which editor has the focus.
 */
export async function restore(editor: vscode.TextEditor, text: string): Promise<void> {
    const { document } = editor;
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    assert.ok(await editor.edit(edit => edit.replace(whole, text)), `could not restore ${document.uri.path}`);
    assert.ok(await document.save(), `could not save ${document.uri.path}`);
}

/** Reverts every changed document and closes every editor, so that each test starts from an empty workbench. */
export async function closeAllEditors(): Promise<void> {
    // Only the plans the tests typed into: the workbench may hold its own files (User/settings.json)
    // dirty for a moment, and showing one of those races with the workbench opening it.
    for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty && d.languageId === 'appl')) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
