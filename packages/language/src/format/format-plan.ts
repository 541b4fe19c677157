// The canonical layout of a plan file, shared by the editor's "Format Document" and `appl format`.
// Pure: text in, text out. Only whitespace changes: the words, text, dates and comments come out in the
// same order as they went in, so formatting can never change what a plan says, even while the file is
// half-typed. Formatting formatted text changes nothing.
//
// The layout:
// - two spaces per block level; `}` lines up with the line that opened its block;
// - one clause per line (`lead …`, `milestone …`, `weakness …`); a clause's words on one line, one
//   space apart, with `, ` between list items; `answered-by` on a line of its own, one step in;
// - an empty block is written `{}`;
// - comments stay where they are: a comment on a line of its own is indented like the next clause, a
//   comment after a clause stays after it; comments after the clauses of one block line up, two spaces
//   after the longest of those clauses (clauses longer than 60 characters keep theirs two spaces after);
// - blank lines are kept, at most one in a row, none at the start or end of a block; a declaration or
//   action with a block gets one blank line between it and its neighbours (before their comments);
// - the file ends with one line break, in the style (LF or CRLF) that the file already uses.
import { tokenizePlan, type PlanToken } from './plan-tokens.js';
import { CLAUSE_KEYWORDS, CONTINUATION_KEYWORDS, OPENS_BLOCK, type BlockKind } from './plan-layout.js';

const INDENT = '  ';
/**
 * Blocks nest two or three deep in a plan; deeper text is broken, and is indented no further, so that
 * the output grows in step with the input however deep the braces go (20,000 nested braces once made
 * 200 MB of indentation).
 */
const MAX_INDENT_DEPTH = 16;

function indentation(depth: number): string {
    return INDENT.repeat(Math.min(depth, MAX_INDENT_DEPTH));
}
/** Clauses longer than this keep their trailing comment two spaces after them, out of the column. */
const MAX_ALIGNED_WIDTH = 60;

/** The plan text in the canonical layout. */
export function formatPlan(text: string): string {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    const tokens = tokenizePlan(body);
    if (tokens.length === 0) {
        return bom;
    }
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const lines = layOut(tokens);
    separateBlocks(lines);
    return bom + render(lines, eol);
}

/** A replacement of `length` characters at `offset` (in the original text) by `newText`. */
export interface PlanTextEdit {
    offset: number;
    length: number;
    newText: string;
}

/**
 * The smallest edits that turn the text into formatPlan(text): one per stretch of whitespace that
 * changes, in text order and never overlapping, so that an editor keeps its cursor and undo steps
 * small, and range formatting can keep only the edits inside the range.
 */
export function formatPlanEdits(text: string): PlanTextEdit[] {
    const formatted = formatPlan(text);
    if (formatted === text) {
        return [];
    }
    const start = text.startsWith('\ufeff') ? 1 : 0;
    const before = tokenizePlan(text.slice(start));
    const after = tokenizePlan(formatted.slice(start));
    if (before.length !== after.length) {
        // Cannot happen (formatting only moves whitespace); replace everything rather than guess.
        return [{ offset: 0, length: text.length, newText: formatted }];
    }
    const edits: PlanTextEdit[] = [];
    // The whitespace before each token (and after the last), measured from where the previous
    // token's formatted text ends, so that a line comment's trimmed trailing spaces go too.
    for (let i = 0; i <= before.length; i++) {
        const previousBefore = before[i - 1];
        const previousAfter = after[i - 1];
        const fromBefore = previousBefore ? previousBefore.offset + previousAfter.text.length : 0;
        const fromAfter = previousAfter ? previousAfter.offset + previousAfter.text.length : 0;
        const toBefore = i < before.length ? before[i].offset : text.length - start;
        const toAfter = i < after.length ? after[i].offset : formatted.length - start;
        const oldText = text.slice(start + fromBefore, start + toBefore);
        const newText = formatted.slice(start + fromAfter, start + toAfter);
        if (oldText !== newText) {
            edits.push({ offset: start + fromBefore, length: toBefore - fromBefore, newText });
        }
    }
    return edits;
}

/** True when the text is already in the canonical layout. */
export function isFormatted(text: string): boolean {
    return formatPlan(text) === text;
}

interface Clause {
    /** The clause has a `{ … }` block (a declaration, or an action inside an area). */
    opensBlock: boolean;
}

interface Line {
    depth: number;
    code: string;
    /** A `//` comment after the code. */
    comment?: string;
    blankBefore: boolean;
    /** The block the line sits in (for lining up comments). */
    block: number;
    /** Set on the first line of a clause. */
    clause?: Clause;
    /** A line holding only a comment. */
    isComment: boolean;
    /** The line ends with a `{` whose block continues on the next lines. */
    opens: boolean;
    /** The line is a block's closing `}`. */
    closes: boolean;
}

interface Block {
    kind: BlockKind;
    id: number;
    /** The clause in progress in this block, if any. */
    clause?: Clause;
    clauseKeyword?: string;
}

