import { GrammarUtils } from 'langium';
import type { Plan } from '../../generated/ast.js';
import { defineRule, type ReportLocation } from '../rule.js';

/** The header clauses a reviewer needs to read a plan at all (Annex A's first table). */
const REQUIRED: ReadonlyArray<{ clause: 'type' | 'localArea' | 'period', keyword: string, example: string }> = [
    { clause: 'type', keyword: 'type', example: 'type APP' },
    { clause: 'localArea', keyword: 'local-area', example: 'local-area "Medway"' },
    { clause: 'period', keyword: 'period', example: 'period 2020-03-01 to 2021-09-30' },
];

export const planHeader = defineRule({
    id: 'plan-header',
    defaultSeverity: 'error',
    node: 'Plan',
    description: 'The plan header has a title, the plan type, the local area and the plan period.',
    check(plan, report) {
        const where: ReportLocation<Plan> = plan.title ? { property: 'title' } : { keyword: 'plan' };
        if (!plan.title) {
            report(plan, 'The plan has no title. Write it in quotes after "plan", e.g. plan "Medway Accelerated Progress Plan" { … }.', where);
        }
        // A clause whose keyword is typed but whose value is not yet is a syntax error; wait for it.
        const missing = REQUIRED.filter(({ clause, keyword }) =>
            plan[clause].length === 0 && !GrammarUtils.findNodeForKeyword(plan.$cstNode, keyword));
        if (missing.length > 0) {
            const names = missing.map(({ keyword }) => `"${keyword}"`);
            const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
            report(plan, `The plan header has no ${list}. Add ${missing.map(({ example }) => example).join(', ')}: `
                + 'a reviewer reads these first.', where);
        }
    },
});
