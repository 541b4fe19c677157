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

/** A review dated after the as-of date has not happened yet for the plan: it changes no status. */
export function reviewAfter(review: { date?: string }, asOf: string | undefined): boolean {
    return Boolean(asOf && review.date && review.date > asOf);
}

/**
 * A weakness stands as its latest review outcome says, else as the inspection judged it, else it is
 * open. Reviews dated after the as-of date have not happened yet for the plan, so a statement of
 * action written in 2018 and an APP of 2020 can share one file of findings and reviews.
 */
export function weaknessStatus(weakness: Weakness, reviews: readonly Review[], asOf?: string): WeaknessStatus {
    return weaknessStatuses(reviews, asOf)(weakness);
}

/** The status of every weakness, from one pass over the reviews: for a whole plan at once. */
export function weaknessStatuses(reviews: readonly Review[], asOf?: string): (weakness: Weakness) => WeaknessStatus {
    const latest = new Map<Weakness, { date: string, judgement: string }>();
    for (const review of reviews) {
        if (reviewAfter(review, asOf)) {
            continue;
        }
        const date = review.date ?? '';
        for (const outcome of review.outcomes) {
            const weakness = outcome.weakness?.ref;
            const previous = weakness && latest.get(weakness);
            if (weakness && outcome.judgement && (!previous || date >= previous.date)) {
                latest.set(weakness, { date, judgement: outcome.judgement });
            }
        }
    }
    return weakness => (latest.get(weakness)?.judgement ?? weakness.judgement ?? 'open') as WeaknessStatus;
}

/**
 * Coverage of every weakness visible to a plan file (its own and its imports') by the plan's own
 * areas and actions. `visible` lists the plan's document first, then the documents it imports.
 */
export function computeCoverage(plan: Document, visible: readonly Document[], asOf?: string): WeaknessCoverage[] {
    const weaknesses = visible.flatMap(doc => doc.declarations.filter(isInspection).flatMap(inspection => inspection.weaknesses));
    const reviews = visible.flatMap(doc => doc.declarations.filter(isReview));
    // Indexed by weakness in one pass over the plan, so that a large plan costs areas + actions, not their product.
    const areasOf = new Map<Weakness, Area[]>();
    const actionsOf = new Map<Weakness, Action[]>();
    const add = <T>(map: Map<Weakness, T[]>, weakness: Weakness | undefined, item: T): void => {
        const list = weakness && map.get(weakness);
        if (weakness && !list) {
            map.set(weakness, [item]);
        } else if (list && list[list.length - 1] !== item) {
            list.push(item);
        }
    };
    for (const area of plan.declarations.filter(isArea)) {
        const addressed = new Set(area.addresses.map(ref => ref.ref));
        for (const weakness of addressed) {
            add(areasOf, weakness, area);
        }
        for (const action of area.actions) {
            for (const weakness of addressed) {
                add(actionsOf, weakness, action);
            }
            for (const ref of action.addresses) {
                add(actionsOf, ref.ref, action);
            }
        }
    }
    const statusOf = weaknessStatuses(reviews, asOf);
    return weaknesses.map(weakness => ({
        weakness,
        status: statusOf(weakness),
        areas: areasOf.get(weakness) ?? [],
        // In plan order, each once: actions are visited in order and a repeat can only follow itself.
        actions: actionsOf.get(weakness) ?? [],
    }));
}
