// The weaknesses (word for word), where each stands and what addresses it; and the Improvement
// Notices' and Statutory Directions' requirements with their deadlines.
import { isOutstanding } from '../../model/coverage.js';
import type { CoverageModel, NoticeModel, PlanModel, WeaknessModel } from '../../model/plan-model.js';
import { longDate, shortDate } from '../dates-in-words.js';
import { JUDGEMENTS, nameOf, NOT_STATED, WEAKNESS_KINDS } from '../plan-words.js';
import { heading, paragraph, strong, table, type Block, type Text } from './document-model.js';
import { answerName, count, joinWords, requirementMarker } from './document-words.js';

export function weaknesses(model: PlanModel): Block[] {
    const byId = new Map(model.inspections.flatMap(inspection => inspection.weaknesses).map(weakness => [weakness.id, weakness]));
    const blocks: Block[] = [heading(2, 'Weaknesses and what addresses them')];
    if (model.coverage.length === 0) {
        blocks.push(paragraph('No inspection findings are recorded.'));
        return blocks;
    }
    blocks.push(paragraph(summariseCoverage(model.coverage)));
    blocks.push(table([['Ref', 8], ['Weakness, as the inspection worded it', 52], ['Where it stands', 16], ['Addressed by', 24]],
        model.coverage.map(entry => [
            [strong(entry.weakness)],
            describeWeakness(byId.get(entry.weakness)),
            [describeStatus(entry, byId.get(entry.weakness))],
            [describeCoverage(entry, model)],
        ])));
    return blocks;
}

/** "9 of 9 weaknesses are outstanding (open or not sufficient progress); every one is addressed." */
function summariseCoverage(coverage: CoverageModel[]): string {
    const outstanding = coverage.filter(entry => isOutstanding(entry.status));
    const unaddressed = outstanding.filter(entry => entry.actions.length === 0);
    const counted = `${outstanding.length} of ${count(coverage.length, 'weakness', 'weaknesses')} ${outstanding.length === 1 ? 'is' : 'are'} outstanding`;
    const addressed = outstanding.length === 0 ? 'none needs further action.'
        : unaddressed.length === 0 ? 'every outstanding weakness has actions addressing it.'
        : `${unaddressed.length === 1 ? 'one has' : `${unaddressed.length} have`} no action addressing it yet: ${joinWords(unaddressed.map(entry => entry.weakness))}.`;
    return `${counted} (open or not sufficient progress); ${addressed}`;
}

function describeWeakness(weakness: WeaknessModel | undefined): Text {
    const kind = weakness?.kind ? WEAKNESS_KINDS[weakness.kind] : undefined;
    const words = weakness?.text || 'The finding\'s words are not recorded.';
    return kind ? [strong(`${kind}. `), words] : [words];
}

/** "Sufficient progress (inspection: not sufficient progress)" when a review changed the judgement. */
function describeStatus(entry: CoverageModel, weakness: WeaknessModel | undefined): string {
    const status = JUDGEMENTS[entry.status] ?? entry.status;
    const judgement = weakness?.judgement;
    return judgement && judgement !== entry.status
        ? `${status} (inspection: ${(JUDGEMENTS[judgement] ?? judgement).toLowerCase()})`
        : status;
}

/** "Area 3 (actions 3.1 and 3.2)", "action 5.4 in area 5", or that nothing addresses it. */
function describeCoverage(entry: CoverageModel, model: PlanModel): string {
    const areaOf = new Map(model.areas.flatMap(area => area.actions.map(action => [action.id, area.id] as const)));
    const parts = entry.areas.map(areaId => {
        const actions = entry.actions.filter(actionId => areaOf.get(actionId) === areaId);
        return `Area ${areaId} (${actions.length > 0 ? `${actions.length === 1 ? 'action' : 'actions'} ${joinWords(actions)}` : 'no actions yet'})`;
    });
    const direct = entry.actions.filter(actionId => !entry.areas.includes(areaOf.get(actionId) ?? ''));
    parts.push(...direct.map(actionId => areaOf.has(actionId) ? `action ${actionId} in area ${areaOf.get(actionId)}` : `action ${actionId}`));
    if (parts.length > 0) {
        const text = joinWords(parts);
        return text.charAt(0).toUpperCase() + text.slice(1);
    }
    return isOutstanding(entry.status) ? 'Nothing yet' : 'Nothing needed now';
}

const NOTICE_KINDS: Record<string, string> = {
    'improvement-notice': 'Improvement Notice', 'statutory-direction': 'Statutory Direction',
};

export function notices(model: PlanModel): Block[] {
    if (model.notices.length === 0) {
        return [];
    }
    return [heading(2, 'Notices and directions'), ...model.notices.flatMap(notice => describeNotice(notice, model))];
}

function describeNotice(notice: NoticeModel, model: PlanModel): Block[] {
    const kind = notice.kind ? NOTICE_KINDS[notice.kind] ?? notice.kind : 'Notice';
    const issued = [
        notice.issued ? `issued ${longDate(notice.issued)}` : 'date of issue not stated',
        notice.issuers.length > 0 ? `by ${joinWords(notice.issuers.map(nameOf))}` : '',
    ].filter(Boolean).join(' ');
    const blocks: Block[] = [heading(3, notice.title || kind), paragraph(`${kind}, ${issued}.`)];
    if (notice.requirements.length === 0) {
        blocks.push(paragraph('No requirements are recorded.'));
        return blocks;
    }
    blocks.push(table([['Ref', 8], ['Requirement', 46], ['Due', 12], ['Where it stands', 14], ['Answered by', 20]],
        notice.requirements.map(requirement => [
            [strong(requirement.id)],
            [requirement.text || NOT_STATED],
            [shortDate(requirement.due) || NOT_STATED],
            [requirementMarker(requirement.state)],
            [requirement.answeredBy.map(ref => answerName(ref, model)).join('; ') || 'Nothing named yet'],
        ])));
    return blocks;
}
