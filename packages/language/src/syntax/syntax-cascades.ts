import { CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { IRecognitionException } from 'chevrotain';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isDocument } from '../generated/ast.js';
import type { ImportResolver } from '../references/import-resolver.js';
import { astTreeOf } from '../workspace/ast-nodes.js';

/** What a file's syntax errors leave unreliable. */
interface Damage {
    /** The nodes a syntax error falls inside: the innermost one and every node around it. */
    damaged: Set<AstNode>;
    /** Ids in text the parser skipped to recover (and the numbers of areas and actions): what was lost. */
    lost: Set<string>;
}

/**
 * Findings about what is written (a date that does not exist, a percentage over 100), which a syntax
 * error elsewhere in the same block does not make wrong; and findings that a lost name alone can make
 * wrong (nothing refers to a person, no action addresses a weakness), filtered by name instead.
 * Every other finding, those of new rules included, reports something missing, which the error may
 * have cut off.
 */
const ABOUT_WHAT_IS_WRITTEN = new Set([
    'valid-date', 'unique-id', 'target-direction', 'expect-path', 'milestone-order', 'flat-target', 'stale-baseline',
    'future-actual', 'behind-trajectory', 'status-contradicts', 'lead-load', 'requirement-overdue',
    'unused', 'weakness-covered', 'unresolved-reference', 'unused-suppression', 'invalid-config',
]);

/** Findings about the one item they are on (a milestone not yet marked met), whatever else its block lacks. */
const ABOUT_ITS_OWN_ITEM = new Set(['overdue-milestone', 'looking-for-answered']);

const damages = new WeakMap<AstNode, Damage>();

/**
 * A syntax error cuts a block short or makes the parser skip text, and the rules would then report
 * what is missing as if the author had left it out: an action "has no target" because its target
 * clause came after the mistake, a name "refers to nothing" because its declaration was skipped. So,
 * while a file (or a file it imports) has a syntax error, the findings that may come from it wait until
 * it is fixed: findings of something missing in a block (a declaration or an action) the error falls
 * inside, or in a block that refers to such a block; findings on something whose name was in skipped
 * text; references to such names. Syntax errors themselves are always reported. A look-alike (a date as 30/06/2025, text in
 * curly quotes) loses nothing, so it damages nothing; an unclosed string swallows the rest of its
 * line, so it does.
 */
export function withoutCascades(document: LangiumDocument, diagnostics: Diagnostic[], imports: ImportResolver, syntaxCode: string): Diagnostic[] {
    const documents = [document, ...imports.visibleDocuments(document).filter(other => other !== document)];
    const damage = documents.map(damageOf);
    if (damage.every(({ damaged, lost }) => damaged.size === 0 && lost.size === 0)) {
        return diagnostics;
    }
    const damaged = new Set(damage.flatMap(each => [...each.damaged]));
    const lost = new Set(damage.flatMap(each => [...each.lost]));
    const tainted = taint(documents.map(doc => doc.parseResult.value), damaged);
    const root = document.parseResult.value.$cstNode;
    return diagnostics.filter(diagnostic => {
        const code = String(diagnostic.code ?? '');
        if (code === syntaxCode) {
            return true;
        }
        const name = (diagnostic.data as { name?: unknown } | undefined)?.name;
        if (typeof name === 'string' && lost.has(name)) {
            return false;
        }
        const node = root && nodeAt(root, document.textDocument.offsetAt(diagnostic.range.start));
        if (!node) {
            return true;
        }
        if (namesAround(node).some(each => lost.has(each))) {
            return false;
        }
        if (ABOUT_WHAT_IS_WRITTEN.has(code)) {
            return true;
        }
        const block = blockOf(node);
        const unreliable = damaged.has(node) || (block !== undefined && tainted.has(block));
        return ABOUT_ITS_OWN_ITEM.has(code) ? !unreliable : !(unreliable || (block !== undefined && damaged.has(block)));
    });
}

function damageOf(document: LangiumDocument): Damage {
    const root = document.parseResult.value;
    let damage = damages.get(root);
    if (!damage) {
        damage = findDamage(document);
        damages.set(root, damage);
    }
    return damage;
}

