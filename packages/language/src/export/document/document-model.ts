// The document a reviewer receives, laid out once: sections, blocks, tables and the words, with no
// format in them. The Word, Markdown and HTML renderers each turn the same ReportDocument into their
// own format, so the three always say the same thing in the same order. Plain data, nothing escaped:
// each renderer escapes what it prints.

/**
 * A colour hint that always comes with words ("Red", "Met"): colour is never the only carrier of a
 * fact. `red`/`amber`/`green` are RAG ratings; `grey` is "not yet due" or "not stated".
 */
export type Tone = 'red' | 'amber' | 'green' | 'grey';

export interface Span {
    text: string;
    strong?: boolean;
    /** Shown as a marker: a coloured cell or badge in Word and HTML, the words alone in Markdown. */
    tone?: Tone;
}

/** A run of text: plain strings and spans, in order. */
export type Inline = string | Span;
export type Text = Inline[];

export interface Heading {
    type: 'heading';
    /** 1 is the document's title; sections are 2, their parts 3 and 4. */
    level: 1 | 2 | 3 | 4;
    /** A short name that identifies the heading on its own ("Action 2.1"), when `text` may be long. */
    label?: string;
    /** The rest of the heading ("Deliver the inclusion training offer"); the whole heading without a label. */
    text: string;
    /** Starts a new page in Word (after the one-page dashboard); print from HTML flows on. */
    newPage?: boolean;
}

export interface Paragraph {
    type: 'paragraph';
    text: Text;
    /** `quote`: words quoted from a letter or inspection report; `note`: an aside in smaller print. */
    role?: 'quote' | 'note';
}

export interface List {
    type: 'list';
    items: Text[];
}

/** Label and value pairs: a two-column table in Word and HTML, a list in Markdown. */
export interface Facts {
    type: 'facts';
    rows: Array<{ label: string, value: Text | Block[] }>;
}

export interface Column {
    title: string;
    /** Relative width (the widths of a table's columns are shares of its width). */
    width: number;
}

/**
 * A grid with a header row that repeats on every page. Markdown has no tables that fit a printed
 * column, so there each row becomes a block of its own: the first cell as its title, the others as
 * "column: value" lines.
 */
export interface Table {
    type: 'table';
    columns: Column[];
    rows: Text[][];
}

/** Blocks that belong together and should not be split across pages: an action, a measure. */
export interface Group {
    type: 'group';
    blocks: Block[];
}

export type Block = Heading | Paragraph | List | Facts | Table | Group;

export interface ReportDocument {
    /** The document's title (its one level-1 heading). */
    title: string;
    /** What the document is, under the title: "Accelerated progress plan (APP), position at 8 January 2024". */
    subtitle: string;
    /** The title at the top of every printed page. */
    runningTitle: string;
    blocks: Block[];
    /** The last line: where the document comes from. */
    colophon: string;
}

// ---------------------------------------------------------------- building blocks

export function heading(level: Heading['level'], text: string, label?: string): Heading {
    return label ? { type: 'heading', level, label, text } : { type: 'heading', level, text };
}

export function paragraph(...text: Inline[]): Paragraph {
    return { type: 'paragraph', text };
}

export function quote(text: string): Paragraph {
    return { type: 'paragraph', text: [text], role: 'quote' };
}

export function note(...text: Inline[]): Paragraph {
    return { type: 'paragraph', text, role: 'note' };
}

export function list(items: Text[]): List {
    return { type: 'list', items };
}

export function facts(rows: Array<[string, Text | Block[]]>): Facts {
    return { type: 'facts', rows: rows.map(([label, value]) => ({ label, value })) };
}

export function table(columns: Array<[string, number]>, rows: Text[][]): Table {
    return { type: 'table', columns: columns.map(([title, width]) => ({ title, width })), rows };
}

export function group(...blocks: Block[]): Group {
    return { type: 'group', blocks };
}

export function strong(text: string): Span {
    return { text, strong: true };
}

export function marker(text: string, tone: Tone): Span {
    return { text, tone };
}

/** The heading as one line: "Action 2.1: Deliver …", or the text alone. */
export function headingText(block: Heading): string {
    return block.label ? `${block.label}: ${block.text}` : block.text;
}

/** The words of a run of text, without marks. */
export function plainText(text: Text): string {
    return text.map(inline => typeof inline === 'string' ? inline : inline.text).join('');
}

/** Whether a fact's value is a run of text rather than blocks. */
export function isText(value: Text | Block[]): value is Text {
    return value.every(item => typeof item === 'string' || !('type' in item));
}