function layOut(tokens: readonly PlanToken[]): Line[] {
    const lines: Line[] = [];
    const stack: Block[] = [{ kind: 'file', id: 0 }];
    let nextBlockId = 1;
    let line: Line | undefined;
    let previous: PlanToken | undefined;

    const top = () => stack[stack.length - 1];
    const depth = () => stack.length - 1;
    const startLine = (token: PlanToken, lineDepth: number, fields: Partial<Line> = {}): Line => {
        line = {
            depth: lineDepth, code: '', blankBefore: token.newlinesBefore >= 2, block: top().id,
            isComment: false, opens: false, closes: false, ...fields,
        };
        lines.push(line);
        return line;
    };
    const append = (token: PlanToken) => {
        const current = line!;
        const glued = token.glued && (token.kind === 'other' || previous?.kind === 'other');
        const space = current.code === '' || glued || token.kind === 'comma' ? '' : ' ';
        current.code += space + token.text;
    };
    /** Whether the token cannot continue the current line whatever it is. */
    const mustBreak = (token: PlanToken) => !line || previous === undefined
        || previous.kind === 'open' || previous.kind === 'close' || previous.kind === 'line-comment'
        || (previous.kind === 'block-comment' && token.newlinesBefore > 0)
        || (top().kind === 'unknown' && token.newlinesBefore > 0);
    /**
     * After the quote of a string left open, the rest of its line is what the author is typing into
     * the string: it stays as written, and what follows on the next lines stays there.
     */
    let verbatim = false;

    for (const token of tokens) {
        const block = top();
        if (verbatim && token.newlinesBefore === 0) {
            line!.code += token.spaceBefore + token.text;
            if (token.kind === 'open') {
                stack.push({ kind: OPENS_BLOCK[block.clauseKeyword ?? ''] ?? 'unknown', id: nextBlockId++ });
                block.clause = undefined;
                block.clauseKeyword = undefined;
            } else if (token.kind === 'close' && stack.length > 1) {
                stack.pop();
            }
            previous = token;
            continue;
        }
        if (verbatim) {
            verbatim = false;
            line = undefined; // the next token starts a line of its own
        }
        switch (token.kind) {
            case 'open': {
                if (mustBreak(token) || line?.isComment) {
                    startLine(token, block.clause ? depth() + 1 : depth());
                }
                append(token);
                line!.opens = true;
                if (block.clause) {
                    block.clause.opensBlock = true;
                }
                stack.push({ kind: OPENS_BLOCK[block.clauseKeyword ?? ''] ?? 'unknown', id: nextBlockId++ });
                block.clause = undefined;
                block.clauseKeyword = undefined;
                break;
            }
            case 'close': {
                if (stack.length > 1) {
                    stack.pop();
                }
                if (previous?.kind === 'open' && line) {
                    line.code += token.text; // an empty block: `{}`
                    line.opens = false;
                } else {
                    startLine(token, depth(), { closes: true, blankBefore: false });
                    append(token);
                }
                break;
            }
            case 'line-comment':
            case 'block-comment': {
                const trailing = line !== undefined && token.newlinesBefore === 0;
                if (trailing && token.kind === 'line-comment') {
                    line!.comment = token.text.trimEnd();
                } else if (trailing) {
                    append(token);
                } else {
                    startLine(token, depth(), { isComment: true });
                    append(token);
                }
                break;
            }
            default: {
                const word = token.kind === 'word' ? token.text : undefined;
                if (word !== undefined && CLAUSE_KEYWORDS[block.kind].has(word)) {
                    block.clause = { opensBlock: false };
                    block.clauseKeyword = word;
                    startLine(token, depth(), { clause: block.clause });
                } else if (word !== undefined && CONTINUATION_KEYWORDS[block.kind].has(word)) {
                    startLine(token, depth() + 1);
                } else if (mustBreak(token) || line?.isComment) {
                    startLine(token, block.clause ? depth() + 1 : depth());
                }
                append(token);
                verbatim = token.kind === 'other' && token.text === '"';
            }
        }
        previous = token;
    }
    return lines;
}

/**
 * One blank line between a block declaration (or an action) and its neighbours in the same block,
 * placed before the comments that lead into the later one.
 */
function separateBlocks(lines: Line[]): void {
    const previousIsBlock = new Map<number, boolean>();
    lines.forEach((line, index) => {
        if (!line.clause) {
            return;
        }
        const before = previousIsBlock.get(line.block);
        if (before !== undefined && (before || line.clause.opensBlock)) {
            let first = index;
            while (!lines[first].blankBefore && first > 0 && lines[first - 1].isComment && lines[first - 1].block === line.block) {
                first--;
            }
            lines[first].blankBefore = true;
        }
        previousIsBlock.set(line.block, line.clause.opensBlock);
    });
}

function render(lines: readonly Line[], eol: string): string {
    const commentColumn = commentColumns(lines);
    const out: string[] = [];
    lines.forEach((line, index) => {
        const previous = lines[index - 1];
        if (line.blankBefore && previous && !previous.opens && !line.closes) {
            out.push('');
        }
        let text = indentation(line.depth) + line.code;
        if (line.comment !== undefined) {
            const column = commentColumn.get(line.block);
            const aligned = column !== undefined && text.length <= MAX_ALIGNED_WIDTH ? column : text.length + 2;
            text = text.padEnd(aligned) + line.comment;
        }
        out.push(text);
    });
    return out.join(eol) + eol;
}

/** Per block: the column at which its trailing comments line up. */
function commentColumns(lines: readonly Line[]): Map<number, number> {
    const columns = new Map<number, number>();
    for (const line of lines) {
        const width = indentation(line.depth).length + line.code.length;
        if (line.comment !== undefined && width <= MAX_ALIGNED_WIDTH) {
            columns.set(line.block, Math.max(columns.get(line.block) ?? 0, width + 2));
        }
    }
    return columns;
}
