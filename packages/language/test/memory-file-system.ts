import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';

/** A file system held in memory (path -> text), for tests that need files such as appl.config.json. */
export class MemoryFileSystem implements FileSystemProvider {
    constructor(readonly files: Map<string, string> = new Map()) { }

    static of(files: Record<string, string>): MemoryFileSystem {
        return new MemoryFileSystem(new Map(Object.entries(files)));
    }

    async stat(uri: URI): Promise<FileSystemNode> { return this.statSync(uri); }
    statSync(uri: URI): FileSystemNode {
        if (this.files.has(uri.path)) return { uri, isFile: true, isDirectory: false };
        if (this.isFolder(uri.path)) return { uri, isFile: false, isDirectory: true };
        throw Object.assign(new Error(`no such file: ${uri.path}`), { code: 'ENOENT' });
    }
    async exists(uri: URI): Promise<boolean> { return this.existsSync(uri); }
    existsSync(uri: URI): boolean { return this.files.has(uri.path) || this.isFolder(uri.path); }
    async readBinary(uri: URI): Promise<Uint8Array> { return this.readBinarySync(uri); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.readFileSync(uri)); }
    async readFile(uri: URI): Promise<string> { return this.readFileSync(uri); }
    readFileSync(uri: URI): string {
        const text = this.files.get(uri.path);
        if (text === undefined) throw Object.assign(new Error(`no such file: ${uri.path}`), { code: 'ENOENT' });
        return text;
    }
    async readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.readDirectorySync(uri); }
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
        const names = new Set([...this.files.keys()].filter(path => path.startsWith(prefix)).map(path => path.slice(prefix.length).split('/')[0]));
        return [...names].map(name => this.statSync(URI.file(prefix + name)));
    }

    private isFolder(path: string): boolean {
        const prefix = path.endsWith('/') ? path : `${path}/`;
        return [...this.files.keys()].some(file => file.startsWith(prefix));
    }
}
