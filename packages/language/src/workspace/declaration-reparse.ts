import type { AstNode, CstNode, LangiumParser, ParseResult } from 'langium';
import { isCompositeCstNode, isLeafCstNode } from 'langium';
import type { Document } from '../generated/ast.js';

/**
 * Re-parses only the top-level declaration that an edit falls inside, and splices it into the
 * previous tree, instead of parsing the whole file again: on a large plan the parse is most of the
 * work of a keystroke. The result is the tree a full parse of the new text would give; whenever that
 * cannot be guaranteed this returns undefined and the caller parses the whole text:
 *
 * - the edit lies strictly inside one declaration: after its first token and not after the start of
 *   its last one, so the tokens around it, and so the rest of the file, lex and parse as before
 *   (a string, comment or brace that the edit leaves open makes the declaration fail to parse alone);
 * - the new declaration parses alone without any error;
 * - the previous text had no error outside that declaration (an error of the previous keystroke,
 *   inside it, is what the edit usually mends: the parser's recovery stayed inside the declaration
 *   when both its first and last tokens were parsed and no error lies outside them).
 *
 * Nodes and tokens after the declaration keep their objects; their offsets and positions are moved.
 * The root AST node is a new object (caches keyed by it start afresh); the root CST node is kept.
 */
export function reparseDeclaration(parser: LangiumParser, previous: ParseResult<AstNode>, text: string): ParseResult<Document> | undefined {
    const oldRoot = previous.value as Document;
    const rootCst = oldRoot.$cstNode as RootCst | undefined;
    if (!rootCst || !Array.isArray(oldRoot.declarations)) {
        return undefined;
    }
    const oldText = rootCst.fullText;
    const edit = changedRegion(oldText, text);
    if (!edit) {
        return undefined;
    }
    const index = declarationAround(oldRoot, edit.start);
    const declaration = oldRoot.declarations[index];
    const outer = declaration?.$cstNode as CompositeCst | undefined;
    const first = outer && firstToken(outer);
    const last = outer && lastToken(outer);
    if (!outer || !first || !last || outer.container !== rootCst || edit.start <= first.end || edit.oldEnd > last.offset
        || !errorsWithin(previous, first.end, last.offset)) {
        return undefined;
    }
    const start = outer.offset;
    const delta = text.length - oldText.length;
    const fragmentText = text.slice(start, outer.end + delta);
    const fragment = parser.parse(fragmentText, { rule: 'Declaration' });
    // The declaration must still end with its old last token, so that what follows lexes as before: an
    // edit may have made it part of a comment (which a full parse attaches to what follows) or of a
    // longer token (which a full parse may extend into what follows).
    if (hasErrors(fragment) || !isCompositeCstNode(fragment.value.$cstNode) || !endsWithToken(fragment.value.$cstNode, last, fragmentText.length)) {
        return undefined;
    }
    return splice(oldRoot, rootCst, index, fragment, text, delta);
}

interface RootCst extends CompositeCst {
    readonly fullText: string;
    _text: string;
}

interface CompositeCst extends CstNode {
    content: CstNode[];
    _rangeCache: unknown;
    astNode: AstNode;
}

