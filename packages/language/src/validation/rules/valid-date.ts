import { CstUtils, isLeafCstNode } from 'langium';
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
        for (const cst of CstUtils.streamCst(document.$cstNode)) {
            if (isLeafCstNode(cst) && cst.tokenType.name === 'DATE') {
                const problem = dateProblem(cst.text);
                if (problem) {
                    report(document, `${cst.text} is not a real date: ${problem}.`, { range: cst.range });
                }
            }
        }
    },
});
