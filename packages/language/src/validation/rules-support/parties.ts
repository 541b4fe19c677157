import type { Reference } from 'langium';
import { isOrganisation, isPerson, type OrganisationKind, type Party } from '../../generated/ast.js';

/**
 * The kind of organisation a person or organisation stands for: an organisation's own kind, or the
 * kind of the organisation a person is `at`. Undefined while it is not said (no `at`, no `kind`, or a
 * name that refers to nothing).
 */
export function organisationKindOf(party: Party | undefined): OrganisationKind | undefined {
    if (isOrganisation(party)) {
        return party.kind;
    }
    if (isPerson(party)) {
        return party.organisation?.ref?.kind;
    }
    return undefined;
}

/**
 * A name written but not (yet) resolved: unresolved-reference reports it, and a rule that cannot tell
 * what it stands for stays silent rather than guess.
 */
export function isUnresolved(reference: Reference | undefined): boolean {
    return reference !== undefined && reference.ref === undefined;
}
