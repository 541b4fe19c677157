/**
 * Where the rules are documented: one section per rule id in docs/rules.md, anchored by the id. The
 * repository's address is used by diagnostics (codeDescription), SARIF (helpUri) and the extension
 * manifest; change it here only.
 */
export const REPOSITORY_URL = 'https://github.com/appl-lang/appl';

export function ruleDocUrl(ruleId: string): string {
    return `${REPOSITORY_URL}/blob/main/docs/rules.md#${ruleId}`;
}
