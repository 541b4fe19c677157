// Each area: the weaknesses it addresses in the inspection's words, one block per action, and a table
// of the measures its actions target (KPIs: baseline, the expected path, the actuals and where each
// stands).
import type { ActionModel, AreaModel, MeasureModel, MilestoneModel, PlanModel, TargetModel } from '../../model/plan-model.js';
import { longDate, shortDate } from '../dates-in-words.js';
import { nameOf, NOT_STATED, percentOf, STATUSES } from '../plan-words.js';
import {
    facts, group, heading, list, paragraph, quote, strong, table, type Block, type Text,
} from './document-model.js';
import {
    COPRODUCTION_WORDS, count, datedFigure, figure, joinNames, joinWords, measureMarker, measureName, milestoneMarker, personWords, ragMarker,
    withoutFullStop,
} from './document-words.js';
import { marker } from './document-model.js';
import { BEHIND_RED_SHARE, type RagReason } from '../../model/rag.js';

export function areaSection(area: AreaModel, model: PlanModel): Block[] {
    const blocks: Block[] = [heading(2, area.title || 'Untitled area', `Area ${area.id}`)];
    const weaknesses = new Map(model.inspections.flatMap(inspection => inspection.weaknesses).map(weakness => [weakness.id, weakness]));
    if (area.addresses.length === 0) {
        blocks.push(paragraph('This area names no weakness it addresses.'));
    }
    for (const ref of area.addresses) {
        const weakness = ref.resolved ? weaknesses.get(ref.id) : undefined;
        blocks.push(paragraph(strong(`Weakness ${ref.id}`), weakness ? ', as the inspection worded it:' : ' (not declared).'));
        if (weakness?.text) {
            blocks.push(quote(weakness.text));
        }
    }
    blocks.push(paragraph(strong('Rating: '), ragMarker(area.rag), `. ${describeAreaActions(area)}`));
    if (area.actions.length === 0) {
        blocks.push(paragraph('No actions yet.'));
    }
    blocks.push(...area.actions.map(action => actionBlock(action, model)));
    const measures = measuresOf(area.actions, model);
    if (measures.length > 0) {
        blocks.push(heading(3, `Area ${area.id} measures (KPIs)`), measuresTable(measures));
    }
    return blocks;
}

/** "3 actions: 1 red, 2 green." */
function describeAreaActions(area: AreaModel): string {
    if (area.actions.length === 0) {
        return 'The area has no actions.';
    }
    const ratings = area.actions.map(action => action.rag);
    const parts = (['red', 'amber', 'green', 'not-due'] as const)
        .map(rag => [rag, ratings.filter(rating => rating === rag).length] as const)
        .filter(([, amount]) => amount > 0)
        .map(([rag, amount]) => `${amount} ${rag === 'not-due' ? 'not yet due' : rag}`);
    return `${count(area.actions.length, 'action')}: ${joinWords(parts)}.`;
}

/** One block per action, kept on one page where it fits. */
export function actionBlock(action: ActionModel, model: PlanModel): Block {
    const update = action.latestUpdate;
    const rows: Array<[string, Text | Block[]]> = [
        ['Lead', [action.lead ? personWords(action.lead, model) : NOT_STATED]],
        ['Senior responsible officer', [action.seniorResponsibleOfficer ? personWords(action.seniorResponsibleOfficer, model) : NOT_STATED]],
        ['Partners', [joinNames(action.partners.map(nameOf)) || 'None named']],
        ['Co-produced with', [describeCoproduction(action) || NOT_STATED]],
        ['Start and due', [`${shortDate(action.start) || 'Start not stated'} to ${shortDate(action.due) || 'due date not stated'}`]],
        ['Status reported', [action.status ? STATUSES[action.status] ?? action.status : NOT_STATED]],
        ['RAG', [ragMarker(action.rag), ...describeReasons(action.ragReasons)]],
        ['Success criteria', action.successCriteria.length > 0 ? [list(action.successCriteria.map(text => [text]))] : [NOT_STATED]],
        ['Targets', action.targets.length > 0 ? [list(action.targets.map(target => describeTarget(target, model)))] : ['None']],
        ['Milestones', action.milestones.length > 0 ? [list(action.milestones.map(milestone => describeMilestone(milestone)))] : ['None']],
        ['Evidence', [joinNames(action.evidence) || 'None named']],
        ['Latest update', update ? [update.date ? `${longDate(update.date)}: ` : '', update.text || ''] : ['None recorded']],
    ];
    if (action.addresses.length > 0) {
        rows.splice(4, 0, ['Also addresses', [joinWords(action.addresses.map(ref => `weakness ${ref.id}`))]]);
    }
    return group(heading(3, action.title || 'Untitled action', `Action ${action.id}`), facts(rows));
}

/** "Kent PACT: co-produced; Kent schools: consulted" */
function describeCoproduction(action: ActionModel): string {
    return action.coproduction
        .map(entry => `${nameOf(entry.party)}: ${entry.level ? COPRODUCTION_WORDS[entry.level] ?? entry.level : 'level not stated'}`)
        .join('; ');
}

