import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { rootOf } from './plan-view.js';

const REGION_START = /^\/\/\s*#?region\b/;
const REGION_END = /^\/\/\s*#?endregion\b/;

/**
 * Folding: every block (plan, board, inspection, notice, measure, area, action, review) up to the
 * line before its `}`; a comment of several lines (a `/* … *\/` or consecutive `//` lines); and
 * `// region` … `// endregion` markers, which any author can add to fold a part of a long plan.
 */
export class ApplFoldingRangeProvider implements FoldingRangeProvider {
    getFoldingRanges(document: LangiumDocument): FoldingRange[] {
        const ranges = [...this.blocks(document), ...this.comments(document), ...this.regions(document)];
        return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
    }

    protected blocks(document: LangiumDocument): FoldingRange[] {
        const root = rootOf(document);
        if (!root) {
            return [];
        }
        const nodes: AstNode[] = root.declarations.flatMap((declaration): AstNode[] => ast.isArea(declaration) ? [declaration, ...declaration.actions] : [declaration]);
        return nodes.flatMap(node => {
            const range = node.$cstNode?.range;
            const closes = node.$cstNode?.text.trimEnd().endsWith('}');
            // Keep the closing `}` visible: fold up to the line before it.
            const endLine = range && (closes ? range.end.line - 1 : range.end.line);
            return range && endLine !== undefined && endLine > range.start.line
                ? [{ startLine: range.start.line, endLine }]
                : [];
        });
    }

    /** Comments from the parse tree, so that a `//` or `/*` inside quoted text is never taken for one. */
    protected commentLeaves(document: LangiumDocument): Array<{ kind: 'line' | 'block', start: number, end: number, text: string, ownLine: boolean }> {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return [];
        }
        const text = document.textDocument.getText();
        return CstUtils.flattenCst(root)
            .filter(leaf => leaf.tokenType.name === 'SL_COMMENT' || leaf.tokenType.name === 'ML_COMMENT')
            .map(leaf => ({
                kind: leaf.tokenType.name === 'SL_COMMENT' ? 'line' as const : 'block' as const,
                start: leaf.range.start.line,
                end: leaf.range.end.line,
                text: leaf.text,
                ownLine: /^[ \t]*$/.test(text.slice(leaf.offset - leaf.range.start.character, leaf.offset)),
            }))
            .toArray();
    }

    protected comments(document: LangiumDocument): FoldingRange[] {
        const ranges: FoldingRange[] = [];
        let run: { start: number, end: number } | undefined;
        const closeRun = () => {
            if (run && run.end > run.start) ranges.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
            run = undefined;
        };
        for (const comment of this.commentLeaves(document)) {
            if (comment.kind === 'block') {
                closeRun();
                if (comment.end > comment.start) ranges.push({ startLine: comment.start, endLine: comment.end, kind: FoldingRangeKind.Comment });
            } else if (comment.ownLine && !REGION_START.test(comment.text) && !REGION_END.test(comment.text)) {
                if (run && comment.start === run.end + 1) {
                    run.end = comment.start;
                } else {
                    closeRun();
                    run = { start: comment.start, end: comment.start };
                }
            } else {
                closeRun();
            }
        }
        closeRun();
        return ranges;
    }

    protected regions(document: LangiumDocument): FoldingRange[] {
        const ranges: FoldingRange[] = [];
        const open: number[] = [];
        for (const comment of this.commentLeaves(document)) {
            if (comment.kind === 'line' && REGION_START.test(comment.text)) {
                open.push(comment.start);
            } else if (comment.kind === 'line' && REGION_END.test(comment.text) && open.length > 0) {
                ranges.push({ startLine: open.pop()!, endLine: comment.start, kind: FoldingRangeKind.Region });
            }
        }
        return ranges;
    }
}
