import { CstUtils, type CstNode } from 'langium';
import { dateProblem } from '../../model/dates.js';
import { defineRule } from '../rule.js';

/** Text that the DATE terminal would match (the grammar's `terminal DATE`). */
const DATE_LIKE = /\d{4}-\d{2}-\d{2}/g;

export const validDate = defineRule({
    id: 'valid-date',
    defaultSeverity: 'error',
    node: 'Document',
    description: 'Every date is a real calendar date.',
    check(document, report) {
        const root = document.$cstNode;
        if (!root) {
            return;
        }
        // Scanning the text is many times cheaper than walking every token of a large plan; only a
        // wrong date is then looked up in the tree, to skip text in strings, comments and ids.
        const text = root.text;
        DATE_LIKE.lastIndex = 0;
        for (let match = DATE_LIKE.exec(text); match; match = DATE_LIKE.exec(text)) {
            // Look again from the next character, so that no overlapping candidate is missed.
            DATE_LIKE.lastIndex = match.index + 1;
            const problem = dateProblem(match[0]);
            if (!problem) {
                continue;
            }
            const token = dateTokenAt(root, root.offset + match.index);
            if (token) {
                report(document, `${token.text} is not a real date: ${problem}.`, { range: token.range });
            }
        }
    },
});

function dateTokenAt(root: CstNode, offset: number): CstNode | undefined {
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
    return leaf && leaf.offset === offset && leaf.tokenType.name === 'DATE' ? leaf : undefined;
}
