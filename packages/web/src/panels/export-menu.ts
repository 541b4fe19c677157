// "Export as …": the formats a plan can be downloaded in, one row each. The server writes the export
// (appl/exportPlan, the same text `appl export` writes); the page only saves it. A new format is one
// row here once the server exports it.
import type { ExportFormat } from 'appl-language/protocol';

export interface ExportChoice {
    format: ExportFormat;
    /** What the menu shows. */
    label: string;
    mimeType: string;
    /** How the server's text becomes the file's bytes: as it is, or decoded from base64 (a binary format). */
    encoding: 'text' | 'base64';
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
    {
        format: 'docx', label: 'Word document (.docx)', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        encoding: 'base64',
    },
    { format: 'html', label: 'Web page for printing (.html)', mimeType: 'text/html', encoding: 'text' },
    { format: 'markdown', label: 'Markdown document (.md)', mimeType: 'text/markdown', encoding: 'text' },
    { format: 'json', label: 'JSON data (.json)', mimeType: 'application/json', encoding: 'text' },
];

/** The bytes to download for an export's text. */
export function exportBlob(choice: ExportChoice, text: string): Blob {
    if (choice.encoding === 'base64') {
        return new Blob([Uint8Array.from(atob(text), character => character.charCodeAt(0))], { type: choice.mimeType });
    }
    return new Blob([text], { type: `${choice.mimeType};charset=utf-8` });
}
