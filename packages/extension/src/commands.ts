import { APPL_LANGUAGE_ID, ExportPlanRequest, VSCODE_COMMANDS, type ExportFormat } from 'appl-language/protocol';
import { commands, Uri, window, workspace, type Disposable, type TextDocument } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { PlanPreviews } from './preview/plan-previews.js';
import { sendRequest } from './requests.js';

/**
 * The extension's commands. Each asks the server (one typed request from protocol.ts) and does one
 * VS Code step with the answer: save the export, or show the preview. Nothing is computed here.
 */
export function registerCommands(client: BaseLanguageClient, previews: PlanPreviews): Disposable[] {
    return [
        commands.registerCommand(VSCODE_COMMANDS.exportJson, (plan?: Uri, target?: Uri) => exportPlan(client, 'json', plan, target)),
        commands.registerCommand(VSCODE_COMMANDS.exportMarkdown, (plan?: Uri, target?: Uri) => exportPlan(client, 'markdown', plan, target)),
        commands.registerCommand(VSCODE_COMMANDS.openPreviewToSide, async (plan?: Uri) => {
            const document = await planDocument(plan);
            if (document) {
                await previews.show(document);
            }
        }),
    ];
}

/**
 * "APPL: Export to JSON / Markdown": the plan in the active editor (or the file chosen in the Explorer)
 * as `appl export` would write it, saved where the author chooses (beside the plan by default). A
 * caller may give the file to write as a second argument, with no dialog. Returns the file written.
 */
async function exportPlan(client: BaseLanguageClient, format: ExportFormat, plan?: Uri, target?: Uri): Promise<Uri | undefined> {
    const document = await planDocument(plan);
    if (!document) {
        return undefined;
    }
    const result = await sendRequest(client, ExportPlanRequest, { textDocument: { uri: document.uri.toString() }, format });
    const file = target ?? await window.showSaveDialog({
        defaultUri: Uri.joinPath(document.uri, '..', result.fileName),
        filters: format === 'json' ? { 'JSON': ['json'] } : { 'Markdown': ['md'] },
        saveLabel: 'Export',
        title: `Export ${workspace.asRelativePath(document.uri)} to ${format === 'json' ? 'JSON' : 'Markdown'}`,
    });
    if (!file) {
        return undefined;
    }
    await workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
    const name = workspace.asRelativePath(file);
    const message = result.errors > 0
        ? `Exported ${name}. The plan has ${result.errors} ${result.errors === 1 ? 'error' : 'errors'}; the export lists ${result.errors === 1 ? 'it' : 'them'}.`
        : `Exported ${name}.`;
    void (result.errors > 0 ? window.showWarningMessage(message, 'Open') : window.showInformationMessage(message, 'Open'))
        .then(choice => choice === 'Open' ? window.showTextDocument(file) : undefined);
    return file;
}

/** The plan to act on: the file given (from the Explorer), else the active APPL editor's. */
async function planDocument(plan?: Uri): Promise<TextDocument | undefined> {
    if (plan instanceof Uri) {
        return workspace.openTextDocument(plan);
    }
    const document = window.activeTextEditor?.document;
    if (document?.languageId === APPL_LANGUAGE_ID) {
        return document;
    }
    void window.showInformationMessage('Open an APPL plan (.appl file) first.');
    return undefined;
}
