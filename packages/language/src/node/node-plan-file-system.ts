// Plan files on a Node file system, for the CLI and the language server (`appl-language/node`).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { type DefaultSharedCoreModuleContext, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { FILE_TOO_LARGE, MAX_PLAN_FILE_BYTES, NOT_A_REGULAR_FILE, type PlanFileSystem } from '../workspace/plan-files.js';

/**
 * Langium's Node file system, reading only what can be a plan: `file:` URIs (an editor's `untitled:`
 * name is no path on disk), regular files (a FIFO would block the read forever, /dev/zero never ends),
 * of at most MAX_PLAN_FILE_BYTES. The file is opened without blocking and checked on the open handle,
 * so a file swapped for a pipe after a stat still cannot hang the read.
 */
export class NodePlanFileSystem extends NodeFileSystemProvider implements PlanFileSystem {
    override async readFile(uri: URI): Promise<string> {
        // Node's decoder, as Langium's: a byte order mark is kept, bytes that are not UTF-8 become U+FFFD.
        return Buffer.from(await this.readBinary(uri)).toString('utf8');
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        const handle = await open(pathOf(uri), constants.O_RDONLY | constants.O_NONBLOCK);
        try {
            const stats = await handle.stat();
            if (!stats.isFile()) {
                throw fileError(stats.isDirectory() ? 'EISDIR' : NOT_A_REGULAR_FILE, uri);
            }
            // Read to the end, as the file may have grown since the stat, but never past the cap.
            let buffer = Buffer.alloc(Math.min(stats.size, MAX_PLAN_FILE_BYTES) + 1);
            let length = 0;
            for (;;) {
                if (length === buffer.length) {
                    if (length > MAX_PLAN_FILE_BYTES) {
                        throw fileError(FILE_TOO_LARGE, uri);
                    }
                    const grown = Buffer.alloc(Math.min(length * 2, MAX_PLAN_FILE_BYTES + 1));
                    buffer.copy(grown);
                    buffer = grown;
                }
                const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
                if (bytesRead === 0) {
                    return buffer.subarray(0, length);
                }
                length += bytesRead;
            }
        } finally {
            await handle.close();
        }
    }

    override readFileSync(uri: URI): string {
        return Buffer.from(this.readBinarySync(uri)).toString('utf8');
    }

    /** The same checks, for the project config, which is read synchronously. */
    override readBinarySync(uri: URI): Uint8Array {
        const fd = openSync(pathOf(uri), constants.O_RDONLY | constants.O_NONBLOCK);
        try {
            const stats = fstatSync(fd);
            if (!stats.isFile()) {
                throw fileError(stats.isDirectory() ? 'EISDIR' : NOT_A_REGULAR_FILE, uri);
            }
            if (stats.size > MAX_PLAN_FILE_BYTES) {
                throw fileError(FILE_TOO_LARGE, uri);
            }
            const buffer = Buffer.alloc(stats.size + 1);
            let length = 0;
            for (let read = -1; read !== 0; length += read) {
                if (length === buffer.length) {
                    throw fileError(FILE_TOO_LARGE, uri); // it grew past its size; a config is small
                }
                read = readSync(fd, buffer, length, buffer.length - length, null);
            }
            return buffer.subarray(0, length);
        } finally {
            closeSync(fd);
        }
    }

    async realPath(uri: URI): Promise<URI> {
        return URI.file(await realpath(pathOf(uri)));
    }
}

/** The file system that `createApplServices` and `createApplLspServices` take, for Node. */
export const NodePlanFileSystemContext: DefaultSharedCoreModuleContext = {
    fileSystemProvider: () => new NodePlanFileSystem(),
};

function pathOf(uri: URI): string {
    if (uri.scheme !== 'file') {
        throw Object.assign(new Error(`${uri.toString()} is not a file on disk`), { code: 'ENOENT' });
    }
    return uri.fsPath;
}

function fileError(code: string, uri: URI): Error {
    return Object.assign(new Error(`cannot read ${uri.fsPath}: ${code}`), { code });
}
