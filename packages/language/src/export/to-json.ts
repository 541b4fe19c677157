// The JSON export, version 1: a wire format of its own, converted from the PlanModel here so that the
// model can change without changing what consumers read. schema/appl-export.v1.schema.json describes
// it; a change here is a change there. Keys are written in a fixed order and missing values are
// left out, so the same plan always gives the same text.
import type { MeasureStatus, PositionPoint } from '../model/measure-position.js';
import type { DueState } from '../model/milestone-state.js';
import type {
    ActionModel, AreaModel, BoardModel, DatedValue, InspectionModel, MeasureModel, MilestoneModel, ModelRef, NoticeModel, OrganisationModel,
    PersonModel, PlanDiagnostic, PlanHeader, PlanModel, ReviewModel, TargetModel, UpdateModel,
} from '../model/plan-model.js';
import type { Rag, RagReason } from '../model/rag.js';

import { EXPORT_SCHEMA_URL } from '../project-urls.js';

/** The schema's file name, which exports before version 0.1.0 named in `"$schema"`. */
export const EXPORT_SCHEMA_FILE = 'appl-export.v1.schema.json';
export { EXPORT_SCHEMA_URL };

export interface PlanExportV1 {
    /** The schema's absolute URL, which editors download (EXPORT_SCHEMA_URL). */
    $schema: string;
    version: 1;
    files: { plan: string, imports: string[] };
    plan?: PlanHeaderV1;
    organisations: OrganisationV1[];
    people: PersonV1[];
    boards: BoardV1[];
    inspections: InspectionV1[];
    notices: NoticeV1[];
    measures: MeasureV1[];
    areas: AreaV1[];
    reviews: ReviewV1[];
    coverage: CoverageV1[];
    /** Annex A's sections, present when the plan has them (an export without them is unchanged). */
    analysis?: Array<{ text?: string, response?: string, answeredBy: RefV1[], file: string }>;
    communications?: Array<{ text?: string, frequency?: string, file: string }>;
    support?: Array<{ text?: string, date?: string, file: string }>;
    position: PositionV1;
    diagnostics: DiagnosticV1[];
}

export interface PositionV1 {
    asOf?: string;
    asOfSource?: 'plan' | 'override' | 'editor';
    rag: Record<Rag, number>;
}

export interface RefV1 {
    id: string;
    resolved: boolean;
    type?: 'organisation' | 'person' | 'weakness' | 'measure' | 'action';
    name?: string;
    role?: string;
}

export interface PlanHeaderV1 {
    title?: string;
    type?: string;
    localArea?: string;
    period?: { start?: string, end?: string };
    agreed?: string;
    asOf?: string;
    accountable: RefV1[];
    advisers: RefV1[];
    version?: string;
    signedOff?: { date?: string, by: RefV1[] };
}

export interface OrganisationV1 { id: string, name?: string, kind?: string, file: string }
export interface PersonV1 { id: string, name?: string, role?: string, organisation?: RefV1, file: string }
export interface BoardV1 { id: string, name?: string, chairs: RefV1[], meets?: string, members: RefV1[], reportsTo?: string, file: string }

export interface InspectionV1 {
    kind?: string;
    from?: string;
    to?: string;
    published?: string;
    weaknesses: Array<{ id: string, kind?: string, text?: string, judgement?: string, status: string }>;
    file: string;
}

export interface NoticeV1 {
    id: string;
    kind?: string;
    title?: string;
    issued?: string;
    issuers: RefV1[];
    requirements: Array<{ id: string, text?: string, due?: string, outcome?: string, state: 'met' | 'not-met' | DueState, answeredBy: RefV1[] }>;
    file: string;
}

export interface DatedValueV1 { value?: number, date?: string }
export interface SourcedValueV1 extends DatedValueV1 { source?: string }

export interface MeasureV1 {
    id: string;
    name?: string;
    kind?: string;
    unit?: string;
    direction?: string;
    baseline?: SourcedValueV1;
    target?: DatedValueV1;
    expected: DatedValueV1[];
    actuals: SourcedValueV1[];
    position: MeasurePositionV1;
    file: string;
}

