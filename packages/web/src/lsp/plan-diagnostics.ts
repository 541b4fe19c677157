// The checker's findings on the page: each published diagnostic goes to the editor (underlines and
// gutter marks, with its quick fixes as buttons) and to the problems list. Replaces CodeMirror's
// serverDiagnostics() so that the rule id, the original LSP diagnostic (which the code-action request
// needs back) and the fixes are kept.
import { setDiagnostics, type Action, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { LSPPlugin, type LSPClient, type LSPClientExtension } from '@codemirror/lsp-client';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Fix {
    title: string;
    /** Applies the fix to the editor, if the text is still the one the fix was made for. */
    apply(): boolean;
}

export interface Problem {
    diagnostic: lsp.Diagnostic;
    /** The message as plain text (LSP 3.18 allows Markdown; the APPL server sends text). */
    message: string;
    severity: Severity;
    /** The rule id (`action-has-lead`), or `syntax-error`. */
    rule: string;
    line: number;
    column: number;
    fixes: Fix[];
}

export interface FileProblems {
    uri: string;
    version: number | undefined;
    problems: Problem[];
}

const SEVERITIES: Severity[] = ['error', 'error', 'warning', 'info', 'hint'];

/** How long typing must pause before the editor's changes go to the server. */
const SYNC_DELAY = 250;

export class PlanDiagnostics {
    private readonly latest = new Map<string, FileProblems>();
    private listeners: Array<(file: FileProblems) => void> = [];
    /** The latest publication for each file: fixes that arrive for an older one are dropped. */
    private readonly serials = new Map<string, number>();
    private serial = 0;

    /** The LSP client extension: the capability, the notification handler and the editor's sync. */
    extension(): LSPClientExtension {
        return {
            clientCapabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: {} } },
            notificationHandlers: {
                'textDocument/publishDiagnostics': (client, params: lsp.PublishDiagnosticsParams) => {
                    void this.publish(client, params);
                    return true;
                },
            },
            editorExtension: autoSync,
        };
    }

    onChange(listener: (file: FileProblems) => void): void {
        this.listeners.push(listener);
    }

    problemsOf(uri: string): FileProblems | undefined {
        return this.latest.get(uri);
    }

    private async publish(client: LSPClient, params: lsp.PublishDiagnosticsParams): Promise<void> {
        const serial = ++this.serial;
        this.serials.set(params.uri, serial);
        const file = client.workspace.getFile(params.uri);
        if (file && params.version != null && params.version !== file.version) {
            return; // an answer for text that has changed since; a newer one follows
        }
        const problems: Problem[] = params.diagnostics.map(diagnostic => ({
            diagnostic,
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            severity: SEVERITIES[diagnostic.severity ?? 1],
            rule: typeof diagnostic.code === 'string' || typeof diagnostic.code === 'number' ? String(diagnostic.code) : '',
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character + 1,
            fixes: [],
        })).sort((a, b) => a.line - b.line || a.column - b.column);
        const result: FileProblems = { uri: params.uri, version: params.version ?? undefined, problems };
        this.show(client, result);
        if (problems.length > 0 && client.serverCapabilities?.codeActionProvider) {
            await this.addFixes(client, result);
            if (this.serials.get(params.uri) === serial) this.show(client, result);
        }
    }

    /** One code-action request for all of a file's findings; each action names the finding it fixes. */
    private async addFixes(client: LSPClient, file: FileProblems): Promise<void> {
        const view = client.workspace.getFile(file.uri)?.getView();
        const plugin = view && LSPPlugin.get(view);
        if (!view || !plugin) return;
        const end = plugin.toPosition(plugin.syncedDoc.length, plugin.syncedDoc);
        let actions: Array<lsp.CodeAction | lsp.Command> | null;
        try {
            actions = await client.request<lsp.CodeActionParams, Array<lsp.CodeAction | lsp.Command> | null>('textDocument/codeAction', {
                textDocument: { uri: file.uri },
                range: { start: { line: 0, character: 0 }, end },
                context: { diagnostics: file.problems.map(problem => problem.diagnostic), only: ['quickfix'] },
            });
        } catch {
            return; // the text changed while the server worked; the next findings bring their fixes
        }
        for (const action of actions ?? []) {
            if (!('edit' in action) || !action.edit?.changes) continue;
            const edits = action.edit.changes[file.uri] ?? [];
            for (const target of action.diagnostics ?? []) {
                const problem = file.problems.find(candidate => sameDiagnostic(candidate.diagnostic, target));
                problem?.fixes.push({ title: action.title, apply: () => applyEdits(client, file, edits) });
            }
        }
    }

    private show(client: LSPClient, file: FileProblems): void {
        const open = client.workspace.getFile(file.uri);
        if (open && file.version !== undefined && open.version !== file.version) {
            return; // the text changed while the fixes were worked out: newer findings follow
        }
        this.latest.set(file.uri, file);
        const view = open?.getView();
        const plugin = view && LSPPlugin.get(view);
        if (view && plugin) {
            view.dispatch(setDiagnostics(view.state, file.problems.map(problem => toEditorDiagnostic(plugin, problem))));
        }
        this.listeners.forEach(listener => listener(file));
    }
}

function toEditorDiagnostic(plugin: LSPPlugin, problem: Problem): EditorDiagnostic {
    const { range } = problem.diagnostic;
    const at = (position: lsp.Position) => plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, plugin.syncedDoc));
    const actions: Action[] = problem.fixes.map(fix => ({ name: fix.title, apply: () => { fix.apply(); } }));
    return {
        from: at(range.start),
        to: at(range.end),
        severity: problem.severity,
        message: problem.message,
        source: problem.rule || undefined,
        actions,
    };
}

/** Applies a fix's edits when the editor still holds the text the fix was computed for. */
function applyEdits(client: LSPClient, file: FileProblems, edits: lsp.TextEdit[]): boolean {
    const open = client.workspace.getFile(file.uri);
    const view = open?.getView();
    const plugin = view && LSPPlugin.get(view);
    if (!open || !view || !plugin || (file.version !== undefined && open.version !== file.version) || !plugin.unsyncedChanges.empty) {
        return false;
    }
    view.dispatch({
        changes: edits.map(edit => ({
            from: plugin.fromPosition(edit.range.start, plugin.syncedDoc),
            to: plugin.fromPosition(edit.range.end, plugin.syncedDoc),
            insert: edit.newText,
        })),
        userEvent: 'input.quickfix',
        scrollIntoView: true,
    });
    client.sync();
    return true;
}

function sameDiagnostic(a: lsp.Diagnostic, b: lsp.Diagnostic): boolean {
    return a.message === b.message && a.code === b.code
        && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
        && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

/** Sends the editor's changes to the server once typing pauses. */
const autoSync = ViewPlugin.fromClass(class {
    private pending: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly view: EditorView) {}

    update(update: ViewUpdate) {
        if (update.docChanged) {
            clearTimeout(this.pending);
            this.pending = setTimeout(() => LSPPlugin.get(this.view)?.client.sync(), SYNC_DELAY);
        }
    }

    destroy() {
        clearTimeout(this.pending);
    }
});
