// The one-page summary that opens the documents: per area, its RAG, its actions by reported status,
// its milestones met and missed, its measures on and behind their paths, and the reviewers'
// looking-for items answered.
import type { AreaModel, PlanModel } from '../../model/plan-model.js';
import { STATUSES } from '../plan-words.js';
import { heading, paragraph, strong, table, type Block, type Text } from './document-model.js';
import { count, joinWords, ragMarker, RAG_WORDS } from './document-words.js';
import { measuresOf } from './area-sections.js';
import type { Rag } from '../../model/rag.js';
import { positionDate } from './plan-sections.js';

export function dashboard(model: PlanModel): Block[] {
    const ratings = model.position.rag;
    const total = Object.values(ratings).reduce((sum, amount) => sum + amount, 0);
    const rated = (['red', 'amber', 'green', 'not-due'] as Rag[])
        .filter(rag => ratings[rag] > 0).map(rag => `${ratings[rag]} ${RAG_WORDS[rag].toLowerCase()}`);
    const blocks: Block[] = [
        heading(2, 'Summary dashboard'),
        paragraph(strong('Position at: '), `${positionDate(model)}. `,
            total > 0 ? `${count(total, 'action')} in ${count(model.areas.length, 'area')}: ${joinWords(rated)}.` : 'The plan has no actions yet.'),
    ];
    if (model.areas.length === 0) {
        return blocks;
    }
    blocks.push(table([['Area', 26], ['RAG', 9], ['Actions by status', 17], ['Milestones', 16], ['Measures', 15], ['Looking-for items', 17]],
        model.areas.map(area => areaRow(area, model))));
    return blocks;
}

function areaRow(area: AreaModel, model: PlanModel): Text[] {
    const statuses = new Map<string, number>();
    for (const action of area.actions) {
        const status = action.status ? STATUSES[action.status] ?? action.status : 'Status not stated';
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    const states = area.actions.flatMap(action => action.milestones.map(milestone => milestone.state));
    const measures = measuresOf(area.actions, model).map(measure => measure.position.status);
    const onTrack = measures.filter(status => status === 'on-track' || status === 'ahead').length;
    const behind = measures.filter(status => status === 'behind').length;
    const noData = measures.length - onTrack - behind;
    const items = lookingForItems(area, model);
    return [
        [strong(`${area.id}`), ` ${area.title || 'Untitled area'}`],
        [ragMarker(area.rag)],
        [[...statuses].map(([status, amount]) => `${amount} ${status.toLowerCase()}`).join(', ') || 'No actions'],
        [`${states.filter(state => state === 'met').length} met, ${states.filter(state => state === 'missed').length} missed`
            + (states.some(state => state === 'overdue') ? `, ${states.filter(state => state === 'overdue').length} overdue` : '')],
        [measures.length > 0 ? `${onTrack} on track, ${behind} behind${noData > 0 ? `, ${noData} no data yet` : ''}` : 'None targeted'],
        [items.total > 0 ? `${items.answered} of ${items.total} answered` : 'None'],
    ];
}

/**
 * The looking-for items of reviews up to the as-of date that name one of the area's weaknesses, and
 * how many of them name an action or measure that answers them.
 */
function lookingForItems(area: AreaModel, model: PlanModel): { total: number, answered: number } {
    const weaknesses = new Set(area.addresses.map(ref => ref.id));
    const items = model.reviews.filter(review => !review.afterAsOf)
        .flatMap(review => review.lookingFor)
        .filter(item => item.weakness && weaknesses.has(item.weakness.id));
    return { total: items.length, answered: items.filter(item => item.answeredBy.length > 0).length };
}
