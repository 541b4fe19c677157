import { inflateRawSync } from 'node:zlib';

/** One entry of a zip file (a part of a Word file), as text; undefined when the zip has no such entry. */
export function zipEntry(bytes: Uint8Array, name: string): string | undefined {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let offset = 0; offset + 30 <= data.length && data.readUInt32LE(offset) === 0x04034b50;) {
        const size = data.readUInt32LE(offset + 18);
        const nameLength = data.readUInt16LE(offset + 26);
        const start = offset + 30 + nameLength + data.readUInt16LE(offset + 28);
        if (data.toString('utf8', offset + 30, offset + 30 + nameLength) === name) {
            const content = data.subarray(start, start + size);
            return (data.readUInt16LE(offset + 8) === 8 ? inflateRawSync(content) : content).toString('utf8');
        }
        offset = start + size;
    }
    return undefined;
}
