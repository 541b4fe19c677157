// Writing output files (-o, --out-dir, and the plans that format and --fix rewrite) so that nothing is
// ever lost or left half-written: a regular file is replaced atomically, keeping its mode, and through a
// link to it; a device or a pipe is written directly; anything else is refused. Writes are synchronous,
// so that a signal (handled between them, see exitOnSignals) can never find a temporary file.
import { randomBytes } from 'node:crypto';
import {
    chmodSync, closeSync, constants, lstatSync, mkdirSync, openSync, readlinkSync, realpathSync, renameSync, statSync,
    unlinkSync, writeFileSync, writeSync, type Stats,
} from 'node:fs';
import * as path from 'node:path';

/** A target that cannot be written, and why, in a few words ("it is a folder"). */
export class OutputRefused extends Error {
    constructor(readonly reason: string) {
        super(reason);
    }
}

/** Temporary files that exist right now: none outside a write, but a signal handler checks anyway. */
const temporaryFiles = new Set<string>();

/**
 * Writes `text` (or bytes) to `target` (absolute): a new or regular file atomically (a temporary file in the same
 * folder, then a rename), keeping a regular file's mode and writing through a symbolic link to the file
 * it names; a character device (/dev/null, a terminal) or a FIFO with a reader directly. Creates missing
 * folders. Throws OutputRefused for a folder, a link to nothing, a FIFO no one reads, a socket or a disk,
 * and the file system's error (ENOSPC, EACCES, …) when a write fails.
 */
export function writeOutput(target: string, text: string | Uint8Array): void {
    const kind = kindOf(target);
    switch (kind.kind) {
        case 'missing':
            return replaceAtomically(target, text, undefined);
        case 'file':
            return replaceAtomically(realpathSync(target), text, kind.stats.mode & 0o7777);
        case 'device':
            return writeDirectly(target, text, constants.O_WRONLY);
        case 'fifo':
            return writeToFifo(target, text);
        case 'folder':
            throw new OutputRefused('it is a folder');
        case 'dangling':
            throw new OutputRefused(`it is a link to ${kind.to}, which does not exist`);
        case 'other':
            throw new OutputRefused('it is a socket or a disk, not a file');
    }
}

/** Whether `target` is a regular file, or a link to one: what an earlier export may have written. */
export function isRegularFile(target: string): boolean {
    try {
        return kindOf(target).kind === 'file';
    } catch {
        return false;
    }
}

type Kind =
    | { kind: 'missing' } | { kind: 'dangling', to: string } | { kind: 'file', stats: Stats }
    | { kind: 'folder' } | { kind: 'device' } | { kind: 'fifo' } | { kind: 'other' };

function kindOf(target: string): Kind {
    let stats: Stats;
    try {
        stats = statSync(target);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOTDIR') {
            return { kind: 'missing' }; // a file stands where a folder should be: creating the folder says so
        }
        if (code !== 'ENOENT') {
            throw error;
        }
        const link = lstatSync(target, { throwIfNoEntry: false });
        return link?.isSymbolicLink() ? { kind: 'dangling', to: readlinkSync(target) } : { kind: 'missing' };
    }
    if (stats.isFile()) return { kind: 'file', stats };
    if (stats.isDirectory()) return { kind: 'folder' };
    if (stats.isCharacterDevice()) return { kind: 'device' };
    if (stats.isFIFO()) return { kind: 'fifo' };
    return { kind: 'other' };
}

function replaceAtomically(target: string, text: string | Uint8Array, mode: number | undefined): void {
    const folder = path.dirname(target);
    try {
        mkdirSync(folder, { recursive: true });
    } catch (error) {
        // mkdir's way of saying that a file stands where a folder should be.
        throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(error as Error, { code: 'ENOTDIR' }) : error;
    }
    // Same folder as the target, so the rename never crosses file systems; readers see old or new, never half.
    const temporary = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    temporaryFiles.add(temporary);
    try {
        // `wx`: never through something already at that name.
        writeFileSync(temporary, text, { encoding: typeof text === 'string' ? 'utf8' : undefined, flag: 'wx' });
        if (mode !== undefined) {
            chmodSync(temporary, mode);
        }
        renameSync(temporary, target);
    } catch (error) {
        removeQuietly(temporary);
        throw error;
    } finally {
        temporaryFiles.delete(temporary);
    }
}

function writeToFifo(target: string, text: string | Uint8Array): void {
    // Opening a FIFO for writing waits for a reader; without one, say so instead of hanging.
    let probe: number;
    try {
        probe = openSync(target, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENXIO') {
            throw new OutputRefused('no process reads from it');
        }
        throw error;
    }
    try {
        writeDirectly(target, text, constants.O_WRONLY);
    } finally {
        closeSync(probe);
    }
}

function writeDirectly(target: string, text: string | Uint8Array, flags: number): void {
    const fd = openSync(target, flags);
    try {
        const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
        for (let written = 0; written < bytes.length;) {
            written += writeSync(fd, bytes, written, bytes.length - written);
        }
    } finally {
        closeSync(fd);
    }
}

function removeQuietly(file: string): void {
    try {
        unlinkSync(file);
    } catch {
        // already gone
    }
}

/**
 * On SIGINT, SIGTERM or SIGHUP: remove any temporary file, then end by the same signal (so that the
 * parent sees how the process ended). Writes are synchronous, so the handler runs between them.
 */
export function exitOnSignals(): void {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.once(signal, () => {
            for (const file of temporaryFiles) {
                removeQuietly(file);
            }
            process.kill(process.pid, signal);
        });
    }
}
