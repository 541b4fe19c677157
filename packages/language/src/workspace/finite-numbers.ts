import { AstUtils, type AstNode } from 'langium';

/** A run of digits as long as the shortest number beyond a double (2e308 has 309 digits). */
const LONG_DIGITS = /\d{309}/;

/**
 * Leaves out of the tree the numbers too large for a double (above about 1.8e308), which the parser
 * turns into Infinity: JSON cannot hold Infinity and no export should print it. The validator reports
 * each such number at its place (text-problems.ts). A text without such a long run of digits, which is
 * every real plan, is not walked.
 */
export function dropInfiniteNumbers(text: string, root: AstNode): void {
    if (!LONG_DIGITS.test(text)) {
        return;
    }
    for (const node of AstUtils.streamAst(root)) {
        const properties = node as unknown as Record<string, unknown>;
        for (const key of Object.keys(properties)) {
            const value = properties[key];
            if (typeof value === 'number' && !Number.isFinite(value)) {
                properties[key] = undefined;
            }
        }
    }
}
