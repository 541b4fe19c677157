// Where the plan stands at its as-of date, as the documents read it: RAG ratings, milestone and
// requirement states, each measure's position against its path, the latest update of each action.
// Every fact here is the model's; this file only gives the document builders one place to ask.
import { isValidDate, type IsoDate } from '../../model/dates.js';
import { expectedValueAt, measureProgress } from '../../model/measure-progress.js';
import { milestoneState as stateOfMilestone } from '../../model/milestone-state.js';
import type {
    ActionModel, AreaModel, MeasureModel, MilestoneModel, PlanModel, RequirementModel, ReviewModel,
} from '../../model/plan-model.js';

export type Rag = 'red' | 'amber' | 'green' | 'not-due';
export type MilestoneState = 'met' | 'missed' | 'overdue' | 'due' | 'upcoming' | 'undated';
export type RequirementState = 'met' | 'not-met' | 'overdue' | 'upcoming' | 'undated';
export type MeasureStatus = 'ahead' | 'on-track' | 'behind' | 'no-data';

export interface MeasurePosition {
    status: MeasureStatus;
    /** The value expected at the latest actual's date. */
    expected?: number;
    actual?: { value: number, date: IsoDate };
    /** The last three actuals on or ahead of the path. */
    sustained: boolean;
    /** The actuals up to the as-of date, each with the value expected on its date. */
    series: Array<{ date: IsoDate, value: number, expected?: number }>;
}

/** Why an action has its rating, in the plan's terms. */
export interface RagReason {
    kind: 'missed-milestone' | 'overdue-milestone' | 'behind-measure';
    milestone?: MilestoneModel;
    measure?: MeasureModel;
    /** How many days a milestone is overdue. */
    days?: number;
    /** How far a measure is behind its path, as a share of its baseline-to-target distance. */
    share?: number;
}

export interface PositionView {
    asOf?: { date: IsoDate, source: 'override' | 'plan' | 'editor' };
    milestoneState(milestone: MilestoneModel): MilestoneState;
    requirementState(requirement: RequirementModel): RequirementState;
    measurePosition(measure: MeasureModel): MeasurePosition;
    expectedAt(measure: MeasureModel, date: IsoDate): number | undefined;
    actionRag(action: ActionModel): Rag;
    ragReasons(action: ActionModel): RagReason[];
    areaRag(area: AreaModel): Rag;
    planRag(): Record<Rag, number>;
    latestUpdate(action: ActionModel): { date?: IsoDate, text?: string } | undefined;
    isAfterAsOf(review: ReviewModel): boolean;
}

const RAG_ORDER: Rag[] = ['not-due', 'green', 'amber', 'red'];

/** The worst of several ratings (red over amber over green over not yet due). */
export function worstRag(ratings: readonly Rag[]): Rag {
    return ratings.reduce<Rag>((worst, rag) => RAG_ORDER.indexOf(rag) > RAG_ORDER.indexOf(worst) ? rag : worst, 'not-due');
}

/**
 * The position of a plan at `asOf` (the override given to the export, else the plan's own date).
 * Until the model resolves the position itself, it is worked out here from the model's own
 * functions (milestone states, the expected path), never from the text of the plan.
 */
