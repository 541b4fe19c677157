// The resolved plan: plain data built from a plan file and the files it imports. Exports and
// previews read this, never the AST. Half-typed files are normal input, so every AST property is
// treated as possibly missing and nothing here throws.
import { UriUtils, type LangiumDocument, type Reference } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import { computeCoverage, weaknessStatus, type WeaknessStatus } from './coverage.js';
import type { IsoDate } from './dates.js';

export interface PlanModel {
    files: PlanFiles;
    /** The plan file's own header; missing when the file has no `plan` block. */
    plan?: PlanHeader;
    organisations: OrganisationModel[];
    people: PersonModel[];
    boards: BoardModel[];
    inspections: InspectionModel[];
    measures: MeasureModel[];
    areas: AreaModel[];
    reviews: ReviewModel[];
    coverage: CoverageModel[];
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
}

export interface AreaModel extends Declared {
    id: string;
    title?: string;
    addresses: ModelRef[];
    actions: ActionModel[];
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
}

export interface ReviewModel extends Declared {
    date?: IsoDate;
    kind?: string;
    reviewers: ModelRef[];
    outcomes: Array<{ weakness: ModelRef, judgement?: string, text?: string }>;
    lookingFor: Array<{ weakness?: ModelRef, text?: string, answeredBy: ModelRef[] }>;
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

/**
 * The resolved model of a plan file. `visible` is the plan's document first, then the documents it
 * imports (ImportResolver.visibleDocuments); their declarations are part of the model.
 */
export function toPlanModel(document: LangiumDocument, visible: LangiumDocument[]): PlanModel {
    const documents = withPlanFirst(document, visible);
    const fileOf = (doc: LangiumDocument) => relativeFile(document, doc);
    const roots = documents.map(doc => ({ root: doc.parseResult?.value, file: fileOf(doc) }))
        .filter((entry): entry is { root: ast.Document, file: string } => ast.isDocument(entry.root));
    const declarations = <T extends ast.Declaration>(is: (node: unknown) => node is T) =>
        roots.flatMap(({ root, file }) => list(root.declarations).filter(is).map(node => ({ node, file })));

    const reviews = declarations(ast.isReview);
    const reviewNodes = reviews.map(review => review.node);
    const planRoot = document.parseResult?.value;
    const plan = ast.isDocument(planRoot) ? list(planRoot.declarations).find(ast.isPlan) : undefined;
    return {
        files: { plan: fileOf(document), imports: documents.slice(1).map(fileOf) },
        plan: plan && toPlanHeader(plan),
        organisations: declarations(ast.isOrganisation).map(({ node, file }) => toOrganisation(node, file)),
        people: declarations(ast.isPerson).map(({ node, file }) => toPerson(node, file)),
        boards: declarations(ast.isBoard).map(({ node, file }) => toBoard(node, file)),
        inspections: declarations(ast.isInspection).map(({ node, file }) => toInspection(node, file, reviewNodes)),
        measures: declarations(ast.isMeasure).map(({ node, file }) => toMeasure(node, file)),
        areas: declarations(ast.isArea).map(({ node, file }) => toArea(node, file)),
        reviews: reviews.map(({ node, file }) => toReview(node, file)),
        coverage: ast.isDocument(planRoot) ? toCoverage(planRoot, roots.map(entry => entry.root)) : [],
    };
}

/** The diagnostics of one document, as exports show them, in document order. */
export function toPlanDiagnostics(plan: LangiumDocument, document: LangiumDocument, diagnostics: readonly Diagnostic[]): PlanDiagnostic[] {
    const file = relativeFile(plan, document);
    return diagnostics.map((diagnostic): PlanDiagnostic => ({
        file,
        rule: diagnostic.code === undefined ? 'unknown' : String(diagnostic.code),
        severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        start: { line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 },
        end: { line: diagnostic.range.end.line + 1, column: diagnostic.range.end.character + 1 },
    })).sort(byPosition);
}

function byPosition(a: PlanDiagnostic, b: PlanDiagnostic): number {
    return a.start.line - b.start.line || a.start.column - b.start.column
        || a.end.line - b.end.line || a.end.column - b.end.column
        || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function withPlanFirst(document: LangiumDocument, visible: readonly LangiumDocument[]): LangiumDocument[] {
    const key = document.uri.toString();
    return [document, ...visible.filter(doc => doc.uri.toString() !== key)];
}

function relativeFile(plan: LangiumDocument, document: LangiumDocument): string {
    if (document.uri.toString() === plan.uri.toString()) {
        return UriUtils.basename(plan.uri);
    }
    return UriUtils.relative(UriUtils.dirname(plan.uri), document.uri);
}

// ---------------------------------------------------------------- declarations

function toPlanHeader(plan: ast.Plan): PlanHeader {
    return {
        title: plan.title,
        type: plan.type,
        localArea: plan.localArea,
        period: plan.period && { start: plan.period.start, end: plan.period.end },
        agreed: plan.agreed,
        asOf: plan.asOf,
        accountable: refs(plan.accountable),
        advisers: refs(plan.advisers),
    };
}

function toOrganisation(organisation: ast.Organisation, file: string): OrganisationModel {
    return { id: organisation.name ?? '', name: organisation.title, kind: organisation.kind, file };
}

function toPerson(person: ast.Person, file: string): PersonModel {
    return { id: person.name ?? '', name: person.title, role: person.role, organisation: ref(person.organisation), file };
}

function toBoard(board: ast.Board, file: string): BoardModel {
    return {
        id: board.name ?? '',
        name: board.title,
        chairs: refs(board.chairs),
        meets: board.meets ?? board.meetsText,
        members: refs(board.members),
        reportsTo: board.reportsTo,
        file,
    };
}

function toInspection(inspection: ast.Inspection, file: string, reviews: ast.Review[]): InspectionModel {
    return {
        kind: inspection.kind,
        from: inspection.from,
        to: inspection.to,
        published: inspection.published,
        weaknesses: list(inspection.weaknesses).map(weakness => ({
            id: weakness.name ?? '',
            kind: weakness.kind,
            text: weakness.text,
            judgement: weakness.judgement,
            status: weaknessStatus(weakness, reviews),
        })),
        file,
    };
}

function toMeasure(measure: ast.Measure, file: string): MeasureModel {
    return {
        id: measure.name ?? '',
        name: measure.title,
        kind: measure.kind,
        unit: measure.unit,
        direction: measure.direction,
        baseline: measure.baseline && { value: measure.baseline.value, date: measure.baseline.date, source: measure.baseline.source },
        target: measure.target && { value: measure.target.value, date: measure.target.date },
        expected: list(measure.expected).map(expected => ({ value: expected.value, date: expected.date })),
        actuals: list(measure.actuals).map(actual => ({ value: actual.value, date: actual.date, source: actual.source })),
        file,
    };
}

function toArea(area: ast.Area, file: string): AreaModel {
    return {
        id: area.name ?? '',
        title: area.title,
        addresses: refs(area.addresses),
        actions: list(area.actions).map(toAction),
        file,
    };
}

function toAction(action: ast.Action): ActionModel {
    return {
        id: action.name ?? '',
        title: action.title,
        lead: ref(action.lead),
        partners: refs(action.partners),
        addresses: refs(action.addresses),
        start: action.start,
        due: action.due,
        status: action.status,
        targets: list(action.targets).map(toTarget),
        milestones: list(action.milestones).map(milestone => ({
            horizonMonths: milestone.horizon,
            date: milestone.date,
            text: milestone.text,
            outcome: milestone.outcome,
        })),
        evidence: list(action.evidence).filter(text => typeof text === 'string'),
    };
}

function toTarget(target: ast.Target): TargetModel {
    if (ast.isMeasureReference(target)) {
        return { type: 'measure', measure: ref(target.measure) ?? { id: '', resolved: false } };
    }
    const baseline = target.baseline !== undefined || target.baselineDate !== undefined
        ? { value: target.baseline, date: target.baselineDate }
        : undefined;
    return { type: 'inline', name: target.name, value: target.value, unit: target.unit, date: target.date, baseline };
}

function toReview(review: ast.Review, file: string): ReviewModel {
    return {
        date: review.date,
        kind: review.kind,
        reviewers: refs(review.reviewers),
        outcomes: list(review.outcomes).map(outcome => ({
            weakness: ref(outcome.weakness) ?? { id: '', resolved: false },
            judgement: outcome.judgement,
            text: outcome.text,
        })),
        lookingFor: list(review.lookingFor).map(item => ({
            weakness: ref(item.weakness),
            text: item.text,
            answeredBy: refs(item.answeredBy),
        })),
        file,
    };
}

function toCoverage(plan: ast.Document, visible: ast.Document[]): CoverageModel[] {
    return computeCoverage(plan, visible)
        .filter(entry => entry.weakness.name)
        .map(entry => ({
            weakness: entry.weakness.name,
            status: entry.status,
            areas: entry.areas.map(area => area.name ?? ''),
            actions: entry.actions.map(action => action.name ?? ''),
        }));
}

// ---------------------------------------------------------------- references

function refs(references: ReadonlyArray<Reference<ast.Declaration | ast.Weakness | ast.Action>> | undefined): ModelRef[] {
    return list(references).map(ref).filter((entry): entry is ModelRef => entry !== undefined);
}

/** A reference as its id; undefined when nothing was typed (the parser recovered past it). */
function ref(reference: Reference<ast.Declaration | ast.Weakness | ast.Action> | undefined): ModelRef | undefined {
    const text = reference?.$refText;
    if (!reference || !text) {
        return undefined;
    }
    const target = reference.ref;
    if (!target) {
        return { id: text, resolved: false };
    }
    if (ast.isPerson(target)) {
        return { id: text, resolved: true, type: 'person', name: target.title, role: target.role };
    }
    if (ast.isOrganisation(target)) {
        return { id: text, resolved: true, type: 'organisation', name: target.title };
    }
    if (ast.isMeasure(target)) {
        return { id: text, resolved: true, type: 'measure', name: target.title };
    }
    if (ast.isAction(target)) {
        return { id: text, resolved: true, type: 'action', name: target.title };
    }
    if (ast.isWeakness(target)) {
        return { id: text, resolved: true, type: 'weakness' };
    }
    return { id: text, resolved: true };
}

/** Arrays the parser normally fills, guarded for nodes it gave up on. */
function list<T>(items: readonly T[] | undefined): T[] {
    return Array.isArray(items) ? [...items] : [];
}
