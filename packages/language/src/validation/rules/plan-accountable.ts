import { GrammarUtils } from 'langium';
import type { Person, Plan } from '../../generated/ast.js';
import { defineRule, type ReportLocation } from '../rule.js';
import { isUnresolved, organisationKindOf } from '../rules-support/parties.js';

const COUNCIL = 'a person at an organisation of kind local-authority, such as the Director of Children\'s Services';
const HEALTH = 'a person at an organisation of kind health, such as the ICB\'s (or CCG\'s) accountable officer';

export const planAccountable = defineRule({
    id: 'plan-accountable',
    defaultSeverity: 'warning',
    node: 'Plan',
    description: 'The plan names its accountable officers: at least one from the council and one from health.',
    check(plan, report) {
        // A name still being typed, or misspelt, may be the missing officer: unresolved-reference reports it.
        if (plan.accountable.some(isUnresolved)) {
            return;
        }
        const people = plan.accountable.map(ref => ref.ref!);
        if (people.some(person => isUnresolved(person.organisation))) {
            return;
        }
        const kinds = new Set(people.map(organisationKindOf));
        const council = kinds.has('local-authority');
        const health = kinds.has('health');
        if (council && health) {
            return;
        }
        const hint = placeHint(people);
        if (people.length === 0) {
            if (GrammarUtils.findNodeForKeyword(plan.$cstNode, 'accountable')) {
                return; // "accountable" typed, the names not yet: the syntax error says what is missing
            }
            report(plan, `The plan names no accountable officers. Add "accountable <person-id>, <person-id>": `
                + `one from the council (${COUNCIL}) and one from health (${HEALTH}).`, onPlanTitle(plan));
        } else if (!council && !health) {
            report(plan, `The plan names no accountable officer from the council or from health. Add to "accountable" `
                + `one from the council (${COUNCIL}) and one from health (${HEALTH}).${hint}`, onPlanTitle(plan));
        } else if (!council) {
            report(plan, `The plan names no accountable officer from the council. Add to "accountable" ${COUNCIL}.${hint}`,
                onPlanTitle(plan));
        } else {
            report(plan, `The plan names no accountable officer from health. Add to "accountable" ${HEALTH}.${hint}`,
                onPlanTitle(plan));
        }
    },
});

function onPlanTitle(plan: Plan): ReportLocation<Plan> {
    return plan.title !== undefined ? { property: 'title' } : { keyword: 'plan' };
}

/** Why an accountable officer counts for neither side: no `at`, or an organisation without a kind. */
function placeHint(people: Person[]): string {
    const hints: string[] = [];
    for (const person of people) {
        const organisation = person.organisation?.ref;
        if (!person.organisation && person.name) {
            hints.push(` Person ${person.name} names no organisation: add "at <organisation-id>" to the person.`);
        } else if (organisation && !organisation.kind && organisation.name) {
            hints.push(` Organisation ${organisation.name} has no kind: add "kind local-authority" or "kind health" if it is one.`);
        }
    }
    return [...new Set(hints)].join('');
}