/** ": the milestone of 31 Dec 2023 was missed and …." */
function describeReasons(reasons: RagReason[]): Text {
    return reasons.length === 0 ? [] : [`: ${joinWords(reasons.map(reason => reasonWords(reason)))}.`];
}

/** "the milestone of 31 Dec 2023 was missed", "X is behind its path (23% against 25% expected: …)". */
export function reasonWords(reason: RagReason): string {
    switch (reason.kind) {
        case 'milestone-missed':
            return `the milestone of ${shortDate(reason.milestone.date) || 'no date'} was missed`;
        case 'milestone-overdue':
            return `the milestone of ${shortDate(reason.milestone.date)} is ${count(reason.days, 'day')} overdue with no outcome recorded`;
        case 'measure-behind': {
            const unit = reason.measure.unit;
            const share = reason.shortfall !== undefined ? `: behind by ${percentOf(reason.shortfall)} of the distance from baseline to target` : '';
            return `${reason.measure.name || reason.measure.id} is behind its path (${figure(reason.actual.value, unit)} on ${shortDate(reason.actual.date)} `
                + `against ${figure(reason.expected, unit)} expected${share})`;
        }
    }
}

function describeTarget(target: TargetModel, model: PlanModel): Text {
    if (target.type === 'measure') {
        const measure = target.measure.resolved ? model.measures.find(candidate => candidate.id === target.measure.id) : undefined;
        if (!measure) {
            return [strong(target.measure.id || 'Unnamed measure'), ': no measure of that name is declared'];
        }
        return [strong(measureName(measure)), `: ${fromTo(measure.baseline, measure.target, measure.unit)}`];
    }
    return [strong(target.name || 'Unnamed target'), `: ${fromTo(target.baseline, target, target.unit)}`];
}

/** "35% on 31 Jan 2020 to 70% by 31 Mar 2021" */
function fromTo(baseline: { value?: number, date?: string } | undefined, target: { value?: number, date?: string } | undefined, unit: string | undefined): string {
    const from = baseline?.value !== undefined ? `from ${datedFigure(baseline, unit, 'on')}` : 'no baseline';
    const to = target?.value !== undefined ? `to ${datedFigure(target, unit, 'by')}` : `no target value${target?.date ? ` (due ${shortDate(target.date)})` : ''}`;
    return `${from} ${to}`;
}

/** "3 months, 31 Jul 2023: First survey run. Met" */
function describeMilestone(milestone: MilestoneModel): Text {
    const when = [
        milestone.horizonMonths !== undefined ? `${milestone.horizonMonths} ${milestone.horizonMonths === 1 ? 'month' : 'months'}` : undefined,
        milestone.date ? shortDate(milestone.date) : 'no date',
    ].filter(Boolean).join(', ');
    return [strong(`${when}: `), `${withoutFullStop(milestone.text || 'No description')}. `, milestoneMarker(milestone.state)];
}

/** The measures the actions target, each once, in the order they are first named. */
export function measuresOf(actions: readonly ActionModel[], model: PlanModel): MeasureModel[] {
    const byId = new Map(model.measures.map(measure => [measure.id, measure]));
    const found = new Set<MeasureModel>();
    for (const target of actions.flatMap(action => action.targets)) {
        const measure = target.type === 'measure' && target.measure.resolved ? byId.get(target.measure.id) : undefined;
        if (measure) found.add(measure);
    }
    return [...found];
}

/** The KPI table: a measure with its baseline and target, the expected path, the actuals, and where it stands. */
export function measuresTable(measures: readonly MeasureModel[]): Block {
    return table([['Measure, baseline and target', 34], ['Expected on the way', 20], ['Actuals (expected then)', 26], ['Where it stands', 20]],
        measures.map(measure => {
            const at = measure.position;
            return [
                [strong(measureName(measure)), `. Baseline ${datedFigure(measure.baseline, measure.unit, 'on')}; target ${datedFigure(measure.target, measure.unit, 'by')}.`],
                [measure.expected.map(expected => datedFigure(expected, measure.unit, 'by')).join('; ') || 'None stated'],
                [at.series.map(point => `${figure(point.value, measure.unit)} on ${shortDate(point.date)}${point.expected !== undefined ? ` (${figure(point.expected, measure.unit)})` : ''}`).join('; ') || 'None yet'],
                measureStanding(measure),
            ];
        }));
}

/** "Behind its path", in red when more than a tenth of the way from baseline to target behind, else amber (the RAG's threshold). */
export function measureStanding(measure: MeasureModel, withSustained = true): Text {
    const at = measure.position;
    if (at.status !== 'behind') {
        return [measureMarker(at.status), ...(at.sustained && withSustained ? ['; sustained over the last three points'] : [])];
    }
    const shortfall = at.latest?.variance !== undefined ? -at.latest.variance : undefined;
    return [marker('Behind its path', shortfall !== undefined && shortfall <= BEHIND_RED_SHARE + 1e-9 ? 'amber' : 'red'),
        ...(shortfall !== undefined ? [` by ${percentOf(shortfall)} of the distance from baseline to target`] : [])];
}
