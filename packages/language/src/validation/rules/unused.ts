import { isMeasure, isOrganisation, isPerson, type Measure, type Organisation, type Person } from '../../generated/ast.js';
import { defineRule } from '../rule.js';

type Referable = Measure | Person | Organisation;

const ADVICE: Record<Referable['$type'], (name: string) => string> = {
    Measure: name => `Nothing refers to measure ${name}. Add "target ${name}" to the action it measures, `
        + `or remove the measure.`,
    Person: name => `Nothing refers to person ${name}. Name them where they take part (lead, partners, chairs, `
        + `members, accountable, advisers), or remove the person.`,
    Organisation: name => `Nothing refers to organisation ${name}. Name it where it takes part (partners, members, `
        + `a person's "at ${name}"), or remove the organisation.`,
};

/**
 * Measures, people and organisations that nothing refers to. Langium's reference index covers every
 * loaded file, so a person in a shared file counts as used when any plan loaded with it names them.
 */
export const unused = defineRule({
    id: 'unused',
    defaultSeverity: 'info',
    node: 'Declaration',
    description: 'Every measure, person and organisation is referred to somewhere: a target, a lead, a board, a review.',
    check(declaration, report, { services }) {
        if (!isMeasure(declaration) && !isPerson(declaration) && !isOrganisation(declaration)) {
            return;
        }
        if (!declaration.name || declaration.title === undefined) {
            return; // still being typed: nothing could refer to it yet, and the syntax error comes first
        }
        const path = services.workspace.AstNodeLocator.getAstNodePath(declaration);
        if (!services.shared.workspace.IndexManager.findAllReferences(declaration, path).isEmpty()) {
            return;
        }
        report(declaration, ADVICE[declaration.$type](declaration.name), { property: 'name' });
    },
});
