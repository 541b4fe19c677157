// Words for the plan's values, as a reviewer reads them: shared by the document exports. Plain text,
// not escaped: each export escapes what it prints.
import type { MeasureStatus } from '../model/measure-position.js';
import type { MilestoneState, RequirementState } from '../model/milestone-state.js';
import type { ActionModel, ModelRef, PersonModel, PlanModel, UpdateModel } from '../model/plan-model.js';
import type { Rag, RagReason } from '../model/rag.js';
import { shortDate } from './dates-in-words.js';

export const PLAN_TYPES: Record<string, string> = {
    'WSOA': 'Written statement of action (WSOA)',
    'APP': 'Accelerated progress plan (APP)',
    'priority-action-plan': 'Priority action plan',
    'improvement-plan': 'Improvement plan',
};
export const INSPECTION_KINDS: Record<string, string> = {
    initial: 'Initial inspection', revisit: 'Revisit', full: 'Full inspection', monitoring: 'Monitoring inspection',
};
export const JUDGEMENTS: Record<string, string> = {
    'open': 'Open', 'not-sufficient': 'Not sufficient progress', 'sufficient': 'Sufficient progress', 'released': 'Released',
};
export const WEAKNESS_KINDS: Record<string, string> = {
    'priority-action': 'Area for priority action', 'improvement-area': 'Area for improvement',
};
export const STATUSES: Record<string, string> = {
    'not-started': 'Not started', 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'complete': 'Complete',
};
export const FREQUENCIES: Record<string, string> = {
    'weekly': 'Weekly', 'fortnightly': 'Fortnightly', 'monthly': 'Monthly', 'bi-monthly': 'Every two months',
    'quarterly': 'Quarterly', 'termly': 'Termly', 'six-monthly': 'Every six months',
};
export const REVIEW_KINDS: Record<string, string> = {
    'progress-review': 'Progress review', 'revisit': 'Revisit', 'monitoring': 'Monitoring visit', 'release': 'Release review',
};

export const NOT_STATED = 'Not stated';

/**
 * "Jane Doe (Head of SEND, Medway Council)", or the typed id when it names nobody. People declared by
 * role ("Head of Communications") often repeat their name in their role, or their organisation in
 * it; a reviewer should read each only once.
 */
export function describePerson(ref: ModelRef, model: PlanModel): string {
    if (!ref.resolved) {
        return `${ref.id} (not declared)`;
    }
    const name = ref.name || ref.id;
    const person: PersonModel | undefined = model.people.find(p => p.id === ref.id);
    const role = withoutPrefix(ref.role ?? '', name);
    const organisation = person?.organisation ? nameOf(person.organisation) : '';
    const details = [role, contains(role, organisation) ? '' : organisation].filter(Boolean).join(', ');
    return details ? `${name} (${details})` : name;
}

/** The role without a leading repeat of the name: "Head of X; co-chair" named "Head of X" gives "co-chair". */
export function withoutPrefix(role: string, name: string): string {
    return role.toLowerCase().startsWith(name.toLowerCase())
        ? role.slice(name.length).replace(/^[\s,;:–-]+/, '')
        : role;
}

export function contains(text: string, part: string): boolean {
    return part !== '' && text.toLowerCase().includes(part.toLowerCase());
}

/** What a reference names (a person's or measure's name, else its id), or the typed id when it names nothing. */
export function nameOf(ref: ModelRef): string {
    return ref.resolved ? ref.name || ref.id : `${ref.id} (not declared)`;
}

export function value(amount: number, unit: string | undefined): string {
    switch (unit) {
        case 'percent': return `${amount}%`;
        case 'weeks': return `${amount} ${amount === 1 ? 'week' : 'weeks'}`;
        case 'days': return `${amount} ${amount === 1 ? 'day' : 'days'}`;
        default: return String(amount);
    }
}

/** "68%", "12 weeks", "31.6%", "534": rounded to one decimal (a count to a whole number), as a reader wants a figure at a glance. */
export function amount(value: number, unit: string | undefined): string {
    // A count is whole: an expected 533.5 assessments reads as 534.
    const rounded = unit === 'count' ? Math.round(value) : Math.round(value * 10) / 10;
    switch (unit) {
        case 'percent': return `${rounded}%`;
        case 'weeks': return `${rounded} ${rounded === 1 ? 'week' : 'weeks'}`;
        case 'days': return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
        default: return String(rounded);
    }
}

// ---------------------------------------------------------------- progress at the as-of date

/** RAG in words, so that it never rests on colour alone. */
export const RAG_WORDS: Record<Rag, string> = { 'red': 'Red', 'amber': 'Amber', 'green': 'Green', 'not-due': 'Not yet due' };

export const MILESTONE_STATES: Record<MilestoneState, string> = {
    met: 'Met', missed: 'Missed', overdue: 'Overdue', due: 'Due within a month', upcoming: 'Upcoming', undated: 'No date',
};

export const REQUIREMENT_STATES: Record<RequirementState, string> = {
    'met': 'Met', 'not-met': 'Not met', 'overdue': 'Deadline passed, no outcome recorded', 'due': 'Due within a month',
    'upcoming': 'Not yet due', 'undated': 'No deadline',
};

export const MEASURE_STATUSES: Record<MeasureStatus, string> = {
    'ahead': 'Ahead of its path', 'on-track': 'On track', 'behind': 'Behind its path', 'no-data': 'No data yet',
};

/** "Red: milestone “Audit at 55%” (due 1 Sep 2020) was missed; …", "Green", "Not yet due". */
export function describeRag(action: Pick<ActionModel, 'rag' | 'ragReasons'>): string {
    const reasons = action.ragReasons.map(describeRagReason);
    return reasons.length > 0 ? `${RAG_WORDS[action.rag]}: ${reasons.join('; ')}` : RAG_WORDS[action.rag];
}

/** Why an action is red or amber, in one clause. */
export function describeRagReason(reason: RagReason): string {
    switch (reason.kind) {
        case 'milestone-missed':
            return `${milestoneWords(reason.milestone)} was missed`;
        case 'milestone-overdue':
            return `${milestoneWords(reason.milestone)} is ${reason.days} ${reason.days === 1 ? 'day' : 'days'} overdue with no outcome recorded`;
        case 'measure-behind': {
            const unit = reason.measure.unit;
            const by = reason.shortfall === undefined ? '' : ` (short by ${percentOf(reason.shortfall)} of the way from baseline to target)`;
            return `${reason.measure.name || reason.measure.id} is behind its path: ${amount(reason.actual.value, unit)} on `
                + `${shortDate(reason.actual.date)} against ${amount(reason.expected, unit)} expected${by}`;
        }
    }
}

/** "milestone “First cohort trained” (due 1 Jun 2020)" */
function milestoneWords(milestone: { date?: string, text?: string }): string {
    const text = milestone.text ? ` “${milestone.text}”` : '';
    return `milestone${text}${milestone.date ? ` (due ${shortDate(milestone.date)})` : ''}`;
}

/** "12%" for 0.12, whole percentages as a reader wants them. */
export function percentOf(share: number): string {
    return `${Math.round(share * 100)}%`;
}

/** "12 Dec 2023: Casework team fully staffed", or the text alone when undated. */
export function describeUpdate(update: UpdateModel): string {
    return [update.date ? shortDate(update.date) : '', update.text ?? ''].filter(Boolean).join(': ');
}
