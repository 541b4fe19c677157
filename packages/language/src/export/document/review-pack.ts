// The progress-review pack (`appl review`): what reviewers read before each six-monthly meeting. A
// one-page summary first (the plan's RAG, each area's and why, every missed milestone and every
// measure behind its path), then per area: the milestones that fell due since the last review, each
// measure's expected and actual values at every point with its trend, and the latest update from each
// action's lead; then the reviewers' looking-for items with their answers and evidence, and the
// notices' requirements.
import type { IsoDate } from '../../model/dates.js';
import type { ActionModel, AreaModel, MeasureModel, MilestoneModel, PlanDiagnostic, PlanModel, ReviewModel } from '../../model/plan-model.js';
import { longDate, shortDate } from '../dates-in-words.js';
import { NOT_STATED, PLAN_TYPES } from '../plan-words.js';
import { measuresOf, measureStanding, reasonWords } from './area-sections.js';
import { colophon } from './annex-a.js';
import {
    heading, list, note, paragraph, strong, table, type Block, type ReportDocument, type Text,
} from './document-model.js';
import { count, figure, joinWords, measureName, milestoneMarker, personWords, ragMarker, RAG_WORDS, withoutFullStop } from './document-words.js';
import { findingsAppendix } from './findings-appendix.js';
import { positionDate } from './plan-sections.js';
import type { PositionPoint } from '../../model/measure-position.js';
import type { Rag, RagReason } from '../../model/rag.js';
import { inDateOrder, lookingForTable, reviewTitle } from './review-sections.js';
import { notices } from './weakness-sections.js';

export interface ReviewPackOptions {
    /** The start of the period covered; by default the last review on or before the as-of date. */
    since?: IsoDate;
    findings?: readonly PlanDiagnostic[];
}

export function toReviewPack(model: PlanModel, options: ReviewPackOptions = {}): ReportDocument {
    const asOf = model.position.asOf?.date;
    const past = inDateOrder(model.reviews).filter(review => review.date && !review.afterAsOf);
    const lastReview = past[past.length - 1];
    const since = options.since ?? lastReview?.date ?? model.plan?.period?.start;
    const title = model.plan?.title || model.files.plan;
    const areas = model.areas.flatMap(area => areaPack(area, model, since, asOf));
    if (areas.length > 0 && areas[0].type === 'heading') {
        areas[0] = { ...areas[0], newPage: true };
    }
    return {
        title: `Progress review pack: ${title}`,
        subtitle: `${model.plan?.type ? PLAN_TYPES[model.plan.type] ?? model.plan.type : 'Plan'}${model.plan?.localArea ? ` for ${model.plan.localArea}` : ''}. `
            + `Position at ${positionDate(model)}; covers the time since ${since ? longDate(since) : 'the plan began'}.`,
        runningTitle: `${title}: progress review pack`,
        blocks: [
            ...summary(model, since, lastReview),
            ...areas,
            ...lookingFor(model, lastReview),
            ...notices(model),
            ...(options.findings ? findingsAppendix(options.findings) : []),
        ],
        colophon: colophon(model),
    };
}

// ---------------------------------------------------------------- the one-page summary

