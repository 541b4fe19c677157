import type { AsOf } from '../model/plan-header.js';
import type { Action } from '../generated/ast.js';
import type { ReportLocation } from './rule.js';

/** "Action 3.1", or "This action" while its number is not yet typed: the start of a sentence. */
export function actionLabel(action: Action): string {
    return action.name ? `Action ${action.name}` : 'This action';
}

/** "action 3.1", or "this action": inside a sentence. */
export function actionMention(action: Action): string {
    return action.name ? `action ${action.name}` : 'this action';
}

/** Report on an action's number, or on its keyword while the number is missing. */
export function onActionName(action: Action): ReportLocation<Action> {
    return action.name ? { property: 'name' } : { keyword: 'action' };
}

/** The words a plan author uses for each kind of thing that can be referred to by id. */
export const KIND_WORDS: Record<string, string> = {
    Action: 'action',
    Answer: 'action or measure',
    Area: 'area',
    Board: 'board',
    Measure: 'measure',
    Notice: 'notice',
    Organisation: 'organisation',
    Party: 'person or organisation',
    Person: 'person',
    Requirement: 'requirement',
    Weakness: 'weakness',
};

/** "the plan's as-of date (2021-01-20)" or "the as-of date given to the checker (2021-01-20)". */
export function asOfPhrase(asOf: AsOf): string {
    return asOf.source === 'plan'
        ? `the plan's as-of date (${asOf.date})`
        : `the as-of date given to the checker (${asOf.date})`;
}