export function positionOf(model: PlanModel, override?: IsoDate): PositionView {
    const date = isValidDate(override) ? override : isValidDate(model.plan?.asOf) ? model.plan.asOf : undefined;
    const asOf = date ? { date, source: (date === override ? 'override' : 'plan') as 'override' | 'plan' } : undefined;
    const measures = new Map(model.measures.map(measure => [measure.id, measure]));
    const positions = new Map<MeasureModel, MeasurePosition>();
    const measurePosition = (measure: MeasureModel): MeasurePosition => {
        let position = positions.get(measure);
        if (!position) {
            position = computeMeasurePosition(measure, date);
            positions.set(measure, position);
        }
        return position;
    };
    const milestoneState = (milestone: MilestoneModel): MilestoneState => {
        const state = stateOfMilestone(milestone, date);
        return state === 'upcoming' && date && milestone.date === date ? 'due' : state;
    };
    const ragReasons = (action: ActionModel): RagReason[] => {
        const reasons: RagReason[] = [];
        for (const milestone of action.milestones) {
            const state = milestoneState(milestone);
            if (state === 'missed' && date && milestone.date && milestone.date <= date) {
                reasons.push({ kind: 'missed-milestone', milestone });
            } else if (state === 'overdue' && date && milestone.date) {
                reasons.push({ kind: 'overdue-milestone', milestone, days: daysFrom(milestone.date, date) });
            }
        }
        for (const target of action.targets) {
            const measure = target.type === 'measure' && target.measure.resolved ? measures.get(target.measure.id) : undefined;
            if (!measure) continue;
            const position = measurePosition(measure);
            if (position.status === 'behind' && position.expected !== undefined && position.actual) {
                reasons.push({ kind: 'behind-measure', measure, share: behindShare(measure, position) });
            }
        }
        return reasons;
    };
    const actionRag = (action: ActionModel): Rag => {
        const reasons = ragReasons(action);
        if (reasons.some(reason => reason.kind === 'missed-milestone'
            || (reason.kind === 'overdue-milestone' && (reason.days ?? 0) > 30)
            || (reason.kind === 'behind-measure' && (reason.share ?? 0) > 0.1))) {
            return 'red';
        }
        if (reasons.length > 0) {
            return 'amber';
        }
        const anyDue = action.milestones.some(milestone => ['met', 'missed', 'overdue', 'due'].includes(milestoneState(milestone)));
        const anyData = action.targets.some(target => target.type === 'measure' && target.measure.resolved
            && measurePosition(measures.get(target.measure.id)!).status !== 'no-data');
        return anyDue || anyData ? 'green' : 'not-due';
    };
    return {
        asOf,
        milestoneState,
        requirementState: requirement => requirement.outcome === 'met' ? 'met' : requirement.outcome === 'not-met' ? 'not-met'
            : !isValidDate(requirement.due) ? 'undated'
            : date && requirement.due < date ? 'overdue' : 'upcoming',
        measurePosition,
        expectedAt: (measure, at) => expectedValueAt(measure, at),
        actionRag,
        ragReasons,
        areaRag: area => worstRag(area.actions.map(actionRag)),
        planRag: () => {
            const counts: Record<Rag, number> = { 'red': 0, 'amber': 0, 'green': 0, 'not-due': 0 };
            for (const action of model.areas.flatMap(area => area.actions)) counts[actionRag(action)]++;
            return counts;
        },
        latestUpdate: () => undefined,
        isAfterAsOf: review => !!(date && review.date && review.date > date),
    };
}

function computeMeasurePosition(measure: MeasureModel, asOf: IsoDate | undefined): MeasurePosition {
    const series = measure.actuals
        .filter((actual): actual is { value: number, date: IsoDate } => actual.value !== undefined && isValidDate(actual.date) && (!asOf || actual.date <= asOf))
        .sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0)
        .map(actual => ({ date: actual.date, value: actual.value, expected: expectedValueAt(measure, actual.date) }));
    const progress = measureProgress(measure, asOf);
    const better = (point: { value: number, expected?: number }) => point.expected !== undefined
        && (progress.direction === 'increase' ? point.value >= point.expected - 1e-9 : point.value <= point.expected + 1e-9);
    const sustained = series.length >= 3 && series.slice(-3).every(better);
    if (!progress.actual || progress.expected === undefined) {
        return { status: 'no-data', actual: progress.actual, sustained, series };
    }
    const ahead = progress.direction === 'increase' ? progress.actual.value > progress.expected + 1e-9 : progress.actual.value < progress.expected - 1e-9;
    const status = progress.state === 'behind' ? 'behind' : ahead ? 'ahead' : 'on-track';
    return { status, expected: progress.expected, actual: progress.actual, sustained, series };
}

/** How far behind its path a measure is, as a share of the distance from its baseline to its target. */
function behindShare(measure: MeasureModel, position: MeasurePosition): number {
    const distance = Math.abs((measure.target?.value ?? NaN) - (measure.baseline?.value ?? NaN));
    if (!position.actual || position.expected === undefined || !(distance > 0)) {
        return 1;
    }
    return Math.abs(position.expected - position.actual.value) / distance;
}

function daysFrom(from: IsoDate, to: IsoDate): number {
    return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
