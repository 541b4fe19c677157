import type { LangiumDocument } from 'langium';
import type { ApplServices } from '../appl-module.js';
import { toPlanDiagnostics } from '../model/plan-diagnostics.js';
import { toPlanModel, type PlanDiagnostic, type PlanModel } from '../model/plan-model.js';
import { asOfDate } from '../model/plan-header.js';
import { toAnnexA } from './document/annex-a.js';
import { toReviewPack } from './document/review-pack.js';
import type { ReportDocument } from './document/document-model.js';
import { renderDocx } from './render-docx.js';
import { renderMarkdownDocument } from './render-markdown.js';
import { formatExportJson, toExportJson } from './to-json.js';
import { renderHtmlPage } from './to-html.js';
import { renderTimeline } from './html-timeline.js';
import type { IsoDate } from '../model/dates.js';

export type ExportFormat = 'json' | 'markdown' | 'html' | 'docx';
/** The formats of a document a reviewer reads (the JSON export is for programs). */
export type DocumentFormat = Exclude<ExportFormat, 'json'>;

export interface ExportOptions {
    /** Add the checker's findings as an appendix (documents); the JSON export always carries them. */
    includeFindings?: boolean;
    /** The HTML's Content-Security-Policy nonce; a fresh random one when not given. */
    nonce?: string;
}

export interface ReviewOptions extends ExportOptions {
    /** The start of the period the pack covers; by default the date of the last review before the as-of date. */
    since?: IsoDate;
}

/** What an export needs from a built plan file: its model at the checker's as-of date, and the findings. */
function planView(services: ApplServices, document: LangiumDocument): { model: PlanModel, diagnostics: PlanDiagnostic[] } {
    const visible = services.references.ImportResolver.visibleDocuments(document);
    const model = toPlanModel(document, visible, asOfDate(services, document));
    const diagnostics = visible.flatMap(doc => toPlanDiagnostics(document, doc, doc.diagnostics ?? []));
    return { model, diagnostics };
}

/**
 * The text of a plan's export as JSON, Markdown or HTML. The document must have been built
 * (checkPlans does it): the export is as at the checker's as-of date, and the JSON carries the
 * diagnostics of the plan file and of the files it imports. Pure apart from reading the built workspace.
 */
export function exportPlan(services: ApplServices, document: LangiumDocument, format: Exclude<ExportFormat, 'docx'>, options: ExportOptions = {}): string {
    const { model, diagnostics } = planView(services, document);
    if (format === 'json') {
        return formatExportJson(toExportJson(model, diagnostics));
    }
    const annexA = toAnnexA(model, { findings: options.includeFindings ? diagnostics : undefined });
    return format === 'markdown'
        ? renderMarkdownDocument(annexA)
        : renderHtmlPage(annexA, options.nonce ?? freshNonce(), renderTimeline(model));
}

/** An export in any format as the bytes of its file: UTF-8 text, or the Word file. */
export async function exportPlanFile(services: ApplServices, document: LangiumDocument, format: ExportFormat, options: ExportOptions = {}): Promise<Uint8Array> {
    if (format !== 'docx') {
        return new TextEncoder().encode(exportPlan(services, document, format, options));
    }
    const { model, diagnostics } = planView(services, document);
    return renderDocx(toAnnexA(model, { findings: options.includeFindings ? diagnostics : undefined }));
}

/** The progress-review pack of a plan (`appl review`) as the bytes of its file. */
export async function exportReviewPack(services: ApplServices, document: LangiumDocument, format: DocumentFormat, options: ReviewOptions = {}): Promise<Uint8Array> {
    const { model, diagnostics } = planView(services, document);
    const pack = toReviewPack(model, { since: options.since, findings: options.includeFindings ? diagnostics : undefined });
    return renderDocument(pack, format, options);
}

async function renderDocument(report: ReportDocument, format: DocumentFormat, options: ExportOptions): Promise<Uint8Array> {
    switch (format) {
        case 'docx': return renderDocx(report);
        case 'markdown': return new TextEncoder().encode(renderMarkdownDocument(report));
        case 'html': return new TextEncoder().encode(renderHtmlPage(report, options.nonce ?? freshNonce()));
    }
}

/** 18 random bytes as base64: a new nonce for every HTML document. */
export function freshNonce(): string {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
    return btoa(String.fromCharCode(...bytes));
}