export interface MeasurePositionV1 {
    status: MeasureStatus;
    actual?: DatedValueV1;
    expected?: number;
    expectedAtAsOf?: number;
    sustained: boolean;
    series: Array<{ value: number, date: string, expected?: number, status: MeasureStatus }>;
}

export interface AreaV1 { id: string, title?: string, rag: Rag, addresses: RefV1[], actions: ActionV1[], file: string }

export interface ActionV1 {
    id: string;
    title?: string;
    lead?: RefV1;
    partners: RefV1[];
    addresses: RefV1[];
    start?: string;
    due?: string;
    status?: string;
    targets: TargetV1[];
    milestones: MilestoneV1[];
    evidence: string[];
    successCriteria?: string[];
    seniorResponsibleOfficer?: RefV1;
    coproduction?: Array<{ party: RefV1, level?: string }>;
    updates: UpdateV1[];
    latestUpdate?: UpdateV1;
    rag: Rag;
    ragReasons: RagReasonV1[];
}

export interface MilestoneV1 { horizonMonths?: number, date?: string, text?: string, outcome?: string, state?: string }
export interface UpdateV1 { date?: string, text?: string }

export interface RagReasonV1 {
    rag: 'red' | 'amber';
    kind: RagReason['kind'];
    milestone?: MilestoneV1;
    days?: number;
    measure?: RefV1;
    actual?: DatedValueV1;
    expected?: number;
    shortfall?: number;
}

export type TargetV1 =
    | { measure: RefV1 }
    | { name?: string, value?: number, unit?: string, date?: string, baseline?: DatedValueV1 };

export interface ReviewV1 {
    date?: string;
    kind?: string;
    reviewers: RefV1[];
    outcomes: Array<{ weakness: RefV1, judgement?: string, text?: string }>;
    lookingFor: Array<{ weakness?: RefV1, text?: string, answeredBy: RefV1[] }>;
    afterAsOf: boolean;
    file: string;
}

export interface CoverageV1 { weakness: string, status: string, areas: string[], actions: string[] }

