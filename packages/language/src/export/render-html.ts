// A ReportDocument's blocks as HTML, for the preview and `appl export --format html`. Every word
// goes through `escapeHtml()`, in text and attributes alike. A heading is wrapped with the block
// after it, and an action's block is one element, so that print keeps each whole (see html-style.ts).
import {
    headingText, isText, plainText, type Block, type Facts, type Heading, type Inline, type Table, type Text,
} from './document/document-model.js';

/** Author text for HTML: text and attribute values alike. */
export function escapeHtml(value: string | undefined): string {
    return (value ?? '').replace(/[&<>"']/g, char => ESCAPES[char]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };
const esc = escapeHtml;

/** The blocks as HTML; a heading and the block after it share one element that print keeps together. */
export function renderHtmlBlocks(blocks: readonly Block[]): string {
    const parts: string[] = [];
    for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        const next = blocks[i + 1];
        if (block.type === 'heading' && next && next.type !== 'heading') {
            parts.push(`<div class="keep">\n${renderBlock(block)}\n${renderBlock(next)}\n</div>`);
            i++;
        } else {
            parts.push(renderBlock(block));
        }
    }
    return parts.join('\n');
}

function renderBlock(block: Block): string {
    switch (block.type) {
        case 'heading': return renderHeading(block);
        case 'paragraph':
            return block.role === 'quote' ? `<blockquote><p>${inline(block.text)}</p></blockquote>`
                : `<p${block.role === 'note' ? ' class="note"' : ''}>${inline(block.text)}</p>`;
        case 'list': return `<ul>\n${block.items.map(item => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`;
        case 'facts': return renderFacts(block);
        case 'table': return renderTable(block);
        case 'group': return `<section class="block">\n${renderHtmlBlocks(block.blocks)}\n</section>`;
    }
}

function renderHeading(block: Heading): string {
    const tag = `h${block.level}`;
    return `<${tag}>${esc(headingText(block))}</${tag}>`;
}

/**
 * Label and value rows. Two short facts share a row (four cells), so that an action's block stays
 * short enough for two to a printed page; a long or listed value takes the whole width.
 */
function renderFacts(block: Facts): string {
    const cell = (value: Text | Block[]) => isText(value) ? inline(value) : value.map(renderBlock).join('\n');
    const isShort = (value: Text | Block[]) => isText(value) && plainText(value).length <= SHORT_FACT;
    const rows: string[] = [];
    for (let i = 0; i < block.rows.length; i++) {
        const row = block.rows[i];
        const next = block.rows[i + 1];
        if (next && isShort(row.value) && isShort(next.value)) {
            rows.push(`<tr><th scope="row">${esc(row.label)}</th><td>${cell(row.value)}</td><th scope="row">${esc(next.label)}</th><td>${cell(next.value)}</td></tr>`);
            i++;
        } else {
            rows.push(`<tr><th scope="row">${esc(row.label)}</th><td colspan="3">${cell(row.value)}</td></tr>`);
        }
    }
    return `<table class="facts"><colgroup><col class="w18"><col class="w32"><col class="w18"><col class="w32"></colgroup><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** How many characters a fact's value may have to share its row with another. */
const SHORT_FACT = 40;

function renderTable(block: Table): string {
    const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
    const widths = block.columns.map(column => Math.round(column.width * 1000 / total) / 10);
    // Widths are classes (w1 … w100, html-style.ts): the Content-Security-Policy allows no style attribute.
    const cols = widths.map(width => `<col class="w${Math.max(1, Math.min(100, Math.round(width)))}">`).join('');
    const head = block.columns.map(column => `<th scope="col">${esc(column.title)}</th>`).join('');
    const rows = block.rows.map(cells => `<tr>${block.columns.map((_, index) => `<td>${inline(cells[index] ?? [])}</td>`).join('')}</tr>`);
    return `<table class="grid"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** Text with strong words and markers: a marker is a badge holding its words, tinted by its tone. */
export function inline(text: Text): string {
    return (text as Inline[]).map(item => {
        if (typeof item === 'string') {
            return esc(item);
        }
        if (item.tone) {
            return `<span class="marker tone-${item.tone}">${esc(item.text)}</span>`;
        }
        return item.strong ? `<strong>${esc(item.text)}</strong>` : esc(item.text);
    }).join('');
}
