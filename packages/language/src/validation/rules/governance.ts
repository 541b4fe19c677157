import { GrammarUtils } from 'langium';
import { isBoard, isPerson, isPlan, type Board, type Plan } from '../../generated/ast.js';
import { defineRule, type RuleContext, type RuleReport } from '../rule.js';
import { isUnresolved, organisationKindOf } from '../rules-support/parties.js';

export const governance = defineRule({
    id: 'governance',
    defaultSeverity: 'warning',
    node: 'Declaration',
    description: 'A plan has a board, and every board has the parent carer forum among its members.',
    check(declaration, report, context) {
        if (isPlan(declaration)) {
            checkPlan(declaration, report, context);
        } else if (isBoard(declaration)) {
            checkBoard(declaration, report);
        }
    },
});

/** A plan sees a board in its own file or in a file it imports (through the index, not the files). */
function checkPlan(plan: Plan, report: RuleReport, { services, document }: RuleContext): void {
    const root = plan.$container;
    if (root?.declarations.some(isBoard)) {
        return;
    }
    const visible = services.references.ImportResolver.visibleUris(document);
    if (!services.shared.workspace.IndexManager.allElements('Board', visible).isEmpty()) {
        return;
    }
    report(plan, 'The plan names no board. Add the board that oversees it, e.g. board improvement-board "SEND Improvement '
        + 'Board" { chairs <person-id> meets monthly members <ids> }, with the parent carer forum among its members; '
        + 'or import the file that declares it.', plan.title !== undefined ? { property: 'title' } : { keyword: 'plan' });
}

function checkBoard(board: Board, report: RuleReport): void {
    // Without its id the board did not parse past its keyword: the syntax error comes first.
    if (!board.name) {
        return;
    }
    const seats = [...board.members, ...board.chairs];
    // A name still being typed, or misspelt, may be the forum: unresolved-reference reports it.
    if (seats.some(seat => isUnresolved(seat) || (isPerson(seat.ref) && isUnresolved(seat.ref.organisation)))) {
        return;
    }
    if (seats.some(seat => organisationKindOf(seat.ref) === 'parent-carer-forum')) {
        return;
    }
    if (board.members.length === 0 && GrammarUtils.findNodeForKeyword(board.$cstNode, 'members')) {
        return; // "members" typed, the names not yet
    }
    const problem = board.members.length === 0 ? 'lists no members' : 'has no member from the parent carer forum';
    report(board, `Board ${board.name} ${problem}. Add the forum to "members" (an organisation of kind parent-carer-forum, `
        + 'or a person at it): reviewers look for parents at the table.', { property: 'name' });
}