function summary(model: PlanModel, since: IsoDate | undefined, lastReview: ReviewModel | undefined): Block[] {
    const ratings = model.position.rag;
    const total = Object.values(ratings).reduce((sum, amount) => sum + amount, 0);
    const actions = model.areas.flatMap(area => area.actions);
    const missed = actions.flatMap(action => action.milestones.filter(m => m.state === 'missed').map(m => ({ action, milestone: m })));
    const overdue = actions.flatMap(action => action.milestones.filter(m => m.state === 'overdue').map(m => ({ action, milestone: m })));
    const behind = model.measures.filter(measure => measure.position.status === 'behind');
    const blocks: Block[] = [
        heading(2, 'Summary'),
        paragraph(strong('Position at: '), `${positionDate(model)}. `, strong('Since: '),
            since ? `${longDate(since)}${lastReview && lastReview.date === since ? ` (${lowerFirst(reviewTitle(lastReview))})` : ''}.` : 'the start of the plan.'),
        paragraph(strong('Actions: '), total > 0
            ? `${count(total, 'action')}: ${joinWords((['red', 'amber', 'green', 'not-due'] as Rag[]).map(rag => `${ratings[rag]} ${RAG_WORDS[rag].toLowerCase()}`))}.`
            : 'the plan has no actions yet.'),
    ];
    if (model.areas.length > 0) {
        blocks.push(table([['Area', 34], ['RAG', 12], ['Why', 54]], model.areas.map(area => [
            [strong(area.id), ` ${area.title || 'Untitled area'}`],
            [ragMarker(area.rag)],
            [areaReasons(area)],
        ])));
    }
    // Named one by one on the next page, so that the summary keeps to one page.
    blocks.push({ ...heading(2, 'Missed milestones and measures behind their paths'), newPage: true });
    blocks.push(paragraph(strong('Missed milestones: '), missed.length > 0 ? `${missed.length}.` : 'none.'));
    if (missed.length > 0) {
        blocks.push(list(missed.map(({ action, milestone }) => milestoneLine(action, milestone))));
    }
    if (overdue.length > 0) {
        blocks.push(paragraph(strong('Milestones overdue with no outcome recorded: '), `${overdue.length}.`));
        blocks.push(list(overdue.map(({ action, milestone }) => milestoneLine(action, milestone))));
    }
    blocks.push(paragraph(strong('Measures behind their paths: '), behind.length > 0 ? `${behind.length}.` : 'none.'));
    if (behind.length > 0) {
        blocks.push(list(behind.map(measure => [strong(measureName(measure)), ': ', ...actualAgainstExpected(measure)])));
    }
    return blocks;
}

/** "1 milestone missed (1.3); 2 measures behind their paths (1.1, 1.2, 1.3)." */
function areaReasons(area: AreaModel): string {
    const byKind = new Map<RagReason['kind'], { subjects: Set<string>, actions: Set<string> }>();
    for (const action of area.actions) {
        for (const reason of action.ragReasons) {
            const entry = byKind.get(reason.kind) ?? { subjects: new Set(), actions: new Set() };
            // A measure counts once however many actions target it; a milestone belongs to its action.
            entry.subjects.add(reason.kind === 'measure-behind' ? reason.measure.id : `${action.id} ${reason.milestone.date} ${reason.milestone.text}`);
            entry.actions.add(action.id);
            byKind.set(reason.kind, entry);
        }
    }
    const words: Record<RagReason['kind'], [string, string]> = {
        'milestone-missed': ['milestone missed', 'milestones missed'],
        'milestone-overdue': ['milestone overdue', 'milestones overdue'],
        'measure-behind': ['measure behind its path', 'measures behind their paths'],
    };
    const parts = (['milestone-missed', 'milestone-overdue', 'measure-behind'] as const).filter(kind => byKind.has(kind)).map(kind => {
        const { subjects, actions } = byKind.get(kind)!;
        return `${subjects.size} ${words[kind][subjects.size === 1 ? 0 : 1]} (${joinWords([...actions])})`;
    });
    if (parts.length > 0) {
        return `${capitalise(parts.join('; '))}.`;
    }
    const rag = area.rag;
    return rag === 'green' ? 'Everything due is met, and every measure with data is on or ahead of its path.'
        : rag === 'not-due' ? 'Nothing has fallen due yet, and no measure has data.'
        : area.actions.length === 0 ? 'No actions.' : 'See the actions below.';
}

function milestoneLine(action: ActionModel, milestone: MilestoneModel): Text {
    return [strong(`${action.id}, ${shortDate(milestone.date) || 'no date'}: `), `${withoutFullStop(milestone.text || 'No description')}.`];
}

/** "23% on 30 Sep 2023 against 25% expected then" */
function actualAgainstExpected(measure: MeasureModel): Text {
    const latest = measure.position.latest;
    if (!latest) {
        return ['no actual yet.'];
    }
    const expected = latest.expected !== undefined ? ` against ${figure(latest.expected, measure.unit)} expected then` : '';
    return [`${figure(latest.value, measure.unit)} on ${shortDate(latest.date)}${expected}.`];
}

// ---------------------------------------------------------------- per area