export interface DiagnosticV1 {
    file: string;
    rule: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    /** 1-based, like editors show them. */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

/** The export document of a plan model and its diagnostics. */
export function toExportJson(model: PlanModel, diagnostics: readonly PlanDiagnostic[]): PlanExportV1 {
    return compact({
        $schema: EXPORT_SCHEMA_URL,
        version: 1,
        files: { plan: model.files.plan, imports: [...model.files.imports] },
        plan: model.plan && toPlanHeaderV1(model.plan),
        organisations: model.organisations.map(toOrganisationV1),
        people: model.people.map(toPersonV1),
        boards: model.boards.map(toBoardV1),
        inspections: model.inspections.map(toInspectionV1),
        notices: model.notices.map(toNoticeV1),
        measures: model.measures.map(toMeasureV1),
        areas: model.areas.map(toAreaV1),
        reviews: model.reviews.map(toReviewV1),
        coverage: model.coverage.map(entry => ({
            weakness: entry.weakness, status: entry.status, areas: [...entry.areas], actions: [...entry.actions],
        })),
        analysis: nonEmpty(model.analysis.map(factor => ({
            text: factor.text, response: factor.response, answeredBy: factor.answeredBy.map(toRefV1), file: factor.file,
        }))),
        communications: nonEmpty(model.communications.map(channel => ({ text: channel.text, frequency: channel.frequency, file: channel.file }))),
        support: nonEmpty(model.support.map(request => ({ text: request.text, date: request.date, file: request.file }))),
        position: {
            asOf: model.position.asOf?.date,
            asOfSource: model.position.asOf?.source,
            rag: { ...model.position.rag },
        },
        diagnostics: diagnostics.map(toDiagnosticV1),
    });
}

/** A list that is left out of the export when empty (the Annex A additions to v1). */
function nonEmpty<T>(items: T[]): T[] | undefined {
    return items.length > 0 ? items : undefined;
}

/** The text of an export: two-space indented, ending with a newline. */
export function formatExportJson(value: PlanExportV1): string {
    return JSON.stringify(value, null, 2) + '\n';
}

function toRefV1(ref: ModelRef): RefV1 {
    return { id: ref.id, resolved: ref.resolved, type: ref.type, name: ref.name, role: ref.role };
}

function toPlanHeaderV1(plan: PlanHeader): PlanHeaderV1 {
    return {
        title: plan.title,
        type: plan.type,
        localArea: plan.localArea,
        period: plan.period && { start: plan.period.start, end: plan.period.end },
        agreed: plan.agreed,
        asOf: plan.asOf,
        accountable: plan.accountable.map(toRefV1),
        advisers: plan.advisers.map(toRefV1),
        version: plan.version,
        signedOff: plan.signedOff && { date: plan.signedOff.date, by: plan.signedOff.by.map(toRefV1) },
    };
}

function toOrganisationV1(organisation: OrganisationModel): OrganisationV1 {
    return { id: organisation.id, name: organisation.name, kind: organisation.kind, file: organisation.file };
}

function toPersonV1(person: PersonModel): PersonV1 {
    return {
        id: person.id, name: person.name, role: person.role,
        organisation: person.organisation && toRefV1(person.organisation), file: person.file,
    };
}

function toBoardV1(board: BoardModel): BoardV1 {
    return {
        id: board.id, name: board.name, chairs: board.chairs.map(toRefV1), meets: board.meets,
        members: board.members.map(toRefV1), reportsTo: board.reportsTo, file: board.file,
    };
}

function toInspectionV1(inspection: InspectionModel): InspectionV1 {
    return {
        kind: inspection.kind,
        from: inspection.from,
        to: inspection.to,
        published: inspection.published,
        weaknesses: inspection.weaknesses.map(weakness => ({
            id: weakness.id, kind: weakness.kind, text: weakness.text, judgement: weakness.judgement, status: weakness.status,
        })),
        file: inspection.file,
    };
}

function toNoticeV1(notice: NoticeModel): NoticeV1 {
    return {
        id: notice.id,
        kind: notice.kind,
        title: notice.title,
        issued: notice.issued,
        issuers: notice.issuers.map(toRefV1),
        requirements: notice.requirements.map(requirement => ({
            id: requirement.id, text: requirement.text, due: requirement.due, outcome: requirement.outcome, state: requirement.state,
            answeredBy: requirement.answeredBy.map(toRefV1),
        })),
        file: notice.file,
    };
}

function toDatedValueV1(value: DatedValue): DatedValueV1 {
    return { value: value.value, date: value.date };
}

function toSourcedValueV1(value: DatedValue & { source?: string }): SourcedValueV1 {
    return { value: value.value, date: value.date, source: value.source };
}

function toMeasureV1(measure: MeasureModel): MeasureV1 {
    return {
        id: measure.id,
        name: measure.name,
        kind: measure.kind,
        unit: measure.unit,
        direction: measure.direction,
        baseline: measure.baseline && toSourcedValueV1(measure.baseline),
        target: measure.target && toDatedValueV1(measure.target),
        expected: measure.expected.map(toDatedValueV1),
        actuals: measure.actuals.map(toSourcedValueV1),
        position: toMeasurePositionV1(measure),
        file: measure.file,
    };
}

function toMeasurePositionV1({ position }: MeasureModel): MeasurePositionV1 {
    const latest = position.latest;
    return {
        status: position.status,
        actual: latest && { value: latest.value, date: latest.date },
        expected: rounded(latest?.expected),
        expectedAtAsOf: rounded(position.expectedAtAsOf),
        sustained: position.sustained,
        series: position.series.map((point: PositionPoint) => ({
            value: point.value, date: point.date, expected: rounded(point.expected), status: point.status,
        })),
    };
}

/** Interpolated values to two decimals: a reader wants 496.54, not 496.5384615384615. */
function rounded(value: number | undefined, decimals = 2): number | undefined {
    if (value === undefined) {
        return undefined;
    }
    const scale = 10 ** decimals;
    return Math.round(value * scale) / scale;
}

function toAreaV1(area: AreaModel): AreaV1 {
    return {
        id: area.id, title: area.title, rag: area.rag, addresses: area.addresses.map(toRefV1),
        actions: area.actions.map(toActionV1), file: area.file,
    };
}

function toActionV1(action: ActionModel): ActionV1 {
    return {
        id: action.id,
        title: action.title,
        lead: action.lead && toRefV1(action.lead),
        partners: action.partners.map(toRefV1),
        addresses: action.addresses.map(toRefV1),
        start: action.start,
        due: action.due,
        status: action.status,
        targets: action.targets.map(toTargetV1),
        milestones: action.milestones.map(toMilestoneV1),
        evidence: [...action.evidence],
        successCriteria: nonEmpty([...action.successCriteria]),
        seniorResponsibleOfficer: action.seniorResponsibleOfficer && toRefV1(action.seniorResponsibleOfficer),
        coproduction: nonEmpty(action.coproduction.map(entry => ({ party: toRefV1(entry.party), level: entry.level }))),
        updates: action.updates.map(toUpdateV1),
        latestUpdate: action.latestUpdate && toUpdateV1(action.latestUpdate),
        rag: action.rag,
        ragReasons: action.ragReasons.map(toRagReasonV1),
    };
}

function toMilestoneV1(milestone: Partial<MilestoneModel>): MilestoneV1 {
    return {
        horizonMonths: milestone.horizonMonths, date: milestone.date, text: milestone.text, outcome: milestone.outcome, state: milestone.state,
    };
}

function toUpdateV1(update: UpdateModel): UpdateV1 {
    return { date: update.date, text: update.text };
}

function toRagReasonV1(reason: RagReason): RagReasonV1 {
    switch (reason.kind) {
        case 'milestone-missed':
            return { rag: reason.rag, kind: reason.kind, milestone: toMilestoneV1(reason.milestone) };
        case 'milestone-overdue':
            return { rag: reason.rag, kind: reason.kind, milestone: toMilestoneV1(reason.milestone), days: reason.days };
        case 'measure-behind':
            return {
                rag: reason.rag, kind: reason.kind,
                measure: { id: reason.measure.id, resolved: true, type: 'measure', name: reason.measure.name },
                actual: { value: reason.actual.value, date: reason.actual.date },
                expected: rounded(reason.expected),
                shortfall: rounded(reason.shortfall, 4),
            };
    }
}

function toTargetV1(target: TargetModel): TargetV1 {
    if (target.type === 'measure') {
        return { measure: toRefV1(target.measure) };
    }
    return {
        name: target.name, value: target.value, unit: target.unit, date: target.date,
        baseline: target.baseline && toDatedValueV1(target.baseline),
    };
}

function toReviewV1(review: ReviewModel): ReviewV1 {
    return {
        date: review.date,
        kind: review.kind,
        reviewers: review.reviewers.map(toRefV1),
        outcomes: review.outcomes.map(outcome => ({
            weakness: toRefV1(outcome.weakness), judgement: outcome.judgement, text: outcome.text,
        })),
        lookingFor: review.lookingFor.map(item => ({
            weakness: item.weakness && toRefV1(item.weakness), text: item.text, answeredBy: item.answeredBy.map(toRefV1),
        })),
        afterAsOf: review.afterAsOf,
        file: review.file,
    };
}

function toDiagnosticV1(diagnostic: PlanDiagnostic): DiagnosticV1 {
    return {
        file: diagnostic.file,
        rule: diagnostic.rule,
        severity: diagnostic.severity,
        message: diagnostic.message,
        line: diagnostic.start.line,
        column: diagnostic.start.column,
        endLine: diagnostic.end.line,
        endColumn: diagnostic.end.column,
    };
}

/**
 * Drops undefined properties, deeply, so that the value holds exactly what its JSON text holds
 * (and compares equal to it after a round trip).
 */
function compact<T>(value: T): T {
    if (Array.isArray(value)) {
        return value.map(compact) as T;
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, compact(v)]);
        return Object.fromEntries(entries) as T;
    }
    return value;
}
