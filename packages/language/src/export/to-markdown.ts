// The Markdown export: the Annex A document (document/annex-a.ts) in Markdown. Pure: a PlanModel
// in, text out.
import type { PlanModel } from '../model/plan-model.js';
import { toAnnexA, type AnnexAOptions } from './document/annex-a.js';
import { renderMarkdownDocument } from './render-markdown.js';

/** The plan as a Markdown document at the model's as-of date, ending with a newline. */
export function renderMarkdown(model: PlanModel, options: AnnexAOptions = {}): string {
    return renderMarkdownDocument(toAnnexA(model, options));
}
