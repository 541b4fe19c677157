import type { FileSystemProvider, URI } from 'langium';

/** The largest plan file read: a real plan is well under 1 MB; this keeps a runaway file from filling memory. */
export const MAX_PLAN_FILE_BYTES = 16 * 1024 * 1024;

/** The extension every plan file has: the language is chosen by it. */
export const PLAN_FILE_EXTENSION = '.appl';

/**
 * Error codes a plan file system gives beside Node's (ENOENT, EACCES, …) when it refuses to read a file:
 * a device, a pipe or a socket; a file larger than MAX_PLAN_FILE_BYTES.
 */
export const NOT_A_REGULAR_FILE = 'ENOTREGULAR';
export const FILE_TOO_LARGE = 'EFBIG';

/**
 * A FileSystemProvider that can also say where a path really leads (symbolic links resolved), so that
 * an import cannot reach outside its project through a link. The Node one is `appl-language/node`;
 * without it (an in-memory file system) paths are compared as written.
 */
export interface PlanFileSystem extends FileSystemProvider {
    realPath(uri: URI): Promise<URI>;
}

export function isPlanFileSystem(fileSystem: FileSystemProvider): fileSystem is PlanFileSystem {
    return typeof (fileSystem as Partial<PlanFileSystem>).realPath === 'function';
}

/** Why a file could not be read, in a few words an author understands ("no such file"). */
export function describeReadError(error: unknown): string {
    switch ((error as { code?: string })?.code) {
        case 'ENOENT': return 'no such file';
        case 'EISDIR': return 'it is a folder';
        case 'ENOTDIR': return 'a parent is not a folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case NOT_A_REGULAR_FILE: return 'it is not a regular file (a device, a pipe or a socket)';
        case FILE_TOO_LARGE: return `it is larger than ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB`;
    }
    return error instanceof Error ? error.message : String(error);
}

/** Whether `path` is `folder` or lies below it (both absolute, `/`-separated). */
export function isInsideFolder(folder: string, path: string): boolean {
    const base = folder.endsWith('/') ? folder : `${folder}/`;
    return path === folder || path.startsWith(base);
}
