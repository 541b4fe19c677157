// The progress reviews, in date order: who reviewed, their judgement on each weakness, and what they
// will look for next with the actions and measures that answer it and the evidence those name.
import type { PlanModel, ReviewModel } from '../../model/plan-model.js';
import { longDate } from '../dates-in-words.js';
import { JUDGEMENTS, nameOf, NOT_STATED, REVIEW_KINDS } from '../plan-words.js';
import { heading, note, paragraph, strong, table, type Block, type Text } from './document-model.js';
import { answerName, joinWords } from './document-words.js';

type LookingForModel = ReviewModel['lookingFor'][number];

/** Reviews by date; undated ones last, in the order written. */
export function inDateOrder(reviews: readonly ReviewModel[]): ReviewModel[] {
    const key = (review: ReviewModel) => review.date ?? '\uffff';
    return [...reviews].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

export function reviewTitle(review: ReviewModel): string {
    const kind = review.kind ? REVIEW_KINDS[review.kind] ?? review.kind : 'Review';
    return `${kind}, ${longDate(review.date) || 'date not stated'}`;
}

export function reviews(model: PlanModel): Block[] {
    const blocks: Block[] = [heading(2, 'Reviews')];
    if (model.reviews.length === 0) {
        blocks.push(paragraph('No reviews are recorded yet.'));
        return blocks;
    }
    for (const review of inDateOrder(model.reviews)) {
        blocks.push(...reviewBlocks(review, model, 3));
    }
    return blocks;
}

export function reviewBlocks(review: ReviewModel, model: PlanModel, level: 3 | 4): Block[] {
    const blocks: Block[] = [heading(level, reviewTitle(review))];
    if (review.reviewers.length > 0) {
        blocks.push(paragraph(`By ${joinWords(review.reviewers.map(nameOf))}.`));
    }
    if (review.afterAsOf) {
        // A shared file of findings may record reviews the plan had not reached yet (a 2018 statement
        // of action importing the 2019 revisit): shown, but they do not change where weaknesses stand.
        blocks.push(note(`This review is after the position date (${longDate(model.position.asOf?.date)}): it does not change where the weaknesses stand here.`));
    }
    if (review.outcomes.length > 0) {
        blocks.push(table([['Weakness', 12], ['Judgement', 24], ['What the reviewers said', 64]], review.outcomes.map(outcome => [
            [strong(outcome.weakness.resolved ? outcome.weakness.id : nameOf(outcome.weakness))],
            [outcome.judgement ? JUDGEMENTS[outcome.judgement] ?? outcome.judgement : NOT_STATED],
            [outcome.text || 'No comment recorded'],
        ])));
    }
    if (review.lookingFor.length > 0) {
        blocks.push(paragraph('What the reviewers will look for evidence of next time:'));
        blocks.push(lookingForTable(review.lookingFor, model));
    }
    if (review.outcomes.length === 0 && review.lookingFor.length === 0) {
        blocks.push(paragraph('No outcomes are recorded.'));
    }
    return blocks;
}

export function lookingForTable(items: readonly LookingForModel[], model: PlanModel): Block {
    return table([['Weakness', 10], ['Looking for', 40], ['Answered by', 26], ['Evidence', 24]], items.map(item => [
        [strong(item.weakness ? item.weakness.id : 'General')],
        [item.text || NOT_STATED],
        [item.answeredBy.map(ref => answerName(ref, model)).join('; ') || 'Not answered yet'],
        evidenceFor(item, model),
    ]));
}

/** The evidence named by the actions that answer an item. */
function evidenceFor(item: LookingForModel, model: PlanModel): Text {
    const actions = new Map(model.areas.flatMap(area => area.actions).map(action => [action.id, action]));
    const evidence = [...new Set(item.answeredBy.filter(ref => ref.type === 'action')
        .flatMap(ref => actions.get(ref.id)?.evidence ?? []))];
    return [evidence.join('; ') || 'None named'];
}
