// Where a fix puts its text: next to a node, before a block's closing brace, at the end of the file,
// keeping the indentation of the lines around it.
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Position, TextEdit } from 'vscode-languageserver-types';
import { isAction, type Action } from '../generated/ast.js';

/** One level of indentation inside a block, as the examples and the formatter write it. */
export const INDENT = '  ';

export function textOf(document: LangiumDocument): string {
    return document.textDocument.getText();
}

/** The AST node whose text holds the start of a diagnostic's range. */
export function nodeAtDiagnostic(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    return leaf?.astNode;
}

/** The action a diagnostic is about: the one whose text holds the start of its range. */
export function actionAtDiagnostic(document: LangiumDocument, diagnostic: Diagnostic): Action | undefined {
    const node = nodeAtDiagnostic(document, diagnostic);
    return node && AstUtils.getContainerOfType(node, isAction);
}

/** The leading whitespace of a line. */
export function lineIndent(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)![0];
}

/** The indentation of the line a node starts on. */
export function nodeIndent(document: LangiumDocument, node: AstNode): string {
    return node.$cstNode ? lineIndent(document, node.$cstNode.range.start.line) : '';
}

/** Whether only whitespace stands between the start of its line and an offset. */
function startsLine(text: string, offset: number): boolean {
    const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
    return /^[ \t]*$/.test(before);
}

function insert(document: LangiumDocument, offset: number, newText: string): TextEdit {
    const position = document.textDocument.positionAt(offset);
    return { range: { start: position, end: position }, newText };
}

function lineStart(position: Position): Position {
    return { line: position.line, character: 0 };
}

/**
 * Lines added as the last things inside a block (an action, an inspection), one level deeper than the
 * block's first line. A closing brace on its own line stays where it is; one that follows other text
 * moves to a line of its own. Undefined while the block has no closing brace (half-typed).
 */
export function insertBeforeClosingBrace(document: LangiumDocument, node: AstNode, lines: string[]): TextEdit | undefined {
    const brace = GrammarUtils.findNodesForKeyword(node.$cstNode, '}').at(-1);
    if (!brace) {
        return undefined;
    }
    const text = textOf(document);
    const indent = nodeIndent(document, node);
    if (startsLine(text, brace.offset)) {
        const at = { line: brace.range.start.line, character: 0 };
        return { range: { start: at, end: at }, newText: lines.map(line => `${indent}${INDENT}${line}\n`).join('') };
    }
    let from = brace.offset;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) {
        from--;
    }
    return {
        range: { start: document.textDocument.positionAt(from), end: brace.range.start },
        newText: `${lines.map(line => `\n${indent}${INDENT}${line}`).join('')}\n${indent}`,
    };
}

/** Lines added just before a node, with that node's indentation when it starts its line, else `indent`. */
export function insertBefore(document: LangiumDocument, node: AstNode, lines: string[], indent: string): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const text = textOf(document);
    if (startsLine(text, cst.offset)) {
        const own = lineIndent(document, cst.range.start.line);
        const at = lineStart(cst.range.start);
        return { range: { start: at, end: at }, newText: lines.map(line => `${own}${line}\n`).join('') };
    }
    return insert(document, cst.offset, lines.map(line => `${line}\n${indent}`).join(''));
}

/** Lines added just after a node, with that node's indentation when it starts its line, else `indent`. */
export function insertAfter(document: LangiumDocument, node: AstNode, lines: string[], indent: string): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const own = startsLine(textOf(document), cst.offset) ? lineIndent(document, cst.range.start.line) : indent;
    return insert(document, cst.end, lines.map(line => `\n${own}${line}`).join(''));
}

/** Lines added at the end of the file, after a line break if the file does not end with one. */
export function appendToFile(document: LangiumDocument, lines: string[]): TextEdit {
    const text = textOf(document);
    const separator = text.length === 0 || text.endsWith('\n') ? '' : '\n';
    return insert(document, text.length, `${separator}${lines.join('\n')}\n`);
}
