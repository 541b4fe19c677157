// Short phrases for measures in the editor (hover and code lens), in a plan author's words.
import { shortDate } from '../export/dates-in-words.js';
import { amount, MEASURE_STATUSES, RAG_WORDS } from '../export/plan-words.js';
import type { MeasurePosition } from '../model/measure-position.js';
import type { ActionModel, AreaModel, MeasureModel } from '../model/plan-model.js';

/** "35% on 31 Jan 2020 → 70% by 31 Mar 2021" */
export function describeTarget(measure: MeasureModel): string {
    const from = measure.baseline?.value !== undefined
        ? `${amount(measure.baseline.value, measure.unit)}${measure.baseline.date ? ` on ${shortDate(measure.baseline.date)}` : ''}`
        : 'no baseline';
    const to = measure.target?.value !== undefined
        ? `${amount(measure.target.value, measure.unit)}${measure.target.date ? ` by ${shortDate(measure.target.date)}` : ''}`
        : 'no target';
    return `${from} → ${to}`;
}

/** "on track: 68% vs expected 65%", "behind its path: 31.6% vs expected 32.3%", "no data yet". */
export function describeProgress(position: MeasurePosition, unit: string | undefined): string {
    const latest = position.latest;
    const words = MEASURE_STATUSES[position.status].toLowerCase();
    if (!latest) {
        return 'no data yet';
    }
    if (latest.expected === undefined) {
        return `latest actual ${amount(latest.value, unit)}, before the baseline or with no baseline and target to compare with`;
    }
    return `${words}${position.sustained ? ' (sustained)' : ''}: ${amount(latest.value, unit)} vs expected ${amount(latest.expected, unit)}`;
}

/**
 * "RAG red: 1 milestone missed, 1 measure behind", "RAG green", "RAG not yet due": an area from its
 * actions' RAG, an action from its reasons.
 */
export function describeRagBriefly(item: Pick<AreaModel, 'rag' | 'actions'> | Pick<ActionModel, 'rag' | 'ragReasons'>): string {
    const head = `RAG ${RAG_WORDS[item.rag].toLowerCase()}`;
    const parts: string[] = [];
    if ('ragReasons' in item) {
        const count = (kind: string) => item.ragReasons.filter(reason => reason.kind === kind).length;
        const missed = count('milestone-missed');
        const overdue = count('milestone-overdue');
        const behind = count('measure-behind');
        if (missed > 0) parts.push(`${missed} ${missed === 1 ? 'milestone' : 'milestones'} missed`);
        if (overdue > 0) parts.push(`${overdue} ${overdue === 1 ? 'milestone' : 'milestones'} overdue`);
        if (behind > 0) parts.push(`${behind} ${behind === 1 ? 'measure' : 'measures'} behind`);
    } else if (item.actions.length > 0) {
        const counted = (['red', 'amber', 'green'] as const).map(rag => [rag, item.actions.filter(action => action.rag === rag).length] as const)
            .filter(([, n]) => n > 0).map(([rag, n]) => `${n} ${rag}`);
        parts.push(...counted);
    } else {
        parts.push('no actions yet');
    }
    return parts.length > 0 ? `${head}: ${parts.join(', ')}` : head;
}
