// @ts-check
// Reads one entry of a zip file, such as a Word file's word/document.xml, for the end-to-end suites
// that open the Word exports (the documents suite, the web page's downloads).
import { inflateRawSync } from 'node:zlib';

/** One entry of a zip file, as text. @param {Buffer} bytes @param {string} name */
export function zipEntry(bytes, name) {
    for (let offset = 0; offset + 30 <= bytes.length && bytes.readUInt32LE(offset) === 0x04034b50;) {
        const size = bytes.readUInt32LE(offset + 18);
        const nameLength = bytes.readUInt16LE(offset + 26);
        const start = offset + 30 + nameLength + bytes.readUInt16LE(offset + 28);
        if (bytes.toString('utf8', offset + 30, offset + 30 + nameLength) === name) {
            const data = bytes.subarray(start, start + size);
            return (bytes.readUInt16LE(offset + 8) === 8 ? inflateRawSync(data) : data).toString('utf8');
        }
        offset = start + size;
    }
    throw new Error(`${name} is not in the zip file`);
}