function areaPack(area: AreaModel, model: PlanModel, since: IsoDate | undefined, asOf: IsoDate | undefined): Block[] {
    const rag = area.rag;
    const blocks: Block[] = [
        heading(2, area.title || 'Untitled area', `Area ${area.id}`),
        paragraph(strong('RAG: '), ragMarker(rag), `. ${areaReasons(area)}`),
    ];
    const reasons = area.actions.flatMap(action => action.ragReasons.map((reason): Text =>
        [strong(`${action.id}: `), `${capitalise(reasonWords(reason))}.`]));
    if (reasons.length > 0) {
        blocks.push(list(reasons));
    }
    const due = area.actions.flatMap(action => action.milestones
        .filter(milestone => milestone.date && (!since || milestone.date > since) && (!asOf || milestone.date <= asOf))
        .map(milestone => ({ action, milestone })));
    blocks.push(heading(3, `Area ${area.id}: milestones due since ${since ? shortDate(since) : 'the start'}`));
    blocks.push(due.length > 0
        ? table([['Action', 12], ['Due', 14], ['What will be true', 52], ['Where it stands', 22]], due.map(({ action, milestone }) => [
            [strong(action.id)],
            [shortDate(milestone.date)],
            [milestone.text || 'No description'],
            [milestoneMarker(milestone.state)],
        ]))
        : paragraph('No milestone fell due in this period.'));
    const measures = measuresOf(area.actions, model);
    if (measures.length > 0) {
        blocks.push(heading(3, `Area ${area.id}: measures against their paths`));
        blocks.push(...measures.flatMap(measure => measureSeries(measure)));
    }
    blocks.push(heading(3, `Area ${area.id}: latest updates from the leads`));
    blocks.push(table([['Action', 30], ['Lead', 24], ['Latest update', 46]], area.actions.map(action => {
        const update = action.latestUpdate;
        return [
            [strong(action.id), ` ${action.title || 'Untitled action'}`],
            [action.lead ? personWords(action.lead, model) : NOT_STATED],
            update ? [strong(update.date ? `${shortDate(update.date)}: ` : 'Undated: '), update.text || ''] : ['No update recorded'],
        ];
    })));
    return blocks;
}

/** A measure's expected and actual value at each point, its trend, and whether progress is sustained. */
function measureSeries(measure: MeasureModel): Block[] {
    const at = measure.position;
    const blocks: Block[] = [paragraph(strong(measureName(measure)), '. ', ...measureStanding(measure, false), `. ${trend(measure)}`)];
    if (at.series.length === 0) {
        blocks.push(note('No actual values recorded yet.'));
        return blocks;
    }
    blocks.push(table([['Date', 22], ['Expected', 22], ['Actual', 22], ['Against the path', 34]], at.series.map(point => [
        [shortDate(point.date)],
        [point.expected !== undefined ? figure(point.expected, measure.unit) : 'No path yet'],
        [figure(point.value, measure.unit)],
        [describeGap(point, measure.unit)],
    ])));
    return blocks;
}

/** "Behind by 2%", "On its path", "Ahead of it": the point's own status against the path. */
function describeGap(point: PositionPoint, unit: string | undefined): string {
    if (point.expected === undefined || point.status === 'no-data') {
        return 'Cannot compare';
    }
    return point.status === 'behind' ? `Behind by ${figure(Math.abs(point.expected - point.value), unit)}`
        : point.status === 'ahead' ? 'Ahead of it' : 'On it';
}

/** "Improving (up from 18% to 23%); progress sustained: the last three actuals are on or ahead of the path." */
function trend(measure: MeasureModel): string {
    const { series, direction, sustained } = measure.position;
    if (series.length < 2) {
        return series.length === 1 ? 'One actual so far: no trend yet.' : '';
    }
    const [previous, last] = series.slice(-2);
    const change = last.value - previous.value;
    const words = change === 0 ? 'Flat' : (change > 0) === (direction === 'increase') ? 'Improving' : 'Worsening';
    const steady = sustained
        ? 'progress sustained: the last three actuals are on or ahead of the path.'
        : 'progress not yet sustained: fewer than three actuals in a row on or ahead of the path.';
    return `${words} (${change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged'} from ${figure(previous.value, measure.unit)} to ${figure(last.value, measure.unit)}); ${steady}`;
}

// ---------------------------------------------------------------- looking-for items

function lookingFor(model: PlanModel, lastReview: ReviewModel | undefined): Block[] {
    const blocks: Block[] = [heading(2, 'What the reviewers are looking for')];
    if (!lastReview) {
        blocks.push(paragraph('No review before the position date is recorded.'));
        return blocks;
    }
    blocks.push(paragraph(`From the ${lowerFirst(reviewTitle(lastReview))}.`));
    blocks.push(lastReview.lookingFor.length > 0 ? lookingForTable(lastReview.lookingFor, model) : paragraph('The review recorded nothing to look for.'));
    return blocks;
}

function lowerFirst(text: string): string {
    return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
