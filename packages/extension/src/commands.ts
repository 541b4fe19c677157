import {
    APPL_LANGUAGE_ID, ExportPlanRequest, ReviewPackRequest, VSCODE_COMMANDS, type ExportFormat, type ExportPlanResult,
} from 'appl-language/protocol';
import { commands, Uri, window, workspace, type Disposable, type TextDocument } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { PlanPreviews } from './preview/plan-previews.js';
import { sendRequest } from './requests.js';

type DocumentFormat = Exclude<ExportFormat, 'json'>;

const FORMATS: Record<ExportFormat, { name: string, extension: string }> = {
    json: { name: 'JSON', extension: 'json' },
    markdown: { name: 'Markdown', extension: 'md' },
    html: { name: 'HTML', extension: 'html' },
    docx: { name: 'Word', extension: 'docx' },
};

/**
 * The extension's commands. Each asks the server (one typed request from protocol.ts) and does one
 * VS Code step with the answer: save the export, or show the preview. Nothing is computed here.
 */
export function registerCommands(client: BaseLanguageClient, previews: PlanPreviews): Disposable[] {
    return [
        commands.registerCommand(VSCODE_COMMANDS.exportJson, (plan?: Uri, target?: Uri) => exportPlan(client, 'json', plan, target)),
        commands.registerCommand(VSCODE_COMMANDS.exportMarkdown, (plan?: Uri, target?: Uri) => exportPlan(client, 'markdown', plan, target)),
        commands.registerCommand(VSCODE_COMMANDS.exportWord, (plan?: Uri, target?: Uri) => exportPlan(client, 'docx', plan, target)),
        commands.registerCommand(VSCODE_COMMANDS.exportReviewPack, (plan?: Uri, target?: Uri) => exportReviewPack(client, plan, target)),
        commands.registerCommand(VSCODE_COMMANDS.openPreviewToSide, async (plan?: Uri) => {
            const document = await planDocument(plan);
            if (document) {
                await previews.show(document);
            }
        }),
    ];
}

/**
 * "APPL: Export to JSON / Markdown / Word": the plan in the active editor (or the file chosen in the
 * Explorer) as `appl export` would write it, saved where the author chooses (beside the plan by
 * default). A caller may give the file to write as a second argument, with no dialog. Returns the file
 * written.
 */
async function exportPlan(client: BaseLanguageClient, format: ExportFormat, plan?: Uri, target?: Uri): Promise<Uri | undefined> {
    const document = await planDocument(plan);
    if (!document) {
        return undefined;
    }
    const result = await sendRequest(client, ExportPlanRequest, { textDocument: { uri: document.uri.toString() }, format });
    return save(document, result, format, target, `Export ${workspace.asRelativePath(document.uri)} to ${FORMATS[format].name}`);
}

/**
 * "APPL: Write the Progress Review Pack": the pack `appl review` writes, in the format the author picks
 * (or the one the target file's extension names, when a caller gives one).
 */
async function exportReviewPack(client: BaseLanguageClient, plan?: Uri, target?: Uri): Promise<Uri | undefined> {
    const document = await planDocument(plan);
    if (!document) {
        return undefined;
    }
    const byExtension = target ? (Object.keys(FORMATS) as ExportFormat[]).find(key => target.path.endsWith(`.${FORMATS[key].extension}`)) : undefined;
    const format = byExtension && byExtension !== 'json' ? byExtension as DocumentFormat : await pickFormat();
    if (!format) {
        return undefined;
    }
    const result = await sendRequest(client, ReviewPackRequest, { textDocument: { uri: document.uri.toString() }, format });
    return save(document, result, format, target, `Progress review pack of ${workspace.asRelativePath(document.uri)}`);
}

async function pickFormat(): Promise<DocumentFormat | undefined> {
    const choice = await window.showQuickPick([
        { label: 'Word', description: '.docx', format: 'docx' as const },
        { label: 'Markdown', description: '.md', format: 'markdown' as const },
        { label: 'HTML', description: '.html, to print', format: 'html' as const },
    ], { title: 'Progress review pack', placeHolder: 'The format of the pack' });
    return choice?.format;
}

/** Saves an export beside the plan (or where the author chooses) and says so. */
async function save(document: TextDocument, result: ExportPlanResult, format: ExportFormat, target: Uri | undefined, title: string): Promise<Uri | undefined> {
    const { name, extension } = FORMATS[format];
    const file = target ?? await window.showSaveDialog({
        defaultUri: Uri.joinPath(document.uri, '..', result.fileName),
        filters: { [name]: [extension] },
        saveLabel: 'Export',
        title,
    });
    if (!file) {
        return undefined;
    }
    const bytes = result.encoding === 'base64'
        ? Uint8Array.from(atob(result.text), char => char.charCodeAt(0))
        : new TextEncoder().encode(result.text);
    await workspace.fs.writeFile(file, bytes);
    const written = workspace.asRelativePath(file);
    const message = result.errors > 0
        ? `Exported ${written}. The plan has ${result.errors} ${result.errors === 1 ? 'error' : 'errors'}: run "appl check" or see the Problems panel.`
        : `Exported ${written}.`;
    // A Word file is not for an editor tab: show it in the Explorer, from where it opens in Word.
    const open = format === 'docx' ? () => commands.executeCommand('revealInExplorer', file) : () => window.showTextDocument(file);
    void (result.errors > 0 ? window.showWarningMessage(message, 'Open') : window.showInformationMessage(message, 'Open'))
        .then(choice => choice === 'Open' ? open() : undefined);
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
