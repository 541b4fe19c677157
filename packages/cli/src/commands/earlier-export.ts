// Whether a file that an export would replace was written by an earlier export: `appl export` and
// `appl review` replace their own files, and refuse (without --force) to replace anything else.
import { inflateRawSync } from 'node:zlib';
import { EXPORT_SCHEMA_FILE, EXPORT_SCHEMA_URL } from 'appl-language';

/** The last paragraph of every Markdown export and the footer of every HTML export. */
const SIGNATURE = /^Exported by APPL from [\s\S]*\.$/;

/** An empty file, or a JSON, Markdown, HTML or Word export of APPL's. */
export function isEarlierExport(data: string | Uint8Array): boolean {
    if (typeof data !== 'string') {
        return data.length === 0 || isApplWordFile(data) || isEarlierExport(new TextDecoder().decode(data));
    }
    const trimmed = data.trim();
    if (trimmed === '') {
        return true;
    }
    if (trimmed.startsWith('{')) {
        try {
            // Exports name the schema's URL; before version 0.1.0 they named its file.
            const schema = (JSON.parse(trimmed) as { $schema?: unknown }).$schema;
            return schema === EXPORT_SCHEMA_URL || schema === EXPORT_SCHEMA_FILE;
        } catch {
            return false;
        }
    }
    if (trimmed.startsWith('<!DOCTYPE html>')) {
        const footer = /<footer><p>([^<]*)<\/p><\/footer>\s*<\/main>[\s\S]*<\/html>$/.exec(trimmed);
        return footer !== null && SIGNATURE.test(footer[1]);
    }
    const paragraphs = trimmed.split(/\n\s*\n/);
    return SIGNATURE.test(paragraphs[paragraphs.length - 1].replace(/\s*\n\s*/g, ' '));
}

/** A Word file (a zip) whose document properties name APPL as the creator, as renderDocx writes them. */
export function isApplWordFile(bytes: Uint8Array): boolean {
    const core = zipEntry(bytes, 'docProps/core.xml');
    return core !== undefined && /<dc:creator>APPL<\/dc:creator>/.test(core);
}

/** One entry of a zip file as text, read from its local header; undefined when absent or unreadable. */
function zipEntry(bytes: Uint8Array, name: string): string | undefined {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 0;
    while (offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50) {
        const flags = view.getUint16(offset + 6, true);
        const method = view.getUint16(offset + 8, true);
        const compressedSize = view.getUint32(offset + 18, true);
        const nameLength = view.getUint16(offset + 26, true);
        const extraLength = view.getUint16(offset + 28, true);
        const entryName = new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLength));
        const start = offset + 30 + nameLength + extraLength;
        if ((flags & 0x08) !== 0) {
            // Sizes follow the data in a descriptor: not how our exports are written.
            return undefined;
        }
        if (entryName === name) {
            const data = bytes.subarray(start, start + compressedSize);
            try {
                return new TextDecoder().decode(method === 0 ? data : method === 8 ? inflateRawSync(data) : new Uint8Array());
            } catch {
                return undefined;
            }
        }
        offset = start + compressedSize;
    }
    return undefined;
}
