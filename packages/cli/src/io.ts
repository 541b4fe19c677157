import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { DefaultSharedCoreModuleContext } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * Everything the commands do to the outside world. Tests pass their own (a temporary folder as cwd,
 * recorded output), so commands run in-process without touching the terminal or the repository.
 */
export interface Io {
    /** Absolute; relative paths in arguments and output are relative to it. */
    readonly cwd: string;
    stdout(text: string): void;
    stderr(text: string): void;
    /**
     * Turns command-line paths (files, folders, globs) into absolute file paths, in the given order,
     * without duplicates. Throws IoError when a folder or glob matches no plan file.
     */
    expand(paths: readonly string[]): Promise<string[]>;
    /** Writes a whole file or nothing: a temporary file in the same folder, then a rename. Throws IoError. */
    writeFileAtomic(file: string, text: string): Promise<void>;
    /** How the language core reads plan files. */
    readonly fileSystem: DefaultSharedCoreModuleContext;
}

/** A file or path the tool could not use; its message is one line, with paths relative to the cwd. */
export class IoError extends Error {}

export const PLAN_EXTENSION = '.appl';

/** Folders a directory walk never enters: installed packages, and dot-folders such as .git. */
function isSkippedFolder(name: string): boolean {
    return name === 'node_modules' || name.startsWith('.');
}

export function nodeIo(cwd: string = process.cwd()): Io {
    return {
        cwd,
        stdout: text => void process.stdout.write(text),
        stderr: text => void process.stderr.write(text),
        expand: paths => expandPaths(cwd, paths),
        writeFileAtomic: (file, text) => writeFileAtomic(cwd, file, text),
        fileSystem: NodeFileSystem,
    };
}

export async function expandPaths(cwd: string, paths: readonly string[]): Promise<string[]> {
    const files = new Set<string>();
    for (const given of paths.length > 0 ? paths : ['.']) {
        for (const file of await expandPath(cwd, given)) {
            files.add(file);
        }
    }
    return [...files];
}

async function expandPath(cwd: string, given: string): Promise<string[]> {
    const absolute = path.resolve(cwd, given);
    const stats = await stat(absolute).catch(() => undefined);
    if (stats?.isDirectory()) {
        const files = await walk(cwd, absolute);
        if (files.length === 0) {
            throw new IoError(`no ${PLAN_EXTENSION} files in ${displayPath(cwd, absolute)}`);
        }
        return files;
    }
    // A path that exists is taken literally even if it looks like a glob (file names may hold brackets).
    if (!stats && isDynamicPattern(given)) {
        const files = await glob(given, {
            cwd, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**'],
        });
        if (files.length === 0) {
            throw new IoError(`no files match ${given}`);
        }
        return files.map(file => path.resolve(file)).sort(byPath);
    }
    // A missing file is passed on: reading it reports "no such file", like any unreadable file.
    return [absolute];
}

/** Plan files under a folder, sorted so that output does not depend on the file system's order. */
async function walk(cwd: string, folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
        throw new IoError(`cannot read ${displayPath(cwd, folder)}: ${describeFsError(error)}`);
    });
    const files: string[] = [];
    for (const entry of entries.sort((a, b) => byPath(a.name, b.name))) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!isSkippedFolder(entry.name)) {
                files.push(...await walk(cwd, full));
            }
        } else if (entry.name.endsWith(PLAN_EXTENSION) && (entry.isFile() || await isFile(full))) {
            // Symlinked files count; symlinked folders are not followed, so a walk cannot loop.
            files.push(full);
        }
    }
    return files;
}

async function isFile(file: string): Promise<boolean> {
    return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

export async function writeFileAtomic(cwd: string, file: string, text: string): Promise<void> {
    const target = path.resolve(cwd, file);
    const folder = path.dirname(target);
    // Same folder as the target, so the rename never crosses file systems; readers see old or new, never half.
    const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await mkdir(folder, { recursive: true }).catch((error: { code?: string }) => {
            // mkdir's way of saying that a file stands where a folder should be.
            throw error.code === 'EEXIST' ? Object.assign(error, { code: 'ENOTDIR' }) : error;
        });
        await writeFile(temp, text, 'utf8');
        await rename(temp, target);
    } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw new IoError(`cannot write ${displayPath(cwd, target)}: ${describeFsError(error)}`);
    }
}

/** A path as the user would write it from the cwd. */
export function displayPath(cwd: string, file: string): string {
    return path.relative(cwd, file) || '.';
}

export function describeFsError(error: unknown): string {
    switch ((error as { code?: string })?.code) {
        case 'ENOENT': return 'no such file';
        case 'EISDIR': return 'it is a folder';
        case 'ENOTDIR': return 'a parent is not a folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EROFS': return 'read-only file system';
        case 'ENOSPC': return 'no space left on device';
    }
    return error instanceof Error ? error.message : String(error);
}

function byPath(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
