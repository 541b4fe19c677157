// The shape of the resolved plan (PlanModel): plain data, no AST and no Langium types, so that
// exports, previews and editor features can read it without knowing the grammar.
import type { WeaknessStatus } from './coverage.js';
import type { IsoDate } from './dates.js';
import type { MeasurePosition } from './measure-position.js';
import type { MilestoneState, RequirementState } from './milestone-state.js';
import type { AsOf } from './plan-header.js';
import type { Rag, RagReason } from './rag.js';

export interface PlanModel {
    files: PlanFiles;
    /** The plan file's own header; missing when the file has no `plan` block. */
    plan?: PlanHeader;
    organisations: OrganisationModel[];
    people: PersonModel[];
    boards: BoardModel[];
    inspections: InspectionModel[];
    /** Improvement Notices and Statutory Directions, with their requirements. */
    notices: NoticeModel[];
    measures: MeasureModel[];
    areas: AreaModel[];
    reviews: ReviewModel[];
    coverage: CoverageModel[];
    /** Annex A: the factors behind insufficient progress and how each is addressed. */
    analysis: FactorModel[];
    /** Annex A: how families are kept informed. */
    communications: ChannelModel[];
    /** Annex A: the support and challenge the area asks for, and when. */
    support: SupportRequestModel[];
    /** Where the plan stands at its as-of date: the date itself and how many actions are red, amber, green or not yet due. */
    position: PlanPosition;
}

export interface PlanPosition {
    /** The date every state, status and RAG in the model describes; missing when neither the plan nor the caller gives one. */
    asOf?: AsOf;
    /** Actions by RAG. */
    rag: Record<Rag, number>;
}

/** Paths relative to the plan file's folder, so that a model is the same on every machine. */
export interface PlanFiles {
    plan: string;
    /** Every loaded file the plan imports, directly or through other imports. */
    imports: string[];
}

/**
 * A reference by id. An unresolved reference keeps the text as typed. `name` and `role` describe
 * what it resolves to, so that readers need not look it up.
 */
export interface ModelRef {
    id: string;
    resolved: boolean;
    type?: 'organisation' | 'person' | 'weakness' | 'measure' | 'action';
    name?: string;
    role?: string;
}

export interface PlanHeader {
    title?: string;
    type?: string;
    localArea?: string;
    period?: { start?: IsoDate, end?: IsoDate };
    agreed?: IsoDate;
    asOf?: IsoDate;
    accountable: ModelRef[];
    advisers: ModelRef[];
    /** The plan document's version, as written. */
    version?: string;
    /** Who approved the plan, and when. */
    signedOff?: { date?: IsoDate, by: ModelRef[] };
}

/** Every top-level declaration says which file it comes from (the plan's or an import). */
interface Declared {
    file: string;
}

export interface OrganisationModel extends Declared {
    id: string;
    name?: string;
    kind?: string;
}

export interface PersonModel extends Declared {
    id: string;
    name?: string;
    role?: string;
    organisation?: ModelRef;
}

export interface BoardModel extends Declared {
    id: string;
    name?: string;
    chairs: ModelRef[];
    /** A frequency keyword (`monthly`) or the author's own words. */
    meets?: string;
    members: ModelRef[];
    reportsTo?: string;
}

export interface InspectionModel extends Declared {
    kind?: string;
    from?: IsoDate;
    to?: IsoDate;
    published?: IsoDate;
    weaknesses: WeaknessModel[];
}

export interface WeaknessModel {
    id: string;
    kind?: string;
    text?: string;
    /** The inspection's judgement, as written. */
    judgement?: string;
    /** Where it stands now: the latest review outcome, else the judgement, else open. */
    status: WeaknessStatus;
}

/** An Improvement Notice or a Statutory Direction: requirements with deadlines, beyond the inspection's findings. */
export interface NoticeModel extends Declared {
    id: string;
    /** `improvement-notice` or `statutory-direction`, as written. */
    kind?: string;
    title?: string;
    issued?: IsoDate;
    /** Who issued it: people or organisations. */
    issuers: ModelRef[];
    requirements: RequirementModel[];
}

