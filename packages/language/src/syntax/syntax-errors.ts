import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode, type LeafCstNode, type ParseResult } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { astTreeOf } from '../workspace/ast-nodes.js';
import { lookAlikeNamed } from './look-alike-tokens.js';
import { repeatedClauses } from './repeated-clauses.js';
import type { SyntaxMessages } from './syntax-messages.js';
import { CONSTRUCTS } from './syntax-words.js';

/** A syntax error before it becomes a diagnostic: where, and what to say. */
interface SyntaxError {
    offset: number;
    range: Range;
    message: string;
}

/**
 * A file's syntax errors, one per mistake: the lexer's (characters the language has no use for, and
 * look-alikes such as 30/06/2025) and the parser's, with the messages that need the whole tree made
 * here (which blocks are left open at the end of the file and where they open; a value written after
 * the part it belongs in; a clause that a block gives once, written again). A mistake can still upset
 * the parser twice on its line (a word in the wrong place, then the value after it), so only the first
 * error of each line is kept: fixing it shows the next.
 */
export function syntaxErrors(result: ParseResult, messages: SyntaxMessages): Array<Pick<Diagnostic, 'range' | 'message'>> {
    const errors: SyntaxError[] = [];
    for (const error of [...result.lexerErrors, ...result.lexerReport?.diagnostics ?? []]) {
        const start = { line: error.line! - 1, character: error.column! - 1 };
        errors.push({ offset: error.offset, range: { start, end: { line: start.line, character: start.character + error.length } }, message: error.message });
    }
    for (const error of result.parserErrors) {
        const place = placeOf(error);
        errors.push({ ...place, message: refine(result.value, error, messages) ?? error.message });
    }
    for (const repeat of repeatedClauses(result.value)) {
        const message = messages.repeated(labelOf(repeat.node), repeat.node.$type, repeat.keyword, repeat.first, repeat.firstLine);
        errors.push({ offset: repeat.offset, range: repeat.range, message });
    }
    errors.sort((a, b) => a.offset - b.offset);
    const lines = new Set<number>();
    return errors.filter(error => !lines.has(error.range.start.line) && lines.add(error.range.start.line))
        .map(({ range, message }) => ({ range, message }));
}

