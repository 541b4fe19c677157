// Words for the plan's values, as a reviewer reads them: shared by the document exports. Plain text,
// not escaped: each export escapes what it prints.
import type { ModelRef, PersonModel, PlanModel } from '../model/plan-model.js';

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

/** "68%", "12 weeks", "31.6%": rounded to one decimal, as a reader wants a figure at a glance. */
export function amount(value: number, unit: string | undefined): string {
    const rounded = Math.round(value * 10) / 10;
    switch (unit) {
        case 'percent': return `${rounded}%`;
        case 'weeks': return `${rounded} ${rounded === 1 ? 'week' : 'weeks'}`;
        case 'days': return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
        default: return String(rounded);
    }
}