function findDamage(document: LangiumDocument): Damage {
    const { parserErrors, lexerReport } = document.parseResult;
    const damaged = new Set<AstNode>();
    const lost = new Set<string>();
    const root = document.parseResult.value.$cstNode;
    const mark = (offset: number) => {
        for (let node = root && nodeAt(root, offset); node && !isDocument(node); node = node.$container) {
            if (!inIntactHeader(node, offset)) {
                damaged.add(node);
            }
        }
    };
    for (const error of parserErrors as IRecognitionException[]) {
        const token = error.token;
        const previous = (error as { previousToken?: { endOffset?: number, endLine?: number } }).previousToken;
        const placed = Number.isFinite(token.startOffset) && token.startOffset >= 0 && !token.isInsertedInRecovery;
        const hasPrevious = previous?.endOffset !== undefined && Number.isFinite(previous.endOffset) && previous.endOffset >= 0;
        // A clause left unfinished at the end of its line is missing where its text ends; the error's
        // token then starts the next line, another node, which is whole.
        const endOfLine = placed && hasPrevious && previous.endLine !== undefined && token.startLine !== undefined && token.startLine > previous.endLine;
        if (placed && !endOfLine) {
            mark(token.startOffset);
        }
        if (hasPrevious) {
            mark(previous.endOffset!);
        }
        const skipped = [token, ...error.resyncedTokens ?? []];
        skipped.forEach((each, index) => {
            const kind = each.tokenType.name;
            // A number is a name only after "area" or "action"; elsewhere it is a value.
            if (kind === 'ID' || (kind === 'NUMBER' && /^(area|action)$/.test(skipped[index - 1]?.image ?? ''))) {
                lost.add(each.image);
            }
        });
    }
    for (const diagnostic of lexerReport?.diagnostics ?? []) {
        if (/has no closing quote/.test(diagnostic.message)) {
            mark(diagnostic.offset);
        }
    }
    return { damaged, lost };
}

/**
 * Whether the offset lies in a block's header (before its {) while the block's { and } were both read:
 * a title without quotes loses the title, not the clauses, so what the block lacks is really lacking.
 */
function inIntactHeader(node: AstNode, offset: number): boolean {
    const cst = node.$cstNode;
    const open = cst && GrammarUtils.findNodeForKeyword(cst, '{');
    return !!open && offset <= open.offset && !!GrammarUtils.findNodeForKeyword(cst, '}');
}

/** Blocks that refer (through their own text) to a damaged declaration or action, or to a block that does. */
function taint(roots: readonly AstNode[], damaged: ReadonlySet<AstNode>): Set<AstNode> {
    const sources = new Set([...damaged].filter(isBlock));
    const tainted = new Set<AstNode>();
    const links: Array<{ from: AstNode, reference: { ref?: unknown } }> = [];
    for (const root of roots) {
        for (const { reference, container } of astTreeOf(root).references) {
            const from = blockOf(container);
            if (from) {
                links.push({ from, reference: reference as { ref?: unknown } });
            }
        }
    }
    for (let changed = true; changed;) {
        changed = false;
        for (const { from, reference } of links) {
            const target = 'ref' in reference ? reference.ref as AstNode | undefined : undefined;
            const targetBlock = target && blockOf(target);
            if (!tainted.has(from) && targetBlock && (sources.has(targetBlock) || tainted.has(targetBlock))) {
                // The block and the blocks holding it (an area, for its action) depend on it.
                for (let block: AstNode | undefined = from; block; block = block.$container && blockOf(block.$container)) {
                    tainted.add(block);
                }
                changed = true;
            }
        }
    }
    return tainted;
}

/** A top-level declaration or an action. */
function isBlock(node: AstNode): boolean {
    return node.$type === 'Action' || (node.$container !== undefined && isDocument(node.$container));
}

function blockOf(node: AstNode): AstNode | undefined {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isBlock(current)) {
            return current;
        }
    }
    return undefined;
}

/** The names of the node a finding is on and of the nodes around it (a weakness, its inspection). */
function namesAround(node: AstNode): string[] {
    const names: string[] = [];
    for (let current: AstNode | undefined = node; current && !isDocument(current); current = current.$container) {
        const name = (current as { name?: unknown }).name;
        if (typeof name === 'string') {
            names.push(name);
        }
    }
    return names;
}

/** The innermost node at an offset; for text the parser skipped, the node before it. */
function nodeAt(root: CstNode, offset: number): AstNode | undefined {
    return (CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset))?.astNode;
}
