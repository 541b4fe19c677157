// The resolved plan: plain data built from a plan file and the files it imports, at one as-of date.
// Every fact that depends on the date (milestone and requirement states, measure positions, RAG,
// which reviews have happened) is resolved here once, by the functions of model/, so that exports,
// previews and editor features read it and never compute it again. Half-typed files are normal input,
// so every AST property is treated as possibly missing and nothing here throws.
import { UriUtils, type LangiumDocument, type Reference } from 'langium';
import * as ast from '../generated/ast.js';
import { computeCoverage, reviewAfter, weaknessStatus } from './coverage.js';
import type { IsoDate } from './dates.js';
import { measurePosition } from './measure-position.js';
import { milestoneState, requirementState } from './milestone-state.js';
import { planIn, resolveAsOf, type AsOf } from './plan-header.js';
import { actionRag, ragCounts, worstRag } from './rag.js';
import { latestUpdate, sortedUpdates } from './updates.js';
import type {
    ActionModel, AreaModel, BoardModel, CoverageModel, InspectionModel, MeasureModel, ModelRef, NoticeModel, OrganisationModel,
    PersonModel, PlanHeader, PlanModel, ReviewModel, TargetModel,
} from './plan-model-types.js';
import { single } from '../syntax/single.js';

export type * from './plan-model-types.js';

/**
 * The resolved model of a plan file. `visible` is the plan's document first, then the documents it
 * imports (ImportResolver.visibleDocuments); their declarations are part of the model. The position
 * is read at `override` when given (the checker's `--as-of`, the editor's setting), else at the plan's
 * own as-of date; reviews dated after it do not yet change where a weakness stands.
 */
export function toPlanModel(document: LangiumDocument, visible: LangiumDocument[], override?: AsOf): PlanModel {
    const documents = withPlanFirst(document, visible);
    const fileOf = (doc: LangiumDocument) => relativeFile(document, doc);
    const roots = documents.map(doc => ({ root: doc.parseResult?.value, file: fileOf(doc) }))
        .filter((entry): entry is { root: ast.Document, file: string } => ast.isDocument(entry.root));
    const declarations = <T extends ast.Declaration>(is: (node: unknown) => node is T) =>
        roots.flatMap(({ root, file }) => list(root.declarations).filter(is).map(node => ({ node, file })));

    const planRoot = document.parseResult?.value;
    const plan = ast.isDocument(planRoot) ? planIn(planRoot.declarations) : undefined;
    const asOf = resolveAsOf(plan, override);
    const date = asOf?.date;
    const reviews = declarations(ast.isReview);
    const reviewNodes = reviews.map(review => review.node);
    const measures = new Map(declarations(ast.isMeasure).map(({ node, file }) => [node, toMeasure(node, file, date)] as const));
    const areas = declarations(ast.isArea).map(({ node, file }) => toArea(node, file, measures, date));
    return {
        files: { plan: fileOf(document), imports: documents.slice(1).map(fileOf) },
        plan: plan && toPlanHeader(plan),
        organisations: declarations(ast.isOrganisation).map(({ node, file }) => toOrganisation(node, file)),
        people: declarations(ast.isPerson).map(({ node, file }) => toPerson(node, file)),
        boards: declarations(ast.isBoard).map(({ node, file }) => toBoard(node, file)),
        inspections: declarations(ast.isInspection).map(({ node, file }) => toInspection(node, file, reviewNodes, date)),
        notices: declarations(ast.isNotice).map(({ node, file }) => toNotice(node, file, date)),
        measures: [...measures.values()],
        areas,
        reviews: reviews.map(({ node, file }) => toReview(node, file, date)),
        coverage: ast.isDocument(planRoot) ? toCoverage(planRoot, roots.map(entry => entry.root), date) : [],
        analysis: declarations(ast.isAnalysis).flatMap(({ node, file }) => list(node.factors).map(factor => ({
            text: factor.text, response: factor.response, answeredBy: refs(factor.answeredBy), file,
        }))),
        communications: declarations(ast.isCommunications).flatMap(({ node, file }) => list(node.channels).map(channel => ({
            text: channel.text, frequency: channel.frequency, file,
        }))),
        support: declarations(ast.isSupport).flatMap(({ node, file }) => list(node.requests).map(request => ({
            text: request.text, date: request.date, file,
        }))),
        position: {
            ...(asOf ? { asOf } : {}),
            rag: ragCounts(areas.flatMap(area => area.actions.map(action => action.rag))),
        },
    };
}

function withPlanFirst(document: LangiumDocument, visible: readonly LangiumDocument[]): LangiumDocument[] {
    const key = document.uri.toString();
    return [document, ...visible.filter(doc => doc.uri.toString() !== key)];
}

/** The path of a file relative to the plan's folder, as exports show it. */
export function relativeFile(plan: LangiumDocument, document: LangiumDocument): string {
    if (document.uri.toString() === plan.uri.toString()) {
        return UriUtils.basename(plan.uri);
    }
    return UriUtils.relative(UriUtils.dirname(plan.uri), document.uri);
}

