// A ReportDocument as a Word file (.docx), with the `docx` library: A4, the running title at the
// top and "Page n of m" at the foot of every page, real heading styles (Word's navigation pane, a
// screen reader's list of headings), table header rows that repeat on every page, rows that do not
// split, and each action's block kept on one page where it fits. Markers (RAG, milestone states) are
// words on a tinted background: the colour is never the only sign.
//
// Pure: a document in, the file's bytes out (Packer.toArrayBuffer works in Node and in a browser).
// The library is loaded on first use, so that `appl check` does not load it.
import type * as Docx from 'docx';
import {
    headingText, isText, type Block, type Facts, type Heading, type Inline, type ReportDocument, type Table, type Text, type Tone,
} from './document/document-model.js';

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = 'Arial';

/** Tinted backgrounds with dark text (at least 4.5:1), as spreadsheet "good / neutral / bad" styles have them. */
export const DOCX_TONES: Record<Tone, { fill: string, color: string }> = {
    red: { fill: 'FFC7CE', color: '9C0006' },
    amber: { fill: 'FFEB9C', color: '7A4A00' },
    green: { fill: 'C6EFCE', color: '006100' },
    grey: { fill: 'EDEDED', color: '3A3A3A' },
};
const HEADER_FILL = 'E7E6E6';
const LABEL_FILL = 'F2F2F2';

export async function renderDocx(document: ReportDocument): Promise<Uint8Array> {
    const loaded = await import('docx');
    // As an ES module its exports are the namespace; loaded from a CommonJS file (the CLI's out/docx.cjs)
    // they are the namespace's `default`.
    const docx: typeof Docx = 'Packer' in loaded ? loaded : (loaded as unknown as { default: typeof Docx }).default;
    const build = new DocxBuilder(docx);
    const file = new docx.Document({
        title: document.title,
        description: document.subtitle,
        creator: 'APPL',
        lastModifiedBy: 'APPL',
        styles: build.styles(),
        sections: [{
            properties: {
                page: {
                    size: { width: PAGE.width, height: PAGE.height, orientation: docx.PageOrientation.PORTRAIT },
                    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
                },
            },
            headers: { default: new docx.Header({ children: [build.runningTitle(document.runningTitle)] }) },
            footers: { default: new docx.Footer({ children: [build.pageNumbers()] }) },
            children: [
                new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, children: [new docx.TextRun(document.title)] }),
                new docx.Paragraph({ children: [new docx.TextRun(document.subtitle)] }),
                ...document.blocks.flatMap(block => build.block(block, false)),
                new docx.Paragraph({ children: [new docx.TextRun({ text: document.colophon, size: 16, color: '595959' })], spacing: { before: 240 } }),
            ],
        }],
    });
    return new Uint8Array(await docx.Packer.toArrayBuffer(file));
}

class DocxBuilder {
    constructor(private readonly docx: typeof Docx) {}

