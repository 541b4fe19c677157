// The "appl-language/protocol" entry: what the language server and the VS Code extension agree on,
// declared once. The extension may import this file and nothing else from appl-language, so it must
// stay free of Langium and of vscode-languageserver (and so declares its requests without
// vscode-jsonrpc's RequestType: an ApplRequest carries the method name and, for the compiler only,
// the parameter and result types).

/** The language id of `.appl` files, as the extension manifest declares it. */
export const APPL_LANGUAGE_ID = 'appl';

/** A custom request: its method name `appl/<verbNoun>`, with its parameter and result types. */
export interface ApplRequest<P, R> {
    readonly method: string;
    /** Never set: lets `sendRequest(request, params)` check P and R at compile time. */
    readonly types?: { params: P, result: R };
}

export type RequestParams<T> = T extends ApplRequest<infer P, unknown> ? P : never;
export type RequestResult<T> = T extends ApplRequest<unknown, infer R> ? R : never;

export interface DocumentParams {
    textDocument: { uri: string };
}

export type ExportFormat = 'json' | 'markdown' | 'html' | 'docx';

export interface ExportPlanParams extends DocumentParams {
    format: ExportFormat;
}

export interface ExportPlanResult {
    /** The export, exactly as `appl export --format <format>` writes it; a Word file in base64. */
    text: string;
    /** `base64` for a Word file (JSON-RPC carries text); the text itself otherwise. */
    encoding?: 'base64';
    /** A file name for it beside the plan: `medway-app.json`, `medway-app.md`, `medway-app.docx`. */
    fileName: string;
    /** Errors in the plan and its imports. */
    errors: number;
}

/** The plan as JSON (schema v1) or as the Annex A document, from the server's current view of the file. */
export const ExportPlanRequest: ApplRequest<ExportPlanParams, ExportPlanResult> = { method: 'appl/exportPlan' };

export interface ReviewPackParams extends DocumentParams {
    format: Exclude<ExportFormat, 'json'>;
    /** YYYY-MM-DD: the start of the period the pack covers; by default the last review's date. */
    since?: string;
}

/** The progress-review pack, as `appl review` writes it. */
export const ReviewPackRequest: ApplRequest<ReviewPackParams, ExportPlanResult> = { method: 'appl/reviewPack' };

export interface PreviewPlanResult {
    /** A whole HTML document with its own Content-Security-Policy: show it as it is. */
    html: string;
    /** A title for the preview tab: the plan's title, else the file name. */
    title: string;
}

/** The plan as an HTML document with a timeline, for the live preview. */
export const PreviewPlanRequest: ApplRequest<DocumentParams, PreviewPlanResult> = { method: 'appl/previewPlan' };

/** Every custom request, for tests that check both sides use the same names. */
export const APPL_REQUESTS = [ExportPlanRequest, ReviewPackRequest, PreviewPlanRequest] as const;

/**
 * The editor settings (section `appl`): presentation only, never rule severities (those live in the
 * project's config file, so that the editor and CI agree). The server reads them through the
 * client's `workspace/configuration`; a client that sends none gets the defaults.
 */
export interface ApplSettings {
    codeLens: { enabled: boolean };
    inlayHints: { enabled: boolean };
    preview: { delay: number };
    /** YYYY-MM-DD: show statuses as at this date instead of the plan's `as-of`; empty: the plan's. */
    asOf: string;
}

export const SETTINGS_SECTION = 'appl';

export const DEFAULT_SETTINGS: ApplSettings = {
    codeLens: { enabled: true },
    inlayHints: { enabled: true },
    preview: { delay: 300 },
    asOf: '',
};

/** The VS Code commands the extension contributes (`appl.<verbNoun>`); never a server command id. */
export const VSCODE_COMMANDS = {
    exportJson: 'appl.exportJson',
    exportMarkdown: 'appl.exportMarkdown',
    exportWord: 'appl.exportWord',
    exportReviewPack: 'appl.exportReviewPack',
    openPreviewToSide: 'appl.openPreviewToSide',
    newPlan: 'appl.newPlan',
    openExample: 'appl.openExample',
} as const;

/**
 * The code action kind of "fix all": every fix that needs no human choice (`appl check --fix`), for
 * `"editor.codeActionsOnSave": { "source.fixAll.appl": "explicit" }`.
 */
export const FIX_ALL_KIND = 'source.fixAll.appl';

// ---------------------------------------------------------------- requests the server sends
// The browser server (lsp/main-browser.ts: vscode.dev, github.dev, the web page) has no disk: it reads
// the files a plan imports, and the workspace's folders, by asking the client, which reads them
// through the editor (VS Code's workspace.fs) or from the page's own files.

export interface FileParams {
    uri: string;
}

/** A file's text, or null when there is no such file or it cannot be read. */
export const ReadFileRequest: ApplRequest<FileParams, string | null> = { method: 'appl/readFile' };

export interface DirectoryEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** A folder's entries, or null when there is no such folder. */
export const ReadDirectoryRequest: ApplRequest<FileParams, DirectoryEntry[] | null> = { method: 'appl/readDirectory' };

/** Every request the server sends to the client. */
export const APPL_CLIENT_REQUESTS = [ReadFileRequest, ReadDirectoryRequest] as const;
