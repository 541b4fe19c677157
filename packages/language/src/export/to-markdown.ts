// The Markdown export: the Annex A document (document/annex-a.ts) in Markdown. Pure: a PlanModel
// in, text out.
import type { IsoDate } from '../model/dates.js';
import type { PlanModel } from '../model/plan-model.js';
import { toAnnexA, type AnnexAOptions } from './document/annex-a.js';
import { positionOf } from './document/position.js';
import { renderMarkdownDocument } from './render-markdown.js';

export interface DocumentOptions extends AnnexAOptions {
    /** The as-of date the export was asked for (`--as-of`), when it is not the plan's own. */
    asOf?: IsoDate;
}

/** The plan as a Markdown document, ending with a newline. */
export function renderMarkdown(model: PlanModel, options: DocumentOptions = {}): string {
    return renderMarkdownDocument(toAnnexA(model, positionOf(model, options.asOf), options));
}