export interface RequirementModel {
    id: string;
    /** The notice's words. */
    text?: string;
    due?: IsoDate;
    /** `met` or `not-met`, as written; missing while no outcome is recorded. */
    outcome?: string;
    /** Where it stands at the as-of date. */
    state: RequirementState;
    /** The actions and measures that answer it. */
    answeredBy: ModelRef[];
}

export interface DatedValue {
    value?: number;
    date?: IsoDate;
}

export interface MeasureModel extends Declared {
    id: string;
    name?: string;
    kind?: string;
    unit?: string;
    direction?: string;
    baseline?: DatedValue & { source?: string };
    target?: DatedValue;
    expected: DatedValue[];
    actuals: Array<DatedValue & { source?: string }>;
    /** Where it stands at the as-of date against its expected path. */
    position: MeasurePosition;
}

export interface AreaModel extends Declared {
    id: string;
    title?: string;
    addresses: ModelRef[];
    actions: ActionModel[];
    /** The worst RAG of its actions (not-due without actions). */
    rag: Rag;
}

export interface ActionModel {
    id: string;
    title?: string;
    lead?: ModelRef;
    partners: ModelRef[];
    addresses: ModelRef[];
    start?: IsoDate;
    due?: IsoDate;
    status?: string;
    targets: TargetModel[];
    milestones: MilestoneModel[];
    evidence: string[];
    successCriteria: string[];
    seniorResponsibleOfficer?: ModelRef;
    /** Who the action was developed with, and how far. */
    coproduction: InvolvementModel[];
    /** Progress updates in date order, including any dated after the as-of date. */
    updates: UpdateModel[];
    /** The latest update dated on or before the as-of date (any date without one). */
    latestUpdate?: UpdateModel;
    /** Red, amber, green or not yet due at the as-of date, and why when red or amber. */
    rag: Rag;
    ragReasons: RagReason[];
}

export interface InvolvementModel {
    party: ModelRef;
    /** `informed`, `consulted` or `co-produced`, as written. */
    level?: string;
}

/** The action lead's note on progress at a date. */
export interface UpdateModel {
    date?: IsoDate;
    text?: string;
}

export type TargetModel = MeasureTargetModel | InlineTargetModel;

export interface MeasureTargetModel {
    type: 'measure';
    measure: ModelRef;
}

export interface InlineTargetModel {
    type: 'inline';
    name?: string;
    value?: number;
    unit?: string;
    date?: IsoDate;
    baseline?: DatedValue;
}

export interface MilestoneModel {
    horizonMonths?: number;
    date?: IsoDate;
    text?: string;
    outcome?: string;
    /** Where it stands at the as-of date. */
    state: MilestoneState;
}

export interface ReviewModel extends Declared {
    date?: IsoDate;
    kind?: string;
    reviewers: ModelRef[];
    outcomes: Array<{ weakness: ModelRef, judgement?: string, text?: string }>;
    lookingFor: Array<{ weakness?: ModelRef, text?: string, answeredBy: ModelRef[] }>;
    /** Dated after the as-of date: it has not happened yet for the plan, and changes no status. */
    afterAsOf: boolean;
}

export interface FactorModel extends Declared {
    /** What held progress back. */
    text?: string;
    /** How it is being addressed. */
    response?: string;
    answeredBy: ModelRef[];
}

export interface ChannelModel extends Declared {
    text?: string;
    /** A frequency keyword (`monthly`). */
    frequency?: string;
}

export interface SupportRequestModel extends Declared {
    text?: string;
    /** When the support is wanted by. */
    date?: IsoDate;
}

/** One weakness and what in the plan addresses it, by id. */
export interface CoverageModel {
    weakness: string;
    status: WeaknessStatus;
    areas: string[];
    actions: string[];
}

/** A diagnostic as exports show it: rule id, file relative to the plan, 1-based positions. */
export interface PlanDiagnostic {
    file: string;
    rule: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    start: { line: number, column: number };
    end: { line: number, column: number };
}