/** The error's token, or just after the token before it when the parser stopped at the end of the file. */
function placeOf(error: IRecognitionException): { offset: number, range: Range } {
    const token = error.token;
    if (isPlaced(token)) {
        return { offset: token.startOffset, range: rangeOf(token) };
    }
    const previous = (error as { previousToken?: IToken }).previousToken;
    if (previous && isPlaced(previous)) {
        const end = { line: previous.endLine! - 1, character: previous.endColumn! };
        return { offset: previous.endOffset! + 1, range: { start: end, end } };
    }
    return { offset: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

function refine(root: AstNode, error: IRecognitionException, messages: SyntaxMessages): string | undefined {
    if (error.token.tokenType.name === 'EOF') {
        const open = unclosedBlocks(root);
        return open.length > 0 ? messages.unclosed(open) : undefined;
    }
    // Chevrotain's previous token is not always the one before the error (after it skipped tokens to
    // recover), so the tree says what came before.
    const before = root.$cstNode && isPlaced(error.token) ? leafBefore(root.$cstNode, error.token.startOffset) : undefined;
    if (!before) {
        return undefined;
    }
    if (isValue(error.token)) {
        const owner = nodeEndingAt(before);
        if (owner && hasEmptySlotFor(owner, error.token, messages)) {
            return messages.outOfOrder(owner.$type, error.token);
        }
    }
    if (error.token.tokenType.name === 'ID' && isListItem(before)) {
        return messages.missingComma(before.text, error.token.image);
    }
    if (error.token.tokenType.name === 'ID' && before.range.end.line === error.token.startLine! - 1) {
        // A word after something that could end with a value from a list: "100 people" for "100 percent".
        const owner = nodeEndingAt(before);
        const list = owner && messages.vocabulary.slots.find(slot => slot.rule === owner.$type && slot.list
            && isEmpty((owner as unknown as Record<string, unknown>)[slot.feature]))?.list;
        if (list) {
            return messages.notAValue(list, messages.vocabulary.valueLists.get(list)!, error.token, undefined);
        }
    }
    if (messages.opensBlock(error.token)) {
        const open = unclosedBlocks(root).find(block => block.end <= error.token.startOffset);
        if (open) {
            return messages.notClosedBefore(open, error.token.image);
        }
    }
    return undefined;
}

/** The last token the parser read before an offset (comments aside). */
function leafBefore(root: CstNode, offset: number): LeafCstNode | undefined {
    let leaf = offset > 0 ? CstUtils.findLeafNodeBeforeOffset(root, offset - 1) : undefined;
    while (leaf && (leaf.hidden || leaf.offset >= offset)) {
        leaf = leaf.offset > 0 ? CstUtils.findLeafNodeBeforeOffset(root, leaf.offset - 1) : undefined;
    }
    return leaf;
}

/** An item of a comma-separated list (partners pcf, medway-ccg). */
function isListItem(leaf: LeafCstNode): boolean {
    // An id is read by a rule of its own (Name): the assignment is on the node around the token.
    let node: CstNode | undefined = leaf;
    let assignment: GrammarAST.Assignment | undefined;
    while (node && !assignment && node !== leaf.astNode.$cstNode) {
        assignment = node.grammarSource && AstUtils.getContainerOfType(node.grammarSource, GrammarAST.isAssignment);
        node = node.container;
    }
    const group = assignment && AstUtils.getContainerOfType(assignment.$container, GrammarAST.isGroup);
    return assignment?.operator === '+=' && !!group && AstUtils.streamAst(group).some(node => GrammarAST.isKeyword(node) && node.value === ',');
}

/** The blocks whose { has no }, innermost (last) first, as "action 1.1" with the line of their {. */
export function unclosedBlocks(root: AstNode): Array<{ label: string, line: number, end: number }> {
    const open: Array<{ label: string, line: number, end: number }> = [];
    for (const node of astTreeOf(root).nodes) {
        const brace = node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
        if (brace && !GrammarUtils.findNodeForKeyword(node.$cstNode, '}')) {
            open.push({ label: labelOf(node), line: brace.range.start.line + 1, end: node.$cstNode!.end });
        }
    }
    return open.reverse();
}

/** "action 1.1", "measure ehcp-quality", "the plan header", "the review of 2021-01-20". */
function labelOf(node: AstNode): string {
    const noun = CONSTRUCTS[node.$type]?.noun ?? 'block';
    const name = (node as { name?: unknown }).name;
    if (typeof name === 'string' && name) {
        return `${noun} ${name}`;
    }
    const date = (node as { date?: unknown }).date;
    return typeof date === 'string' && date ? `the ${noun} of ${date}` : `the ${noun}`;
}

/** The outermost node whose text ends with the given token (a milestone ending with its text). */
function nodeEndingAt(leaf: LeafCstNode): AstNode | undefined {
    let node: AstNode | undefined = leaf.astNode;
    let found: AstNode | undefined;
    while (node?.$cstNode && node.$cstNode.end === leaf.end && node.$container) {
        found = node;
        node = node.$container;
    }
    return found;
}

/** Whether the node left empty a slot that the token could have filled: the token came too late. */
function hasEmptySlotFor(node: AstNode, token: IToken, messages: SyntaxMessages): boolean {
    const kinds = [token.tokenType.name, ...(token.tokenType.CATEGORIES ?? []).map(category => category.name)];
    return messages.vocabulary.slots.some(slot => slot.rule === node.$type && kinds.some(kind => slot.starts.has(kind))
        && isEmpty((node as unknown as Record<string, unknown>)[slot.feature]));
}

function isEmpty(value: unknown): boolean {
    return value === undefined || (Array.isArray(value) && value.length === 0);
}

function isValue(token: IToken): boolean {
    const name = token.tokenType.name;
    return name === 'DATE' || name === 'NUMBER' || name === 'STRING' || lookAlikeNamed(name)?.resembles === 'DATE';
}

function isPlaced(token: IToken): boolean {
    return !token.isInsertedInRecovery && Number.isFinite(token.startOffset) && token.startOffset >= 0
        && token.tokenType.name !== 'EOF' && token.startLine !== undefined && Number.isFinite(token.startLine);
}

function rangeOf(token: IToken): Range {
    return {
        start: { line: token.startLine! - 1, character: token.startColumn! - 1 },
        end: { line: token.endLine! - 1, character: token.endColumn! },
    };
}
