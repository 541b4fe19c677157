import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit,
} from 'vscode-languageserver';
import { formatPlanEdits } from '../format/format-plan.js';

/**
 * "Format Document" and "Format Selection": the canonical layout of format/format-plan.ts, the same
 * that `appl format` writes. The layout is fixed (two-space indents whatever the editor's tab size),
 * so that every editor and CI agree. Only whitespace changes; a selection gets the edits that touch it.
 */
export class ApplFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const from = document.textDocument.offsetAt(params.range.start);
        const to = document.textDocument.offsetAt(params.range.end);
        // Edits that touch the range: the whitespace before its first word (the indentation of a
        // selected line) starts on the line above.
        return this.edits(document, edit => edit.end >= from && edit.start <= to);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    protected edits(document: LangiumDocument, keep: (edit: { start: number, end: number }) => boolean = () => true): TextEdit[] {
        const text = document.textDocument.getText();
        return formatPlanEdits(text)
            .map(edit => ({ start: edit.offset, end: edit.offset + edit.length, newText: edit.newText }))
            .filter(keep)
            .map(edit => ({ range: this.range(document, edit.start, edit.end), newText: edit.newText }));
    }

    private range(document: LangiumDocument, start: number, end: number): Range {
        return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
    }
}
