// Red, amber or green from the plan's own data at the as-of date: an action from its milestones and
// the measures it targets, an area from its actions, the plan as counts. docs/progress.md explains the
// method; every export and the editor show what is computed here.
import type { IsoDate } from './dates.js';
import type { MeasurePosition } from './measure-position.js';
import { daysOverdue, milestoneState } from './milestone-state.js';

export type Rag = 'red' | 'amber' | 'green' | 'not-due';

/** Worst first: an area is as red as its reddest action. */
export const RAGS: readonly Rag[] = ['red', 'amber', 'green', 'not-due'];

/** A milestone overdue by more than this many days, with no outcome, makes its action red (amber up to it). */
export const OVERDUE_RED_DAYS = 30;

/** A target measure behind its path by more than this share of its baseline-to-target distance makes its action red (amber up to it). */
export const BEHIND_RED_SHARE = 0.1;

/** Why an action is red or amber: one entry per milestone or measure that makes it so. */
export type RagReason =
    | { rag: 'red', kind: 'milestone-missed', milestone: MilestoneFacts }
    | { rag: 'red' | 'amber', kind: 'milestone-overdue', milestone: MilestoneFacts, days: number }
    | {
        rag: 'red' | 'amber', kind: 'measure-behind', measure: { id: string, name?: string, unit?: string },
        /** The actual and the value expected on its date. */
        actual: { value: number, date: IsoDate }, expected: number,
        /** How far behind, as a share of the baseline-to-target distance; undefined when the path does not move. */
        shortfall?: number,
    };

export interface MilestoneFacts {
    date?: IsoDate;
    text?: string;
    horizonMonths?: number;
}

export interface ActionRag {
    rag: Rag;
    reasons: RagReason[];
}

export interface RagInputs {
    milestones: ReadonlyArray<MilestoneFacts & { outcome?: string }>;
    /** The measures the action targets, each with its position at the as-of date. */
    measures: ReadonlyArray<{ id: string, name?: string, unit?: string, position: MeasurePosition }>;
}

/**
 * Red when a milestone was missed, a milestone is overdue by more than OVERDUE_RED_DAYS with no
 * outcome, or a target measure is behind its path by more than BEHIND_RED_SHARE of its distance; amber
 * when a milestone is overdue by up to that or a target measure is behind by up to that; green when
 * something was due or measured and all of it is met or on its path; not-due when nothing is due yet
 * and no target measure has data.
 */
export function actionRag({ milestones, measures }: RagInputs, asOf: IsoDate | undefined): ActionRag {
    const reasons: RagReason[] = [];
    let accountable = false;
    for (const milestone of milestones) {
        const facts: MilestoneFacts = { date: milestone.date, text: milestone.text, horizonMonths: milestone.horizonMonths };
        const state = milestoneState(milestone, asOf);
        if (state === 'missed') {
            reasons.push({ rag: 'red', kind: 'milestone-missed', milestone: facts });
        } else if (state === 'overdue') {
            const days = daysOverdue(milestone.date, asOf);
            reasons.push({ rag: days > OVERDUE_RED_DAYS ? 'red' : 'amber', kind: 'milestone-overdue', milestone: facts, days });
        }
        accountable ||= state === 'met' || state === 'missed' || state === 'overdue';
    }
    for (const { id, name, unit, position } of measures) {
        const latest = position.latest;
        if (position.status === 'behind' && latest?.expected !== undefined) {
            const shortfall = latest.variance === undefined ? undefined : -latest.variance;
            // A path that does not move has no distance to share: any shortfall is beyond tolerance.
            const red = shortfall === undefined || shortfall > BEHIND_RED_SHARE + 1e-9;
            reasons.push({
                rag: red ? 'red' : 'amber', kind: 'measure-behind', measure: { id, name, unit },
                actual: { value: latest.value, date: latest.date }, expected: latest.expected,
                ...(shortfall === undefined ? {} : { shortfall }),
            });
        }
        accountable ||= position.status !== 'no-data';
    }
    const rag = reasons.some(reason => reason.rag === 'red') ? 'red'
        : reasons.length > 0 ? 'amber'
        : accountable ? 'green' : 'not-due';
    return { rag, reasons };
}

/** The worst of several: an area with a red action is red; an area without actions is not due. */
export function worstRag(rags: Iterable<Rag>): Rag {
    let worst = RAGS.length - 1;
    for (const rag of rags) {
        worst = Math.min(worst, RAGS.indexOf(rag));
    }
    return RAGS[worst];
}

/** How many of each. */
export function ragCounts(rags: Iterable<Rag>): Record<Rag, number> {
    const counts: Record<Rag, number> = { 'red': 0, 'amber': 0, 'green': 0, 'not-due': 0 };
    for (const rag of rags) {
        counts[rag]++;
    }
    return counts;
}
