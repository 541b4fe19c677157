import { isPerson, type Action } from '../../generated/ast.js';
import { defineRule } from '../rule.js';
import { isUnresolved, organisationKindOf } from '../rules-support/parties.js';

export const coproduction = defineRule({
    id: 'coproduction',
    defaultSeverity: 'warning',
    node: 'Area',
    description: 'In every area, at least one action involves the parent carer forum: as lead or partner, or co-producing or consulted in its "co-production".',
    check(area, report) {
        // An area without actions is empty-area's finding; an unresolved name may be the forum.
        if (!area.name || area.actions.length === 0 || area.actions.some(hasUnresolvedParty)) {
            return;
        }
        if (area.actions.some(involvesForum)) {
            return;
        }
        report(area, `None of area ${area.name}'s actions involves the parent carer forum. Add the forum to "partners" of the action `
            + 'it helps design (an organisation of kind parent-carer-forum, or a person at it): reviewers look for co-production, '
            + 'not consultation.', { property: 'name' });
    },
});

/**
 * The parties an action involves: its lead, its partners, and those it was co-produced with or that
 * were consulted on it (being informed is not involvement).
 */
function parties(action: Action) {
    const involved = (action.coproduction ?? [])
        .filter(involvement => involvement.level === 'co-produced' || involvement.level === 'consulted')
        .map(involvement => involvement.party);
    return [...action.lead.slice(0, 1), ...action.partners, ...involved];
}

function hasUnresolvedParty(action: Action): boolean {
    return parties(action).some(party => isUnresolved(party) || (isPerson(party.ref) && isUnresolved(party.ref.organisation)));
}

function involvesForum(action: Action): boolean {
    return parties(action).some(party => organisationKindOf(party.ref) === 'parent-carer-forum');
}