    styles(): Docx.IStylesOptions {
        const heading = (size: number, before: number, outlineLevel: number): Docx.IBaseParagraphStyleOptions => ({
            run: { font: FONT, size, bold: true, color: '1F1F1F' },
            paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after: 120, line: 240, lineRule: this.docx.LineRuleType.AUTO } },
        });
        return {
            default: {
                document: { run: { font: FONT, size: 21, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120, line: 264, lineRule: this.docx.LineRuleType.AUTO } } },
                title: { run: { font: FONT, size: 40, bold: true, color: '1F1F1F' }, paragraph: { spacing: { after: 120, line: 240, lineRule: this.docx.LineRuleType.AUTO } } },
                heading1: heading(34, 360, 0),
                heading2: heading(30, 360, 1),
                heading3: heading(25, 240, 2),
                heading4: heading(22, 200, 3),
            },
        };
    }

    runningTitle(title: string): Docx.Paragraph {
        return new this.docx.Paragraph({ alignment: this.docx.AlignmentType.RIGHT, children: [new this.docx.TextRun({ text: title, size: 16, color: '595959' })] });
    }

    pageNumbers(): Docx.Paragraph {
        const { PageNumber } = this.docx;
        return new this.docx.Paragraph({
            alignment: this.docx.AlignmentType.RIGHT,
            children: [new this.docx.TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '595959' })],
        });
    }

    /** `keep`: keep with the next paragraph (inside an action's block, so the block stays whole). */
    block(block: Block, keep: boolean): Array<Docx.Paragraph | Docx.Table> {
        switch (block.type) {
            case 'heading': return [this.heading(block)];
            case 'paragraph': return [this.paragraph(block.text, { keep, role: block.role })];
            case 'list': return block.items.map(item => this.paragraph(item, { keep, bullet: true }));
            case 'facts': return [this.facts(block, keep)];
            case 'table': return [this.table(block)];
            case 'group': return block.blocks.flatMap((inner, index) => this.block(inner, index < block.blocks.length - 1 || keep));
        }
    }

    heading(block: Heading): Docx.Paragraph {
        // Level 1 is the document's title (Word's Title style); the document's sections start at Heading 1.
        const levels = [this.docx.HeadingLevel.HEADING_1, this.docx.HeadingLevel.HEADING_2, this.docx.HeadingLevel.HEADING_3];
        return new this.docx.Paragraph({
            heading: levels[Math.min(block.level, 4) - 2] ?? this.docx.HeadingLevel.HEADING_1,
            pageBreakBefore: block.newPage,
            children: [new this.docx.TextRun(headingText(block))],
        });
    }

    paragraph(text: Text, options: { keep?: boolean, bullet?: boolean, role?: 'quote' | 'note', size?: number } = {}): Docx.Paragraph {
        const quote = options.role === 'quote';
        return new this.docx.Paragraph({
            keepNext: options.keep,
            bullet: options.bullet ? { level: 0 } : undefined,
            indent: quote ? { left: 425, right: 425 } : undefined,
            border: quote ? { left: { style: this.docx.BorderStyle.SINGLE, size: 12, color: 'A6A6A6', space: 8 } } : undefined,
            children: this.runs(text, { italics: quote, size: options.role === 'note' ? 18 : options.size, color: options.role === 'note' ? '404040' : undefined }),
        });
    }

    runs(text: Text, base: { italics?: boolean, size?: number, color?: string, bold?: boolean }): Docx.TextRun[] {
        return (text as Inline[]).filter(item => (typeof item === 'string' ? item : item.text) !== '').map(item => {
            if (typeof item === 'string') {
                return new this.docx.TextRun({ text: item, ...base });
            }
            const tone = item.tone ? DOCX_TONES[item.tone] : undefined;
            return new this.docx.TextRun({
                text: item.text,
                ...base,
                bold: item.strong || tone !== undefined || base.bold,
                color: tone?.color ?? base.color,
                shading: tone ? { type: this.docx.ShadingType.CLEAR, fill: tone.fill, color: 'auto' } : undefined,
            });
        });
    }

    /** Label and value rows: a two-column table without a header, labels on a light tint. */
    facts(block: Facts, keep: boolean): Docx.Table {
        const widths = [Math.round(TEXT_WIDTH * 0.27), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.27)];
        const rows = block.rows.map((row, index) => {
            const keepRow = keep || index < block.rows.length - 1;
            const value = isText(row.value)
                ? [this.paragraph(row.value, { keep: keepRow })]
                : row.value.flatMap(inner => this.block(inner, keepRow)).filter((item): item is Docx.Paragraph => item instanceof this.docx.Paragraph);
            return new this.docx.TableRow({
                cantSplit: true,
                children: [
                    this.cell([this.paragraph([{ text: row.label, strong: true }], { keep: keepRow })], widths[0], { fill: LABEL_FILL }),
                    this.cell(value, widths[1]),
                ],
            });
        });
        return new this.docx.Table({ rows, width: { size: TEXT_WIDTH, type: this.docx.WidthType.DXA }, columnWidths: widths, layout: this.docx.TableLayoutType.FIXED });
    }

    /** A grid whose header row repeats on every page and whose rows never split across pages. */
    table(block: Table): Docx.Table {
        const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
        const widths = block.columns.map(column => Math.round(TEXT_WIDTH * column.width / total));
        const header = new this.docx.TableRow({
            tableHeader: true,
            cantSplit: true,
            children: block.columns.map((column, index) =>
                this.cell([new this.docx.Paragraph({ keepNext: true, children: [new this.docx.TextRun({ text: column.title, bold: true, size: 19 })] })], widths[index], { fill: HEADER_FILL })),
        });
        const rows = block.rows.map(cells => new this.docx.TableRow({
            cantSplit: true,
            children: block.columns.map((_, index) => {
                const text = cells[index] ?? [];
                const only = text.length === 1 && typeof text[0] !== 'string' && text[0].tone ? DOCX_TONES[text[0].tone] : undefined;
                return this.cell([new this.docx.Paragraph({ children: this.runs(text, { size: 19 }) })], widths[index], only ? { fill: only.fill } : {});
            }),
        }));
        return new this.docx.Table({ rows: [header, ...rows], width: { size: TEXT_WIDTH, type: this.docx.WidthType.DXA }, columnWidths: widths, layout: this.docx.TableLayoutType.FIXED });
    }

    cell(children: Array<Docx.Paragraph | Docx.Table>, width: number, options: { fill?: string } = {}): Docx.TableCell {
        return new this.docx.TableCell({
            width: { size: width, type: this.docx.WidthType.DXA },
            margins: { top: 60, bottom: 60, left: 100, right: 100 },
            shading: options.fill ? { type: this.docx.ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
            children: children.length > 0 ? children : [new this.docx.Paragraph('')],
        });
    }
}
