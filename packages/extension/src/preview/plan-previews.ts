import { APPL_LANGUAGE_ID, DEFAULT_SETTINGS, PreviewPlanRequest, SETTINGS_SECTION } from 'appl-language/protocol';
import { ViewColumn, window, workspace, type Disposable, type TextDocument, type WebviewPanel } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { sendRequest } from '../requests.js';

/**
 * The live previews: one webview per plan, beside its editor, showing the HTML the server renders
 * (PreviewPlanRequest). The page brings its own Content-Security-Policy and loads nothing; this
 * class only shows it, again after each change to any plan file (the plan may import it) once
 * typing pauses for `appl.preview.delay` milliseconds, and when the `appl` settings change.
 */
export class PlanPreviews implements Disposable {
    private readonly previews = new Map<string, PlanPreview>();
    private readonly subscriptions: Disposable[];

    constructor(private readonly client: BaseLanguageClient) {
        this.subscriptions = [
            workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === APPL_LANGUAGE_ID && event.contentChanges.length > 0) {
                    this.previews.forEach(preview => preview.refreshSoon());
                }
            }),
            workspace.onDidSaveTextDocument(document => {
                if (document.languageId === APPL_LANGUAGE_ID) this.previews.forEach(preview => preview.refreshSoon());
            }),
            workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration(SETTINGS_SECTION)) this.previews.forEach(preview => preview.refreshSoon());
            }),
        ];
    }

    /** Opens the preview of a plan beside its editor, or brings it forward if it is open. */
    async show(document: TextDocument): Promise<void> {
        const key = document.uri.toString();
        const existing = this.previews.get(key);
        if (existing) {
            existing.panel.reveal(ViewColumn.Beside, true);
            return;
        }
        const panel = window.createWebviewPanel('appl.preview', `Preview ${workspace.asRelativePath(document.uri)}`,
            { viewColumn: ViewColumn.Beside, preserveFocus: true },
            // Scripts: only the page's own nonce'd one (it keeps the scroll position); no local files at all.
            { enableScripts: true, enableForms: false, localResourceRoots: [], enableFindWidget: true });
        const preview = new PlanPreview(this.client, key, panel);
        this.previews.set(key, preview);
        panel.onDidDispose(() => {
            preview.dispose();
            this.previews.delete(key);
        });
        await preview.refresh();
    }

    dispose(): void {
        this.subscriptions.forEach(subscription => subscription.dispose());
        this.previews.forEach(preview => preview.panel.dispose());
    }
}

class PlanPreview {
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Answers can arrive out of order while one types: only the latest request's is shown. */
    private latest = 0;

    constructor(private readonly client: BaseLanguageClient, private readonly uri: string, readonly panel: WebviewPanel) {}

    refreshSoon(): void {
        clearTimeout(this.timer);
        const delay = workspace.getConfiguration(SETTINGS_SECTION).get<number>('preview.delay', DEFAULT_SETTINGS.preview.delay);
        this.timer = setTimeout(() => void this.refresh(), Math.max(0, delay));
    }

    async refresh(): Promise<void> {
        const request = ++this.latest;
        try {
            const result = await sendRequest(this.client, PreviewPlanRequest, { textDocument: { uri: this.uri } });
            if (request === this.latest) {
                this.panel.title = `Preview ${result.title}`;
                this.panel.webview.html = result.html;
            }
        } catch (error) {
            if (request === this.latest) {
                void window.showErrorMessage(`APPL could not preview the plan: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    }

    dispose(): void {
        clearTimeout(this.timer);
    }
}
