// Markdown building blocks. Everything an author typed goes through `text()` (prose) or `cell()`
// (tables), so that their words can never break the layout or inject HTML.

export function table(columns: string[], rows: string[][]): string {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [line(columns), line(columns.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Author text for prose: on one line, with Markdown's emphasis, code, HTML, table, link and image
 * characters escaped so that they show as typed: a plan's `[x](javascript:…)` or `![](https://…)` must
 * not become a live link or a remote image in whatever renders the export.
 */
export function text(value: string | undefined): string {
    return (value ?? '')
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/\t/g, ' ')
        .replace(/[\\`*<>|~[\]]/g, '\\$&')
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
}

/** Author text for a table cell: the same as prose (pipes and newlines are the cell's enemies). */
export function cell(value: string | undefined): string {
    return text(value);
}

/** Lets a sentence be followed by more words and its own full stop. */
export function withoutFullStop(sentence: string): string {
    return sentence.replace(/\.+$/, '');
}

export function capitalise(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
