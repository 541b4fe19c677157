import { GrammarUtils, type AstNode, type CstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { astTreeOf } from '../workspace/ast-nodes.js';
import { shorten } from './look-alike-tokens.js';

/**
 * The clauses a block gives at most once, by the rule of the block: keyword -> the properties its value
 * goes in. The grammar collects each as a list (`due+=DATE`), so that a clause written twice loses
 * nothing silently: the first counts (`single`), and each repetition is a syntax error.
 */
export const ONCE_ONLY_CLAUSES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
    Plan: {
        'type': ['type'], 'local-area': ['localArea'], 'period': ['period'], 'agreed': ['agreed'], 'as-of': ['asOf'],
        'version': ['version'], 'signed-off': ['signedOff'],
    },
    Board: { 'meets': ['meets', 'meetsText'], 'reports-to': ['reportsTo'] },
    Measure: { 'kind': ['kind'], 'unit': ['unit'], 'direction': ['direction'], 'baseline': ['baseline'], 'target': ['target'] },
    Action: { 'lead': ['lead'], 'start': ['start'], 'due': ['due'], 'status': ['status'], 'senior-responsible-officer': ['seniorOfficer'] },
};

/** A clause written again: where the repetition is, and the first one as written, with its line (1-based). */
export interface RepeatedClause {
    node: AstNode;
    keyword: string;
    offset: number;
    range: Range;
    first: string;
    firstLine: number;
}

/** Every repetition of a once-only clause in a file, in the order written. */
export function repeatedClauses(root: AstNode): RepeatedClause[] {
    const found: RepeatedClause[] = [];
    for (const node of astTreeOf(root).nodes) {
        const clauses = ONCE_ONLY_CLAUSES[node.$type];
        if (!clauses || !node.$cstNode) {
            continue;
        }
        for (const [keyword, properties] of Object.entries(clauses)) {
            // Each value written is an item of the property's list: with one at most there is no repeat,
            // and the tree's text need not be searched (this runs on every keystroke, over every block).
            if (valueCount(node, properties) < 2) {
                continue;
            }
            const written = clausesOf(node.$cstNode, keyword, properties);
            for (const repeat of written.slice(1)) {
                found.push({
                    node,
                    keyword,
                    offset: repeat.start.offset,
                    range: { start: repeat.start.range.start, end: repeat.end.range.end },
                    first: shorten(textOf(node.$cstNode, written[0]), 50),
                    firstLine: written[0].start.range.start.line + 1,
                });
            }
        }
    }
    return found.sort((a, b) => a.offset - b.offset);
}

function valueCount(node: AstNode, properties: readonly string[]): number {
    let count = 0;
    for (const property of properties) {
        const value = (node as unknown as Record<string, unknown>)[property];
        count += Array.isArray(value) ? value.length : value === undefined ? 0 : 1;
    }
    return count;
}

/** The clauses with a value, each from its keyword to the end of its value. */
function clausesOf(block: CstNode, keyword: string, properties: readonly string[]): Array<{ start: CstNode, end: CstNode }> {
    const keywords = GrammarUtils.findNodesForKeyword(block, keyword);
    return properties.flatMap(property => GrammarUtils.findNodesForProperty(block, property))
        .sort((a, b) => a.offset - b.offset)
        .flatMap(value => {
            const start = keywords.filter(each => each.end <= value.offset).at(-1);
            return start ? [{ start, end: value }] : [];
        });
}

/** A clause's text on one line: "due 2020-12-31", "target 70 by 2021-03-31". */
function textOf(block: CstNode, clause: { start: CstNode, end: CstNode }): string {
    const text = block.root.fullText.slice(clause.start.offset, clause.end.end);
    return text.replace(/\s+/g, ' ');
}
