// The Annex A document: the plan as DfE and NHS England ask for it, laid out once for the Word,
// Markdown and HTML renderers. A one-page dashboard first, then the plan's details, governance, the
// analysis, families, support asked for, the weaknesses and notices, one section per area with a
// block per action and its KPIs, the measures no action targets, the reviews and the sign-off.
import type { PlanDiagnostic, PlanModel } from '../../model/plan-model.js';
import { PLAN_TYPES } from '../plan-words.js';
import { heading, paragraph, type Block, type ReportDocument } from './document-model.js';
import { areaSection, measuresOf, measuresTable } from './area-sections.js';
import { dashboard } from './dashboard.js';
import { joinWords } from './document-words.js';
import { findingsAppendix } from './findings-appendix.js';
import { analysis, communications, governance, planDetails, positionDate, signOff, support } from './plan-sections.js';
import { reviews } from './review-sections.js';
import { notices, weaknesses } from './weakness-sections.js';

export interface AnnexAOptions {
    /** The checker's findings, as an appendix; left out when not given. */
    findings?: readonly PlanDiagnostic[];
}

export function toAnnexA(model: PlanModel, options: AnnexAOptions = {}): ReportDocument {
    const title = model.plan?.title || model.files.plan;
    const blocks: Block[] = [
        ...dashboard(model),
        ...planDetails(model),
        ...governance(model),
        ...analysis(model),
        ...communications(model),
        ...support(model),
        ...weaknesses(model),
        ...notices(model),
        ...model.areas.flatMap(area => areaSection(area, model)),
        ...otherMeasures(model),
        ...reviews(model),
        ...signOff(model),
        ...(options.findings ? findingsAppendix(options.findings) : []),
    ];
    return {
        title,
        subtitle: documentSubtitle(model),
        runningTitle: title,
        blocks,
        colophon: colophon(model),
    };
}

/** "Accelerated progress plan (APP) for Medway. Position at 20 January 2021." */
export function documentSubtitle(model: PlanModel): string {
    const type = model.plan?.type ? PLAN_TYPES[model.plan.type] ?? model.plan.type : 'Plan';
    const area = model.plan?.localArea ? ` for ${model.plan.localArea}` : '';
    return `${type}${area}. Position at ${positionDate(model)}.`;
}

/** Measures that no action targets (a notice's or a review's, say): listed so that none is lost. */
function otherMeasures(model: PlanModel): Block[] {
    const targeted = new Set(measuresOf(model.areas.flatMap(area => area.actions), model));
    const others = model.measures.filter(measure => !targeted.has(measure));
    if (others.length === 0) {
        return [];
    }
    return [heading(2, 'Measures no action targets'), paragraph('These measures are recorded in the plan but no action names them as a target.'),
        measuresTable(others)];
}

export function colophon(model: PlanModel): string {
    return `Exported by APPL from ${joinWords([model.files.plan, ...model.files.imports])}.`;
}
