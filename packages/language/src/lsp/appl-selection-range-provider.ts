import { CstUtils, type CstNode, type LangiumDocument } from 'langium';
import type { Range, SelectionRange, SelectionRangeParams } from 'vscode-languageserver';

/**
 * Expand selection (`textDocument/selectionRange`): from the word at the cursor (inside its quotes
 * first, for text) to its clause, its block and the whole file, following the tree.
 */
export class ApplSelectionRangeProvider {
    getSelectionRanges(document: LangiumDocument, params: SelectionRangeParams): SelectionRange[] {
        const root = document.parseResult.value.$cstNode;
        return params.positions.map(position => {
            const offset = document.textDocument.offsetAt(position);
            const leaf = root && (CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset));
            const ranges: Range[] = [];
            if (leaf && leaf.tokenType.name === 'STRING' && leaf.length > 2) {
                const { start, end } = leaf.range;
                ranges.push({ start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: end.character - 1 } });
            }
            // The root's range ends at the last token; the whole file (below) takes its place.
            for (let node: CstNode | undefined = leaf; node?.container; node = node.container) {
                const last = ranges[ranges.length - 1];
                if (!last || !sameRange(last, node.range)) {
                    ranges.push(node.range);
                }
            }
            const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
            if (ranges.length === 0 || !sameRange(ranges[ranges.length - 1], whole)) {
                ranges.push(whole);
            }
            return ranges.reduceRight<SelectionRange | undefined>((parent, range) => ({ range, parent }), undefined)!;
        });
    }
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
}
