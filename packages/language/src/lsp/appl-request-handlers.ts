import { DocumentState, UriUtils, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection, SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import { exportPlan } from '../export/export-plan.js';
import { renderHtml } from '../export/to-html.js';
import { toPlanDiagnostics } from '../model/plan-diagnostics.js';
import type { ApplLspServices } from './appl-lsp-module.js';
import { planModel, visibleDocuments } from './plan-view.js';
import {
    ExportPlanRequest, PreviewPlanRequest,
    type ApplRequest, type DocumentParams, type ExportPlanParams, type ExportPlanResult, type PreviewPlanResult,
} from './protocol.js';

const EXTENSIONS = { json: '.json', markdown: '.md' } as const;

/**
 * APPL's custom requests (declared in protocol.ts): the exports and the preview, computed by the core
 * from the server's current view of the file and its imports, once the file has been checked. And the
 * standard request Langium has no handler for: selection ranges.
 */
export function addApplRequestHandlers(connection: Connection, shared: LangiumSharedServices): void {
    onRequest(connection, shared, ExportPlanRequest, (services, document, params) => exportPlanText(services, document, params));
    onRequest(connection, shared, PreviewPlanRequest, (services, document) => previewPlan(services, document));
    connection.onSelectionRanges(createRequestHandler<SelectionRangeParams, SelectionRange[]>(
        (services, document, params) => (services as ApplLspServices).editor.SelectionRanges.getSelectionRanges(document, params),
        shared,
    ));
}

export function exportPlanText(services: ApplLspServices, document: LangiumDocument, params: ExportPlanParams): ExportPlanResult {
    const format = params.format === 'markdown' ? 'markdown' : 'json';
    const errors = visibleDocuments(services, document).flatMap(doc => doc.diagnostics ?? []).filter(d => d.severity === 1).length;
    const base = UriUtils.basename(document.uri).replace(/\.appl$/, '');
    return { text: exportPlan(services, document, format), fileName: `${base}${EXTENSIONS[format]}`, errors };
}

export async function previewPlan(services: ApplLspServices, document: LangiumDocument, nonce = freshNonce()): Promise<PreviewPlanResult> {
    const settings = await services.editor.Settings.get();
    const model = planModel(services, document, settings);
    const diagnostics = visibleDocuments(services, document).flatMap(doc => toPlanDiagnostics(document, doc, doc.diagnostics ?? []));
    return {
        html: renderHtml(model, diagnostics, { nonce }),
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
