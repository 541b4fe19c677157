// A ReportDocument as Markdown that reads well on GitHub and in print and that markdownlint passes
// with its default configuration: lines of 80 characters at most (headings too), no tables (a row
// becomes a list item with a line per column), no repeated headings, no trailing punctuation in
// headings. Everything an author typed goes through `text()` (markdown-syntax.ts), so their words can
// never break the layout or inject HTML.
import {
    headingText, isText, type Block, type Facts, type Heading, type Inline, type ReportDocument, type Table, type Text,
} from './document/document-model.js';
import { text as escaped } from './markdown-syntax.js';

/** markdownlint's default line length (MD013), for headings and text alike. */
const WIDTH = 80;

/** The document as Markdown, ending with one newline. */
export function renderMarkdownDocument(document: ReportDocument): string {
    const headings = new UniqueHeadings();
    const parts: string[] = [
        ...renderHeading({ type: 'heading', level: 1, text: document.title }, headings),
        paragraph(inline([document.subtitle])),
    ];
    let previous: Block | undefined;
    for (const block of flatten(document.blocks)) {
        const rendered = renderBlock(block, headings);
        if (isQuote(block) && previous && isQuote(previous)) {
            // Two quotes in a row would read as one quote with a blank line inside it (MD028).
            parts[parts.length - 1] += `\n>\n${rendered.join('\n\n')}`;
        } else {
            parts.push(...rendered);
        }
        previous = block;
    }
    parts.push(paragraph(inline([document.colophon])));
    return parts.join('\n\n') + '\n';
}

function flatten(blocks: readonly Block[]): Block[] {
    return blocks.flatMap(block => block.type === 'group' ? flatten(block.blocks) : [block]);
}

function isQuote(block: Block): boolean {
    return block.type === 'paragraph' && block.role === 'quote';
}

function renderBlock(block: Block, headings: UniqueHeadings): string[] {
    switch (block.type) {
        case 'heading': return renderHeading(block, headings);
        case 'paragraph': return [block.role === 'quote' ? wrap(inline(block.text), '> ', '> ') : paragraph(inline(block.text))];
        case 'list': return [block.items.map(item => wrap(inline(item), '- ', '  ')).join('\n')];
        case 'facts': return [renderFacts(block)];
        case 'table': return [renderTable(block)];
        case 'group': return flatten(block.blocks).flatMap(inner => renderBlock(inner, headings));
    }
}

/**
 * `## Area 2: Inclusion in schools`; a heading longer than a line keeps as many words as fit, then
 * "…", and the whole of it follows as the first paragraph under it.
 */
function renderHeading(block: Heading, headings: UniqueHeadings): string[] {
    const marks = '#'.repeat(block.level) + ' ';
    const full = withoutClosingPunctuation(escaped(headingText(block)));
    if (marks.length + full.length <= WIDTH) {
        return [marks + headings.unique(full)];
    }
    const words = full.split(' ');
    let short = '';
    // Room for " …" and a repeat's " (2)".
    while (words.length > 0 && marks.length + short.length + words[0].length + 7 <= WIDTH) {
        short += (short ? ' ' : '') + words.shift();
    }
    return [marks + headings.unique(`${withoutClosingPunctuation(short)} …`), paragraph(escaped(block.text))];
}

/** markdownlint's MD026: a heading does not end in . , ; : or ! */
function withoutClosingPunctuation(heading: string): string {
    return heading.replace(/[.,;:!]+$/, '');
}

/** markdownlint's MD024: no two headings alike. A repeat gets its number: "Reviews (2)". */
class UniqueHeadings {
    private readonly seen = new Map<string, number>();

    unique(heading: string): string {
        const times = (this.seen.get(heading) ?? 0) + 1;
        this.seen.set(heading, times);
        return times === 1 ? heading : `${heading} (${times})`;
    }
}

/** `- **Lead:** Jane Doe`, and a nested list for a value that is a list. */
function renderFacts(block: Facts): string {
    return block.rows.map(({ label, value }) => {
        const head = `**${escaped(label)}:**`;
        if (isText(value)) {
            return wrap(`${head} ${inline(value)}`, '- ', '  ');
        }
        const nested = value.flatMap(inner => inner.type === 'list'
            ? inner.items.map(item => wrap(inline(item), '  - ', '    '))
            : inner.type === 'paragraph' ? [wrap(inline(inner.text), '  ', '  ')] : []);
        return [`- ${head}`, ...nested].join('\n');
    }).join('\n');
}

/** Each row as a list item: the first cell, then one line per other column, "Column: value". */
function renderTable(block: Table): string {
    return block.rows.map(cells => {
        const [first, ...rest] = cells;
        const lines = [wrap(inline(first ?? []) || 'Untitled', '- ', '  ')];
        rest.forEach((cell, index) => {
            const value = inline(cell);
            lines.push(wrap(`${escaped(block.columns[index + 1]?.title ?? '')}: ${value || 'None'}`, '  - ', '    '));
        });
        return lines.join('\n');
    }).join('\n');
}

/** Author text escaped; strong text and markers in bold, with spaces kept outside the marks. */
function inline(text: Text): string {
    const parts: Array<{ words: string, bold: boolean }> = [];
    for (const item of text as Inline[]) {
        const words = typeof item === 'string' ? item : item.text;
        const bold = typeof item !== 'string' && (item.strong === true || item.tone !== undefined);
        const last = parts[parts.length - 1];
        if (last && last.bold === bold) {
            last.words += words;
        } else {
            parts.push({ words, bold });
        }
    }
    return parts.map(({ words, bold }) => {
        const clean = escaped(words);
        if (!bold || clean.trim() === '') {
            return clean;
        }
        const [, before, core, after] = /^(\s*)(.*?)(\s*)$/.exec(clean)!;
        return `${before}**${core}**${after}`;
    }).join('').replace(/ {2,}/g, ' ').trim();
}

function paragraph(text: string): string {
    return wrap(text, '', '');
}

/**
 * Fills lines of at most 80 characters. A word that would start a new block if it began a line (a
 * list marker, a heading's #, an ordered list's "1.") takes the word before it onto the next line
 * with it; one that begins the text is escaped.
 */
export function wrap(text: string, firstPrefix: string, restPrefix: string): string {
    const lines: string[][] = [];
    let line: string[] = [];
    let prefix = firstPrefix;
    const length = (words: string[]) => prefix.length + words.join(' ').length;
    for (const word of escapeStart(text).split(' ').filter(Boolean)) {
        if (line.length > 0 && length([...line, word]) > WIDTH) {
            const carried = startsBlock(word) && line.length > 1 ? [line.pop()!] : [];
            lines.push(line);
            prefix = restPrefix;
            line = [...carried, word];
        } else {
            line.push(word);
        }
    }
    lines.push(line);
    return lines.map((words, index) => `${index === 0 ? firstPrefix : restPrefix}${words.join(' ')}`.trimEnd()).join('\n');
}

/** A list marker, a heading's #s, a rule or setext underline, an ordered list's "1.": block starts at a line's start. */
function startsBlock(word: string): boolean {
    return /^(#{1,6}|[-+]|[-=_*\\]{2,}|\d{1,9}[.)])$/.test(word);
}

/** Text that would begin a block of its own (a list, a heading) is escaped at its start. */
function escapeStart(text: string): string {
    return text.replace(/^([-+#=])/, '\\$1').replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3');
}
