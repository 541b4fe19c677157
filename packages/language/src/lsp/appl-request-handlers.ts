import { DocumentState, UriUtils, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection, SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import { exportPlanFile, exportReviewPack } from '../export/export-plan.js';
import { renderHtml } from '../export/to-html.js';
import { isValidDate } from '../model/dates.js';
import type { ApplLspServices } from './appl-lsp-module.js';
import { planModel, visibleDocuments } from './plan-view.js';
import {
    ExportPlanRequest, PreviewPlanRequest, ReviewPackRequest,
    type ApplRequest, type DocumentParams, type ExportFormat, type ExportPlanParams, type ExportPlanResult, type PreviewPlanResult, type ReviewPackParams,
} from './protocol.js';

const EXTENSIONS: Record<ExportFormat, string> = { json: '.json', markdown: '.md', html: '.html', docx: '.docx' };
const FORMATS = Object.keys(EXTENSIONS) as ExportFormat[];

/**
 * APPL's custom requests (declared in protocol.ts): the exports and the preview, computed by the core
 * from the server's current view of the file and its imports, once the file has been checked. And the
 * standard request Langium has no handler for: selection ranges.
 */
export function addApplRequestHandlers(connection: Connection, shared: LangiumSharedServices): void {
    onRequest(connection, shared, ExportPlanRequest, (services, document, params) => exportPlanText(services, document, params));
    onRequest(connection, shared, ReviewPackRequest, (services, document, params) => reviewPackText(services, document, params));
    onRequest(connection, shared, PreviewPlanRequest, (services, document) => previewPlan(services, document));
    connection.onSelectionRanges(createRequestHandler<SelectionRangeParams, SelectionRange[]>(
        (services, document, params) => (services as ApplLspServices).editor.SelectionRanges.getSelectionRanges(document, params),
        shared,
    ));
}

/** The export as `appl export` writes it; a Word file travels as base64. */
export async function exportPlanText(services: ApplLspServices, document: LangiumDocument, params: ExportPlanParams): Promise<ExportPlanResult> {
    const format = FORMATS.includes(params.format) ? params.format : 'json';
    const data = await exportPlanFile(services, document, format);
    return fileResult(services, document, format, data, '');
}

/** The progress-review pack as `appl review` writes it. */
export async function reviewPackText(services: ApplLspServices, document: LangiumDocument, params: ReviewPackParams): Promise<ExportPlanResult> {
    const format = params.format === 'docx' || params.format === 'html' ? params.format : 'markdown';
    const data = await exportReviewPack(services, document, format, { since: isValidDate(params.since) ? params.since : undefined });
    return fileResult(services, document, format, data, '-review');
}

function fileResult(services: ApplLspServices, document: LangiumDocument, format: ExportFormat, data: Uint8Array, suffix: string): ExportPlanResult {
    const errors = visibleDocuments(services, document).flatMap(doc => doc.diagnostics ?? []).filter(d => d.severity === 1).length;
    const base = UriUtils.basename(document.uri).replace(/\.appl$/, '');
    const fileName = `${base}${suffix}${EXTENSIONS[format]}`;
    return format === 'docx'
        ? { text: toBase64(data), encoding: 'base64', fileName, errors }
        : { text: new TextDecoder().decode(data), fileName, errors };
}

function toBase64(data: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) {
        binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    }
    return btoa(binary);
}

export async function previewPlan(services: ApplLspServices, document: LangiumDocument, nonce = freshNonce()): Promise<PreviewPlanResult> {
    const settings = await services.editor.Settings.get();
    const model = planModel(services, document, settings);
    return {
        html: renderHtml(model, { nonce }),
        title: model.plan?.title || UriUtils.basename(document.uri),
    };
}

function onRequest<P extends DocumentParams, R extends NonNullable<unknown>>(
    connection: Connection,
    shared: LangiumSharedServices,
    request: ApplRequest<P, R>,
    handle: (services: ApplLspServices, document: LangiumDocument, params: P) => R | Promise<R>,
): void {
    const handler = createRequestHandler<P, R>(
        (services, document, params) => handle(services as ApplLspServices, document, params),
        shared,
        DocumentState.Validated,
    );
    // Typed by ApplRequest above; vscode-jsonrpc's overloads cannot follow a generic result.
    connection.onRequest(request.method, (params: P, token: CancellationToken) => handler(params, token) as Promise<unknown>);
}

/** 18 random bytes as base64: a new nonce for every render of the preview. */
function freshNonce(): string {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
    return btoa(String.fromCharCode(...bytes));
}
