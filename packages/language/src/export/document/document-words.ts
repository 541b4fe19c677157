// The words the documents use for ratings, states and figures, with the colour that goes with each.
// Colour is never alone: every marker carries its words.
import type { IsoDate } from '../../model/dates.js';
import type { MeasureStatus } from '../../model/measure-position.js';
import type { MilestoneState, RequirementState } from '../../model/milestone-state.js';
import type { MeasureModel, ModelRef, PlanModel } from '../../model/plan-model.js';
import type { Rag } from '../../model/rag.js';
import { shortDate } from '../dates-in-words.js';
import { contains, MEASURE_STATUSES, MILESTONE_STATES, nameOf, RAG_WORDS, REQUIREMENT_STATES, withoutPrefix } from '../plan-words.js';
import { marker, type Span, type Tone } from './document-model.js';

export { RAG_WORDS } from '../plan-words.js';

// The words are the editor's and the exports' own (plan-words.ts); a marker adds the colour.
const RAG_TONES: Record<Rag, Tone> = { 'red': 'red', 'amber': 'amber', 'green': 'green', 'not-due': 'grey' };

export const MILESTONE_WORDS: Record<MilestoneState, string> = { ...MILESTONE_STATES, overdue: 'Overdue, no outcome recorded', upcoming: 'Not yet due' };
const MILESTONE_TONES: Record<MilestoneState, Tone> = {
    met: 'green', missed: 'red', overdue: 'amber', due: 'grey', upcoming: 'grey', undated: 'grey',
};

const REQUIREMENT_WORDS: Record<RequirementState, string> = REQUIREMENT_STATES;
const REQUIREMENT_TONES: Record<RequirementState, Tone> = {
    'met': 'green', 'not-met': 'red', 'overdue': 'amber', 'due': 'grey', 'upcoming': 'grey', 'undated': 'grey',
};

const MEASURE_WORDS: Record<MeasureStatus, string> = { ...MEASURE_STATUSES, 'on-track': 'On its path' };
const MEASURE_TONES: Record<MeasureStatus, Tone> = { 'ahead': 'green', 'on-track': 'green', 'behind': 'red', 'no-data': 'grey' };

export const COPRODUCTION_WORDS: Record<string, string> = {
    'co-produced': 'co-produced', 'consulted': 'consulted', 'informed': 'informed',
};

export function ragMarker(rag: Rag): Span {
    return marker(RAG_WORDS[rag], RAG_TONES[rag]);
}

export function milestoneMarker(state: MilestoneState): Span {
    return marker(MILESTONE_WORDS[state], MILESTONE_TONES[state]);
}

export function requirementMarker(state: RequirementState): Span {
    return marker(REQUIREMENT_WORDS[state], REQUIREMENT_TONES[state]);
}

export function measureMarker(status: MeasureStatus): Span {
    return marker(MEASURE_WORDS[status], MEASURE_TONES[status]);
}

/**
 * A figure as a reader wants it: counts as whole numbers (an expected 533.5 assessments is 534),
 * other units to one decimal place at most, with the unit's sign or word.
 */
export function figure(value: number, unit: string | undefined): string {
    const rounded = unit === 'count' ? Math.round(value) : Math.round(value * 10) / 10;
    const text = rounded.toLocaleString('en-GB', { maximumFractionDigits: 1 });
    switch (unit) {
        case 'percent': return `${text}%`;
        case 'weeks': return `${text} ${rounded === 1 ? 'week' : 'weeks'}`;
        case 'days': return `${text} ${rounded === 1 ? 'day' : 'days'}`;
        default: return text;
    }
}

/** "35% on 31 Jan 2020", "no value on 31 Jan 2020", "35%". */
export function datedFigure(entry: { value?: number, date?: IsoDate } | undefined, unit: string | undefined, preposition: 'on' | 'by'): string {
    if (!entry) {
        return 'Not stated';
    }
    const amount = entry.value !== undefined ? figure(entry.value, unit) : 'no value';
    return entry.date ? `${amount} ${preposition} ${shortDate(entry.date)}` : amount;
}

/** A measure by its name; a reference that names nothing by what was typed. */
export function measureName(measure: MeasureModel): string {
    return measure.name || measure.id;
}

/** "Kent PACT", "2.1 Train officers" for an action, a measure's name: what answers a requirement or item. */
export function answerName(ref: ModelRef, model: PlanModel): string {
    if (ref.type === 'action') {
        return ref.name ? `${ref.id} ${ref.name}` : ref.id;
    }
    if (ref.type === 'measure') {
        const measure = model.measures.find(candidate => candidate.id === ref.id);
        return measure ? measureName(measure) : nameOf(ref);
    }
    return nameOf(ref);
}

/**
 * "Sarah Hammond, Director of Children's Services, Kent County Council (KCC)": a person with their
 * role and organisation, each said once, after commas rather than in brackets (names and
 * organisations often hold brackets of their own: "Designated Clinical Officer (DCO)").
 */
export function personWords(ref: ModelRef, model: PlanModel): string {
    if (!ref.resolved) {
        return nameOf(ref);
    }
    const name = ref.name || ref.id;
    const person = model.people.find(candidate => candidate.id === ref.id);
    const role = withoutPrefix(ref.role ?? '', name);
    const organisation = person?.organisation ? nameOf(person.organisation) : '';
    return [name, role, contains(role, organisation) ? '' : organisation].filter(Boolean).join(', ');
}

/** "a, b and c" */
export function joinWords(items: readonly string[]): string {
    if (items.length <= 1) {
        return items[0] ?? '';
    }
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Names that may hold commas and "and" themselves ("Kent schools, PRUs and colleges"): one per semicolon. */
export function joinNames(items: readonly string[]): string {
    return items.join('; ');
}

/** "1 action", "3 actions" */
export function count(amount: number, one: string, many = `${one}s`): string {
    return `${amount} ${amount === 1 ? one : many}`;
}

/** A sentence without its closing full stop, so that more words can follow. */
export function withoutFullStop(sentence: string): string {
    return sentence.replace(/[.\s]+$/, '');
}
