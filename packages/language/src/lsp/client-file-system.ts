import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ReadDirectoryRequest, ReadFileRequest, type DirectoryEntry, type FileParams } from './protocol.js';

/**
 * The file system of the browser server (main-browser.ts), which has no disk: every read is a request
 * to the client (protocol.ts), which answers from the editor's workspace (VS Code's workspace.fs on
 * vscode.dev and github.dev) or from the page's own files (the web page). Only the asynchronous reads
 * are possible; the synchronous ones find nothing, so the project config (read synchronously, for
 * `file:` URIs only) is not read in the browser and every rule keeps its default level.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Pick<Connection, 'sendRequest'>) {}

    async readFile(uri: URI): Promise<string> {
        const text = await this.connection.sendRequest<string | null>(ReadFileRequest.method, params(uri));
        if (typeof text !== 'string') {
            throw new Error(`${uri.toString()} does not exist or cannot be read`);
        }
        return text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.connection.sendRequest<DirectoryEntry[] | null>(ReadDirectoryRequest.method, params(uri));
        if (!Array.isArray(entries)) {
            throw new Error(`${uri.toString()} is not a folder the editor can read`);
        }
        return entries.map(entry => ({ uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory }));
    }

    /** What a URI is, from the two reads the client answers: a file has text, a folder has entries. */
    async stat(uri: URI): Promise<FileSystemNode> {
        if (await this.exists(uri)) {
            return { uri, isFile: true, isDirectory: false };
        }
        await this.readDirectory(uri);
        return { uri, isFile: false, isDirectory: true };
    }

    async exists(uri: URI): Promise<boolean> {
        return typeof await this.connection.sendRequest<string | null>(ReadFileRequest.method, params(uri)) === 'string';
    }

    statSync(uri: URI): FileSystemNode {
        throw new Error(`${uri.toString()}: the browser server reads files only asynchronously`);
    }

    existsSync(): boolean {
        return false;
    }

    readBinarySync(uri: URI): Uint8Array {
        throw new Error(`${uri.toString()}: the browser server reads files only asynchronously`);
    }

    readFileSync(uri: URI): string {
        throw new Error(`${uri.toString()}: the browser server reads files only asynchronously`);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        throw new Error(`${uri.toString()}: the browser server reads folders only asynchronously`);
    }
}

function params(uri: URI): FileParams {
    return { uri: uri.toString() };
}
