// The Annex A sections about the plan as a whole: its details, governance and monitoring, the
// analysis of insufficient progress, how families are kept informed, the support and challenge asked
// for, and the sign-off.
import type { InspectionModel, PlanModel } from '../../model/plan-model.js';
import { dateRange, longDate, shortDate } from '../dates-in-words.js';
import { FREQUENCIES, INSPECTION_KINDS, nameOf, NOT_STATED, PLAN_TYPES } from '../plan-words.js';
import { facts, heading, list, note, paragraph, quote, strong, type Block, type Text } from './document-model.js';
import { answerName, personWords } from './document-words.js';

export function planDetails(model: PlanModel): Block[] {
    const plan = model.plan;
    const rows: Array<[string, Text]> = [
        ['Local area', [plan?.localArea || NOT_STATED]],
        ['Plan type', [plan?.type ? PLAN_TYPES[plan.type] ?? plan.type : NOT_STATED]],
        ...model.inspections.map((inspection): [string, Text] => [inspectionLabel(inspection), [describeInspection(inspection)]]),
        ['Accountable officers', [joinPeople(plan?.accountable ?? [], model) || NOT_STATED]],
        ['DfE and NHS England advisers', [joinPeople(plan?.advisers ?? [], model) || NOT_STATED]],
        ['Plan period', [plan?.period ? dateRange(plan.period.start, plan.period.end) : NOT_STATED]],
        ['Agreed with DfE and NHS England', [longDate(plan?.agreed) || NOT_STATED]],
        ['Version', [plan?.version || NOT_STATED]],
        ['Position as at', [positionDate(model)]],
    ];
    // The dashboard has the first page to itself in Word.
    return [{ ...heading(2, 'Plan details'), newPage: true }, facts(rows)];
}

/** "8 January 2024", "1 May 2024 (the date given for this export; the plan's own is 8 January 2024)". */
export function positionDate(model: PlanModel): string {
    const asOf = model.position.asOf;
    if (!asOf) {
        return NOT_STATED;
    }
    const own = model.plan?.asOf;
    return asOf.source === 'plan' || !own || own === asOf.date
        ? longDate(asOf.date)
        : `${longDate(asOf.date)} (the plan's own date is ${longDate(own)})`;
}

function inspectionLabel(inspection: InspectionModel): string {
    return inspection.kind === 'revisit' ? 'Revisit' : 'Inspection';
}

function describeInspection(inspection: InspectionModel): string {
    const kind = inspection.kind ? INSPECTION_KINDS[inspection.kind] ?? inspection.kind : 'Inspection';
    const visit = inspection.from ? `${kind}, ${dateRange(inspection.from, inspection.to ?? inspection.from)}` : `${kind}, dates not stated`;
    return inspection.published ? `${visit}; report published ${longDate(inspection.published)}` : visit;
}

function joinPeople(refs: PlanModel['people'][number]['organisation'][], model: PlanModel): string {
    return refs.filter(ref => ref !== undefined).map(ref => personWords(ref!, model)).join('; ');
}

export function governance(model: PlanModel): Block[] {
    const blocks: Block[] = [heading(2, 'Governance and monitoring')];
    if (model.boards.length === 0) {
        blocks.push(paragraph('No board is recorded.'));
        return blocks;
    }
    for (const board of model.boards) {
        blocks.push(heading(3, board.name || board.id), facts([
            ['Chairs', [board.chairs.map(ref => personWords(ref, model)).join('; ') || NOT_STATED]],
            ['Meets', [board.meets ? FREQUENCIES[board.meets] ?? board.meets : NOT_STATED]],
            ['Members', [board.members.map(nameOf).join('; ') || NOT_STATED]],
            ['Reports to', [board.reportsTo || NOT_STATED]],
        ]));
    }
    return blocks;
}

/** The factors behind insufficient progress and how each is addressed (two sides of A4 at most, the letters say). */
export function analysis(model: PlanModel): Block[] {
    const blocks: Block[] = [heading(2, 'Why progress was not sufficient, and what is being done')];
    if (model.analysis.length === 0) {
        blocks.push(paragraph('Not stated in the plan.'));
        return blocks;
    }
    model.analysis.forEach((factor, index) => {
        blocks.push(paragraph(strong(`Factor ${index + 1}. `), factor.text || NOT_STATED));
        const response: Text = [strong('How it is being addressed: '), factor.response || NOT_STATED];
        if (factor.answeredBy.length > 0) {
            response.push(' ', strong('Answered by: '), `${factor.answeredBy.map(ref => answerName(ref, model)).join('; ')}.`);
        }
        blocks.push(paragraph(...response));
    });
    return blocks;
}

export function communications(model: PlanModel): Block[] {
    const channels = model.communications.map((channel): Text => [
        channel.text || NOT_STATED,
        ...(channel.frequency ? [` (${(FREQUENCIES[channel.frequency] ?? channel.frequency).toLowerCase()})`] : []),
    ]);
    return [
        heading(2, 'Keeping children, young people and families informed'),
        channels.length > 0 ? list(channels) : paragraph('Not stated in the plan.'),
    ];
}

export function support(model: PlanModel): Block[] {
    const requests = model.support.map((request): Text => [
        request.text || NOT_STATED,
        request.date ? ` (by ${shortDate(request.date)})` : ' (no date stated)',
    ]);
    return [
        heading(2, 'Support and challenge requested'),
        requests.length > 0 ? list(requests) : paragraph('None requested in the plan.'),
    ];
}

export function signOff(model: PlanModel): Block[] {
    const plan = model.plan;
    return [heading(2, 'Sign-off'), facts([
        ['Approved by', [plan?.signedOff?.by.map(ref => ref.type === 'person' ? personWords(ref, model) : nameOf(ref)).join('; ') || NOT_STATED]],
        ['Date approved', [longDate(plan?.signedOff?.date) || NOT_STATED]],
        ['Agreed with DfE and NHS England', [longDate(plan?.agreed) || NOT_STATED]],
        ['Version', [plan?.version || NOT_STATED]],
    ])];
}

/** The weaknesses' own words, quoted, for a section that lists what it addresses. */
export function quoted(text: string | undefined): Block {
    return text ? quote(text) : note('The finding\'s words are not recorded.');
}
