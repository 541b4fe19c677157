import { isCompositeCstNode, type CstNode, type LeafCstNode } from 'langium';
import { dateProblem } from '../../model/dates.js';
import { defineRule } from '../rule.js';

export const validDate = defineRule({
    id: 'valid-date',
    defaultSeverity: 'error',
    node: 'Document',
    description: 'Every date is a real calendar date.',
    check(document, report) {
        if (!document.$cstNode) {
            return;
        }
        for (const cst of dateTokens(document.$cstNode)) {
            const problem = dateProblem(cst.text);
            if (problem) {
                report(document, `${cst.text} is not a real date: ${problem}.`, { range: cst.range });
            }
        }
    },
});

/** The DATE tokens under a CST node, in text order: a plain walk, several times cheaper than a stream. */
function dateTokens(root: CstNode): LeafCstNode[] {
    const found: LeafCstNode[] = [];
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isCompositeCstNode(node)) {
            for (let i = node.content.length - 1; i >= 0; i--) {
                stack.push(node.content[i]);
            }
        } else if ((node as LeafCstNode).tokenType?.name === 'DATE') {
            found.push(node as LeafCstNode);
        }
    }
    return found;
}
