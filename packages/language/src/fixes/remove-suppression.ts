import { CstUtils, isLeafCstNode, type CstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { closestName } from '../validation/did-you-mean.js';
import { textOf } from './fix-text.js';
import { quickFix, type FixProvider, type PlanFix } from './plan-fix.js';

/** The same directive suppressions.ts reads: `// appl-disable-(next-line|file) ids [-- reason]`, or in a block comment. */
const DIRECTIVE = /^(?:\/\/|\/\*)\s*appl-disable-(?:next-line|file)\b(.*?)(?:\*\/)?\s*$/s;
const PREFIX = /^(?:\/\/|\/\*)\s*appl-disable-(?:next-line|file)\b/;

interface NamedId {
    id: string;
    start: number;
    end: number;
}

/**
 * unused-suppression: a rule id that silences nothing comes out of its comment, and the comment goes
 * when nothing is left in it (safe: nothing was silenced). A comment naming no rule goes (safe). An
 * unknown id may be a misspelt one: its "did you mean" and its removal are offered, neither safe,
 * since the author meant to silence something.
 */
export const removeSuppressionFixes: FixProvider = (diagnostic, document, services) => {
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const comment = commentAt(document, offset);
    const match = comment && DIRECTIVE.exec(comment.text);
    if (!comment || !match) {
        return [];
    }
    const rest = match[1];
    const listStart = comment.offset + PREFIX.exec(comment.text)![0].length;
    const ids: NamedId[] = [...rest.split('--')[0].matchAll(/[A-Za-z0-9_.-]+/g)]
        .map(m => ({ id: m[0], start: listStart + m.index!, end: listStart + m.index! + m[0].length }));
    const named = ids.findIndex(id => id.start === offset);
    const title = 'Remove the unused suppression';
    if (named < 0) {
        return ids.length === 0 ? [quickFix(title, [removeComment(document, comment)], true)] : [];
    }
    const known = services.config.ProjectConfig.ruleIds;
    const removal = ids.length === 1 ? removeComment(document, comment) : removeId(document, ids, named);
    if (known.includes(ids[named].id)) {
        return [quickFix(title, [removal], true)];
    }
    const fixes: PlanFix[] = [];
    const suggestion = closestName(ids[named].id, known);
    if (suggestion) {
        fixes.push(quickFix(`Change to ${suggestion}`, [{ range: diagnostic.range, newText: suggestion }], false));
    }
    fixes.push(quickFix(title, [removal], false));
    return fixes;
};

function commentAt(document: LangiumDocument, offset: number): CstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return undefined;
    }
    return CstUtils.streamCst(root).find(node => isLeafCstNode(node) && node.hidden && node.offset <= offset && offset < node.end);
}

/** One id out of a list, with the separator that joins it to its neighbour. */
function removeId(document: LangiumDocument, ids: NamedId[], index: number): TextEdit {
    const [start, end] = index < ids.length - 1 ? [ids[index].start, ids[index + 1].start] : [ids[index - 1].end, ids[index].end];
    return edit(document, start, end);
}

/** The whole comment: with its line when it stands alone on it, else with the spaces that set it apart. */
function removeComment(document: LangiumDocument, comment: CstNode): TextEdit {
    const text = textOf(document);
    const lineStart = text.lastIndexOf('\n', comment.offset - 1) + 1;
    const newline = text.indexOf('\n', comment.end);
    const lineEnd = newline < 0 ? text.length : newline;
    const aloneBefore = /^[ \t]*$/.test(text.slice(lineStart, comment.offset));
    const aloneAfter = /^[ \t\r]*$/.test(text.slice(comment.end, lineEnd));
    if (aloneBefore && aloneAfter) {
        return edit(document, lineStart, newline < 0 ? text.length : newline + 1);
    }
    if (aloneBefore) {
        let end = comment.end;
        while (text[end] === ' ' || text[end] === '\t') end++;
        return edit(document, comment.offset, end);
    }
    let start = comment.offset;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    return edit(document, start, comment.end);
}

function edit(document: LangiumDocument, start: number, end: number): TextEdit {
    return { range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) }, newText: '' };
}
