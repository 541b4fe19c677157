// @ts-check
// The examples as a file system in memory (path -> text), so that fuzz inputs beside them can import them.
import { URI } from 'langium';

/** @implements {import('langium').FileSystemProvider} */
export class MemoryFiles {
    /** @param {Map<string, string>} files absolute path -> text */
    constructor(files) {
        this.files = files;
    }

    async stat(uri) { return this.statSync(uri); }
    statSync(uri) {
        if (this.files.has(uri.path)) return { uri, isFile: true, isDirectory: false };
        if (this.isFolder(uri.path)) return { uri, isFile: false, isDirectory: true };
        throw Object.assign(new Error(`no such file: ${uri.path}`), { code: 'ENOENT' });
    }
    async exists(uri) { return this.existsSync(uri); }
    existsSync(uri) { return this.files.has(uri.path) || this.isFolder(uri.path); }
    async readBinary(uri) { return this.readBinarySync(uri); }
    readBinarySync(uri) { return new TextEncoder().encode(this.readFileSync(uri)); }
    async readFile(uri) { return this.readFileSync(uri); }
    readFileSync(uri) {
        const text = this.files.get(uri.path);
        if (text === undefined) throw Object.assign(new Error(`no such file: ${uri.path}`), { code: 'ENOENT' });
        return text;
    }
    async readDirectory(uri) { return this.readDirectorySync(uri); }
    readDirectorySync(uri) {
        const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
        const names = new Set([...this.files.keys()].filter(path => path.startsWith(prefix)).map(path => path.slice(prefix.length).split('/')[0]));
        return [...names].map(name => this.statSync(URI.file(prefix + name)));
    }

    /** @param {string} path */
    isFolder(path) {
        const prefix = path.endsWith('/') ? path : `${path}/`;
        return [...this.files.keys()].some(file => file.startsWith(prefix));
    }
}
