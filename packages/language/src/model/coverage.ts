import type { Action, Area, Document, Review, Weakness } from '../generated/ast.js';
import { isArea, isInspection, isReview } from '../generated/ast.js';

export type WeaknessStatus = 'open' | 'not-sufficient' | 'sufficient' | 'released';

/** Which areas and actions of a plan address one weakness, and where the weakness stands. */
export interface WeaknessCoverage {
    weakness: Weakness;
    status: WeaknessStatus;
    areas: Area[];
    /** Actions that address it: those of its areas and those that name it themselves. */
    actions: Action[];
}

/** Open and not-sufficient weaknesses still need actions; sufficient and released ones do not. */
export function isOutstanding(status: WeaknessStatus): boolean {
    return status === 'open' || status === 'not-sufficient';
}

/**
 * A weakness stands as its latest review outcome says, else as the inspection judged it, else it is
 * open. Reviews dated after the as-of date have not happened yet for the plan, so a statement of
 * action written in 2018 and an APP of 2020 can share one file of findings and reviews.
 */
export function weaknessStatus(weakness: Weakness, reviews: readonly Review[], asOf?: string): WeaknessStatus {
    let latest: { date: string, judgement: string } | undefined;
    for (const review of reviews) {
        if (asOf && review.date && review.date > asOf) {
            continue;
        }
        for (const outcome of review.outcomes) {
            if (outcome.weakness?.ref === weakness && outcome.judgement && (!latest || (review.date ?? '') >= latest.date)) {
                latest = { date: review.date ?? '', judgement: outcome.judgement };
            }
        }
    }
    return (latest?.judgement ?? weakness.judgement ?? 'open') as WeaknessStatus;
}

/**
 * Coverage of every weakness visible to a plan file (its own and its imports') by the plan's own
 * areas and actions. `visible` lists the plan's document first, then the documents it imports.
 */
export function computeCoverage(plan: Document, visible: readonly Document[], asOf?: string): WeaknessCoverage[] {
    const weaknesses = visible.flatMap(doc => doc.declarations.filter(isInspection).flatMap(inspection => inspection.weaknesses));
    const reviews = visible.flatMap(doc => doc.declarations.filter(isReview));
    const areas = plan.declarations.filter(isArea);
    return weaknesses.map(weakness => {
        const addressingAreas = areas.filter(area => area.addresses.some(ref => ref.ref === weakness));
        const actions = areas.flatMap(area => area.actions).filter(action =>
            addressingAreas.includes(action.$container) || action.addresses.some(ref => ref.ref === weakness));
        return { weakness, status: weaknessStatus(weakness, reviews, asOf), areas: addressingAreas, actions };
    });
}
