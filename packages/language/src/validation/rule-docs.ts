import { docUrl } from '../project-urls.js';

export { REPOSITORY_URL } from '../project-urls.js';

/** Where a rule is documented: one section per rule id in docs/rules.md, anchored by the id. */
export function ruleDocUrl(ruleId: string): string {
    return docUrl('rules.md', ruleId);
}