/** A leaf's stored position (Langium keeps these in fields; `range` is computed from them). */
interface LeafFields {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

function hasErrors(result: ParseResult): boolean {
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (result.lexerReport?.diagnostics.length ?? 0) > 0;
}

/** Whether every lexing and parsing error lies between two offsets (an error with no place does not). */
function errorsWithin(result: ParseResult, start: number, end: number): boolean {
    const inside = (offset: number, length: number) => offset >= start && offset + length <= end;
    return result.lexerErrors.every(error => inside(error.offset, error.length))
        && (result.lexerReport?.diagnostics ?? []).every(error => inside(error.offset, error.length))
        && result.parserErrors.every(error => Number.isFinite(error.token.startOffset) && inside(error.token.startOffset, error.token.image.length));
}

/** Where two texts differ: [start, oldEnd) in the old text became [start, newEnd) in the new. */
function changedRegion(oldText: string, text: string): { start: number, oldEnd: number } | undefined {
    if (oldText === text) {
        return undefined;
    }
    const shorter = Math.min(oldText.length, text.length);
    // Whole chunks first (comparing two slices is native code), then character by character.
    let start = 0;
    while (start + CHUNK <= shorter && oldText.slice(start, start + CHUNK) === text.slice(start, start + CHUNK)) {
        start += CHUNK;
    }
    while (start < shorter && oldText.charCodeAt(start) === text.charCodeAt(start)) {
        start++;
    }
    const room = shorter - start;
    let fromEnd = 0;
    while (fromEnd + CHUNK <= room
        && oldText.slice(oldText.length - fromEnd - CHUNK, oldText.length - fromEnd) === text.slice(text.length - fromEnd - CHUNK, text.length - fromEnd)) {
        fromEnd += CHUNK;
    }
    while (fromEnd < room && oldText.charCodeAt(oldText.length - 1 - fromEnd) === text.charCodeAt(text.length - 1 - fromEnd)) {
        fromEnd++;
    }
    return { start, oldEnd: oldText.length - fromEnd };
}

const CHUNK = 4096;

/** The index of the last declaration starting before the offset (declarations are in text order). */
function declarationAround(root: Document, offset: number): number {
    let low = 0;
    let high = root.declarations.length - 1;
    let found = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if ((root.declarations[middle].$cstNode?.offset ?? Infinity) < offset) {
            found = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}

/** Whether the last leaf under a node, hidden or not, is the given token, ending at the given offset. */
function endsWithToken(node: CstNode, token: CstNode, end: number): boolean {
    let current = node;
    while (isCompositeCstNode(current) && current.content.length > 0) {
        current = current.content[current.content.length - 1];
    }
    return isLeafCstNode(current) && isLeafCstNode(token) && !current.hidden && current.end === end
        && current.tokenType === token.tokenType && current.text === token.text;
}

function firstToken(node: CstNode): CstNode | undefined {
    for (let current: CstNode | undefined = node; current;) {
        if (isLeafCstNode(current)) {
            return current.hidden ? undefined : current;
        }
        current = isCompositeCstNode(current) ? current.content.find(child => !child.hidden) : undefined;
    }
    return undefined;
}

function lastToken(node: CstNode): CstNode | undefined {
    for (let current: CstNode | undefined = node; current;) {
        if (isLeafCstNode(current)) {
            return current.hidden ? undefined : current;
        }
        current = isCompositeCstNode(current) ? [...current.content].reverse().find(child => !child.hidden) : undefined;
    }
    return undefined;
}

function splice(oldRoot: Document, rootCst: RootCst, index: number, fragment: ParseResult<AstNode>, text: string,
    delta: number): ParseResult<Document> {
    const outer = oldRoot.declarations[index].$cstNode as CompositeCst;
    const oldEnd = lastToken(outer)!.range.end;
    const start = outer.range.start;
    const fragmentRoot = fragment.value.$cstNode as CompositeCst;

    // The new declaration's tokens, moved from the fragment's coordinates to the file's.
    for (const leaf of leavesUnder(fragmentRoot)) {
        if (leaf._startLine === 0) {
            leaf._startColumn += start.character;
        }
        if (leaf._endLine === 0) {
            leaf._endColumn += start.character;
        }
        leaf._offset += outer.offset;
        leaf._startLine += start.line;
        leaf._endLine += start.line;
    }
    outer.content = fragmentRoot.content;
    for (const child of outer.content) {
        (child as { container?: CstNode }).container = outer;
    }
    outer._rangeCache = undefined;
    const newEnd = lastToken(outer)!.range.end;

    // Everything after it moves by the edit: offsets by the change in length, lines by the change in
    // lines, and columns only on the line where the declaration ends.
    const lineDelta = newEnd.line - oldEnd.line;
    const columnDelta = newEnd.character - oldEnd.character;
    const after = rootCst.content.indexOf(outer) + 1;
    for (const node of rootCst.content.slice(after)) {
        for (const leaf of leavesUnder(node, composite => composite._rangeCache = undefined)) {
            if (leaf._startLine === oldEnd.line) {
                leaf._startColumn += columnDelta;
            }
            if (leaf._endLine === oldEnd.line) {
                leaf._endColumn += columnDelta;
            }
            leaf._offset += delta;
            leaf._startLine += lineDelta;
            leaf._endLine += lineDelta;
        }
    }
    rootCst._rangeCache = undefined;
    rootCst._text = text;

    // A new root object, holding the new declaration in place of the old one.
    const root = { ...oldRoot, declarations: [...oldRoot.declarations] } as Document;
    const declaration = fragment.value as Document['declarations'][number];
    root.declarations[index] = declaration;
    Object.assign(declaration, { $container: root, $containerProperty: 'declarations', $containerIndex: index, $cstNode: outer });
    for (const child of [...root.imports, ...root.declarations]) {
        (child as { $container: AstNode }).$container = root;
    }
    outer.astNode = declaration;
    rootCst.astNode = root;
    return { value: root, lexerErrors: [], lexerReport: fragment.lexerReport, parserErrors: [] };
}

/** The leaves under a CST node, in order; `composite` is called on every composite node passed. */
function leavesUnder(node: CstNode, composite?: (node: CompositeCst) => void): Array<CstNode & LeafFields> {
    const leaves: Array<CstNode & LeafFields> = [];
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if (isCompositeCstNode(current)) {
            composite?.(current as CompositeCst);
            for (let i = current.content.length - 1; i >= 0; i--) {
                stack.push(current.content[i]);
            }
        } else {
            leaves.push(current as CstNode & LeafFields);
        }
    }
    return leaves;
}
