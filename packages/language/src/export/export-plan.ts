import type { LangiumDocument } from 'langium';
import type { ApplServices } from '../appl-module.js';
import { toPlanDiagnostics } from '../model/plan-diagnostics.js';
import { toPlanModel } from '../model/plan-model.js';
import { asOfDate } from '../model/plan-header.js';
import { formatExportJson, toExportJson } from './to-json.js';
import { renderMarkdown } from './to-markdown.js';

export type ExportFormat = 'json' | 'markdown';

/**
 * The text of a plan's export. The document must have been built (checkPlans does it): the export
 * carries the diagnostics of the plan file and of the files it imports. Pure apart from reading the
 * built workspace.
 */
export function exportPlan(services: ApplServices, document: LangiumDocument, format: ExportFormat): string {
    const visible = services.references.ImportResolver.visibleDocuments(document);
    const model = toPlanModel(document, visible, asOfDate(services, document));
    const diagnostics = visible.flatMap(doc => toPlanDiagnostics(document, doc, doc.diagnostics ?? []));
    return format === 'json' ? formatExportJson(toExportJson(model, diagnostics)) : renderMarkdown(model, diagnostics);
}