// ---------------------------------------------------------------- declarations

function toPlanHeader(plan: ast.Plan): PlanHeader {
    const period = single(plan.period);
    return {
        title: plan.title,
        type: single(plan.type),
        localArea: single(plan.localArea),
        period: period && { start: period.start, end: period.end },
        agreed: single(plan.agreed),
        asOf: single(plan.asOf),
        accountable: refs(plan.accountable),
        advisers: refs(plan.advisers),
        version: single(plan.version),
        signedOff: single(plan.signedOff) !== undefined || list(plan.signedOffBy).length > 0
            ? { date: single(plan.signedOff), by: refs(plan.signedOffBy) }
            : undefined,
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
        meets: single(board.meets) ?? single(board.meetsText),
        members: refs(board.members),
        reportsTo: single(board.reportsTo),
        file,
    };
}

function toInspection(inspection: ast.Inspection, file: string, reviews: ast.Review[], asOf: IsoDate | undefined): InspectionModel {
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
            status: weaknessStatus(weakness, reviews, asOf),
        })),
        file,
    };
}

function toNotice(notice: ast.Notice, file: string, asOf: IsoDate | undefined): NoticeModel {
    return {
        id: notice.name ?? '',
        kind: notice.kind,
        title: notice.title,
        issued: notice.issued,
        issuers: refs(notice.issuers),
        requirements: list(notice.requirements).map(requirement => ({
            id: requirement.name ?? '',
            text: requirement.text,
            due: requirement.due,
            outcome: requirement.outcome,
            state: requirementState(requirement, asOf),
            answeredBy: refs(requirement.answeredBy),
        })),
        file,
    };
}

function toMeasure(measure: ast.Measure, file: string, asOf: IsoDate | undefined): MeasureModel {
    const baseline = single(measure.baseline);
    const target = single(measure.target);
    const model: Omit<MeasureModel, 'position'> = {
        id: measure.name ?? '',
        name: measure.title,
        kind: single(measure.kind),
        unit: single(measure.unit),
        direction: single(measure.direction),
        baseline: baseline && { value: baseline.value, date: baseline.date, source: baseline.source },
        target: target && { value: target.value, date: target.date },
        expected: list(measure.expected).map(expected => ({ value: expected.value, date: expected.date })),
        actuals: list(measure.actuals).map(actual => ({ value: actual.value, date: actual.date, source: actual.source })),
        file,
    };
    return { ...model, position: measurePosition(model, asOf) };
}

function toArea(area: ast.Area, file: string, measures: ReadonlyMap<ast.Measure, MeasureModel>, asOf: IsoDate | undefined): AreaModel {
    const actions = list(area.actions).map(action => toAction(action, measures, asOf));
    return {
        id: area.name ?? '',
        title: area.title,
        addresses: refs(area.addresses),
        actions,
        file,
        rag: worstRag(actions.map(action => action.rag)),
    };
}

function toAction(action: ast.Action, measures: ReadonlyMap<ast.Measure, MeasureModel>, asOf: IsoDate | undefined): ActionModel {
    const milestones = list(action.milestones).map(milestone => ({
        horizonMonths: milestone.horizon,
        date: milestone.date,
        text: milestone.text,
        outcome: milestone.outcome,
        state: milestoneState(milestone, asOf),
    }));
    const targetMeasures = list(action.targets).filter(ast.isMeasureReference)
        .map(target => target.measure?.ref && measures.get(target.measure.ref))
        .filter((measure): measure is MeasureModel => measure !== undefined);
    const { rag, reasons } = actionRag({ milestones, measures: targetMeasures }, asOf);
    const updates = sortedUpdates(list(action.updates));
    const latest = latestUpdate(updates, asOf);
    return {
        id: action.name ?? '',
        title: action.title,
        lead: ref(single(action.lead)),
        partners: refs(action.partners),
        addresses: refs(action.addresses),
        start: single(action.start),
        due: single(action.due),
        status: single(action.status),
        targets: list(action.targets).map(toTarget),
        milestones,
        evidence: list(action.evidence).filter(text => typeof text === 'string'),
        successCriteria: list(action.successCriteria).filter(text => typeof text === 'string'),
        seniorResponsibleOfficer: ref(single(action.seniorOfficer)),
        coproduction: list(action.coproduction).flatMap(entry => {
            const party = ref(entry.party);
            return party ? [{ party, level: entry.level as string | undefined }] : [];
        }),
        updates,
        ...(latest ? { latestUpdate: latest } : {}),
        rag,
        ragReasons: reasons,
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

function toReview(review: ast.Review, file: string, asOf: IsoDate | undefined): ReviewModel {
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
        afterAsOf: reviewAfter(review, asOf),
        file,
    };
}

function toCoverage(plan: ast.Document, visible: ast.Document[], asOf: IsoDate | undefined): CoverageModel[] {
    return computeCoverage(plan, visible, asOf)
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
