import { readdir, stat } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import * as path from 'node:path';
import { URI, type DefaultSharedCoreModuleContext } from 'langium';
import { MAX_PLAN_FILE_BYTES, NodePlanFileSystem, NodePlanFileSystemContext } from 'appl-language/node';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isIgnoredBy, parseIgnoreFile, type IgnoreRule } from './gitignore.js';
import { isRegularFile, OutputRefused, writeOutput } from './output-file.js';
import { writeStdout } from './stdout.js';

/**
 * Everything the commands do to the outside world. Tests pass their own (a temporary folder as cwd,
 * recorded output), so commands run in-process without touching the terminal or the repository.
 */
export interface Io {
    /** Absolute; relative paths in arguments and output are relative to it. */
    readonly cwd: string;
    /** Whether stdout is a terminal (colours are for terminals only). */
    readonly stdoutIsTTY: boolean;
    /** The environment variables (NO_COLOR). */
    readonly env: Readonly<Record<string, string | undefined>>;
    stdout(text: string): void;
    stderr(text: string): void;
    /** All of stdin, as UTF-8 text (`appl check -`). Throws IoError. */
    readStdin(): Promise<string>;
    /**
     * Turns command-line paths (files, folders, globs) into absolute plan file paths, in the given
     * order, without duplicates. Folders and globs yield the *.appl files that .gitignore files do not
     * ignore (all of them with `noIgnore`). Throws UnmatchedPatternError when a folder or glob matches no
     * plan file, unless `errorOnUnmatchedPattern` is false (then it stands for no file).
     */
    expand(paths: readonly string[], options?: ExpandOptions): Promise<FoundFile[]>;
    /**
     * A file's text, or undefined when there is no such file. Throws IoError when it cannot be read, is
     * not a regular file (a device or a pipe could hang the read or never end) or is larger than a plan
     * can be.
     */
    readTextFile(file: string): Promise<string | undefined>;
    /** A file's bytes (an earlier Word export), or undefined when there is no such file. Throws IoError as readTextFile. */
    readFileBytes(file: string): Promise<Uint8Array | undefined>;
    /** Whether the path is a regular file, or a link to one. */
    isRegularFile(file: string): Promise<boolean>;
    /**
     * Writes a whole file or nothing (output-file.ts): a regular file through a temporary file and a
     * rename, keeping its mode and any link to it; a device or a pipe directly. Throws IoError for a
     * target it cannot or will not write (a folder, a pipe no one reads, a full disk).
     */
    writeFileAtomic(file: string, data: string | Uint8Array): Promise<void>;
    /** The root of the git repository holding the cwd (the nearest folder with a .git), if any. */
    repositoryRoot(): Promise<string | undefined>;
    /** How the language core reads plan files. */
    readonly fileSystem: DefaultSharedCoreModuleContext;
}

/** A plan file found from a command-line path. */
export interface FoundFile {
    /** Absolute. */
    file: string;
    /** The path or glob as given. */
    given: string;
    /** Named on the command line itself, rather than found in a folder or by a glob. */
    explicit: boolean;
}

/** A file or path the tool could not use; its message is one line, with paths relative to the cwd. */
export class IoError extends Error {}

/** A folder or glob that finds no plan file (`--no-error-on-unmatched-pattern` lets it pass). */
export class UnmatchedPatternError extends IoError {}

export interface ExpandOptions {
    /** Also find what .gitignore files ignore. */
    noIgnore?: boolean;
    /** False for --no-error-on-unmatched-pattern: a folder or glob that finds nothing is no error. */
    errorOnUnmatchedPattern?: boolean;
}

export const PLAN_EXTENSION = '.appl';

/** Folders a directory walk never enters: installed packages, and dot-folders such as .git. */
function isSkippedFolder(name: string): boolean {
    return name === 'node_modules' || name.startsWith('.');
}

export function nodeIo(cwd: string = process.cwd()): Io {
    return {
        cwd,
        stdoutIsTTY: process.stdout.isTTY === true,
        env: process.env,
        stdout: writeStdout,
        stderr: text => void process.stderr.write(text),
        readStdin: () => readStream(process.stdin),
        expand: (paths, options) => expandPaths(cwd, paths, options),
        readTextFile: file => readTextFile(cwd, file),
        readFileBytes: file => readFileBytes(cwd, file),
        isRegularFile: async file => isRegularFile(path.resolve(cwd, file)),
        writeFileAtomic: (file, data) => writeFileAtomic(cwd, file, data),
        repositoryRoot: () => findRepositoryRoot(cwd),
        fileSystem: NodePlanFileSystemContext,
    };
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
    const chunks: Buffer[] = [];
    let length = 0;
    try {
        for await (const chunk of stream) {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            length += bytes.length;
            // `appl check - < /dev/zero` must not fill the memory.
            if (length > MAX_PLAN_FILE_BYTES) {
                throw Object.assign(new Error('too large'), { code: 'EFBIG' });
            }
            chunks.push(bytes);
        }
    } catch (error) {
        throw new IoError(`cannot read stdin: ${describeFsError(error)}`);
    }
    return Buffer.concat(chunks).toString('utf8');
}

const planFiles = new NodePlanFileSystem();

export async function readTextFile(cwd: string, file: string): Promise<string | undefined> {
    const bytes = await readFileBytes(cwd, file);
    // Like readFile(…, 'utf8'): a byte order mark is kept, for the formatter to keep it.
    return bytes === undefined ? undefined : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export async function readFileBytes(cwd: string, file: string): Promise<Uint8Array | undefined> {
    const absolute = path.resolve(cwd, file);
    try {
        // The plan file system's read: regular files only, at most the size of a plan.
        return await planFiles.readBinary(URI.file(absolute));
    } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            return undefined;
        }
        throw new IoError(`cannot read ${displayPath(cwd, absolute)}: ${describeFsError(error)}`);
    }
}

/** The nearest folder at or above `start` that holds `.git` (a folder, or a file in a worktree). */
export async function findRepositoryRoot(start: string): Promise<string | undefined> {
    let folder = path.resolve(start);
    for (;;) {
        if (await stat(path.join(folder, '.git')).catch(() => undefined)) {
            return folder;
        }
        const parent = path.dirname(folder);
        if (parent === folder) {
            return undefined;
        }
        folder = parent;
    }
}

export async function expandPaths(cwd: string, paths: readonly string[], options: ExpandOptions = {}): Promise<FoundFile[]> {
    const found = new Map<string, FoundFile>();
    const ignores = options.noIgnore ? undefined : new GitIgnores(cwd);
    for (const given of paths.length > 0 ? paths : ['.']) {
        const { files, explicit } = await expandOrSkip(cwd, given, ignores, options.errorOnUnmatchedPattern !== false);
        for (const file of files) {
            if (!found.has(file)) {
                found.set(file, { file, given, explicit });
            }
        }
    }
    return [...found.values()];
}

/** expandPath, where a folder or glob that finds nothing is no file at all when unmatched patterns are allowed. */
async function expandOrSkip(cwd: string, given: string, ignores: GitIgnores | undefined, errorOnUnmatched: boolean): Promise<{ files: string[], explicit: boolean }> {
    try {
        return await expandPath(cwd, given, ignores);
    } catch (error) {
        if (error instanceof UnmatchedPatternError && !errorOnUnmatched) {
            return { files: [], explicit: false };
        }
        throw error;
    }
}

async function expandPath(cwd: string, given: string, ignores: GitIgnores | undefined): Promise<{ files: string[], explicit: boolean }> {
    const absolute = path.resolve(cwd, given);
    const stats = await stat(absolute).catch(() => undefined);
    if (stats?.isDirectory()) {
        const files = await walk(cwd, absolute, ignores);
        if (files.length === 0) {
            throw new UnmatchedPatternError(`no ${PLAN_EXTENSION} files in ${displayPath(cwd, absolute)}`);
        }
        return { files, explicit: false };
    }
    // A path that exists is taken literally even if it looks like a glob (file names may hold brackets).
    if (!stats && isDynamicPattern(given)) {
        return { files: await expandGlob(cwd, given, ignores), explicit: false };
    }
    // The language is chosen by extension: another file would not be read as a plan.
    if (stats && !absolute.endsWith(PLAN_EXTENSION)) {
        throw new IoError(`${displayPath(cwd, absolute)} is not a plan file: plan files end in ${PLAN_EXTENSION}`);
    }
    // A file named explicitly is checked even if ignored. A missing file is passed on: reading it
    // reports "no such file", like any unreadable file.
    return { files: [absolute], explicit: true };
}

/**
 * The plan files a glob matches, sorted. The folder before the first wildcard counts as named
 * explicitly (like a folder argument); below it, what .gitignore ignores is left out.
 */
async function expandGlob(cwd: string, pattern: string, ignores: GitIgnores | undefined): Promise<string[]> {
    const found = await glob(pattern, {
        cwd, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**'],
    }).catch((error: unknown) => {
        throw new IoError(`cannot expand ${pattern}: ${describeFsError(error)}`);
    });
    const base = path.resolve(cwd, staticPrefix(pattern));
    const files: string[] = [];
    for (const file of found.map(match => path.resolve(match)).sort(byPath)) {
        if (file.endsWith(PLAN_EXTENSION) && !await ignores?.isIgnoredBelow(base, file)) {
            files.push(file);
        }
    }
    if (files.length === 0) {
        throw new UnmatchedPatternError(`no ${PLAN_EXTENSION} files match ${pattern}`);
    }
    return files;
}

/** The folders of a glob before its first wildcard: "plans/2021" for "plans/2021/**\/*.appl". */
function staticPrefix(pattern: string): string {
    const segments = pattern.split('/');
    const fixed: string[] = [];
    for (const segment of segments.slice(0, -1)) {
        if (isDynamicPattern(segment)) break;
        fixed.push(segment);
    }
    return fixed.join('/') || '.';
}

/** Plan files under a folder, sorted so that output does not depend on the file system's order. */
async function walk(cwd: string, folder: string, ignores: GitIgnores | undefined): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
        throw new IoError(`cannot read ${displayPath(cwd, folder)}: ${describeFsError(error)}`);
    });
    const files: string[] = [];
    for (const entry of entries.sort((a, b) => byPath(a.name, b.name))) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!isSkippedFolder(entry.name) && !await ignores?.isIgnored(full, true)) {
                files.push(...await walk(cwd, full, ignores));
            }
        } else if (entry.name.endsWith(PLAN_EXTENSION) && (entry.isFile() || await isFile(full))
            && !await ignores?.isIgnored(full, false)) {
            // Symlinked files count; symlinked folders are not followed, so a walk cannot loop.
            files.push(full);
        }
    }
    return files;
}

async function isFile(file: string): Promise<boolean> {
    return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/**
 * The ignore files that apply to paths: `.git/info/exclude` and every `.gitignore` from the repository
 * root (else the cwd, for paths inside it) down to the path's folder. Read once per folder.
 */
class GitIgnores {
    private readonly byFolder = new Map<string, Promise<IgnoreRule[]>>();
    private readonly roots = new Map<string, Promise<{ root: string, exclude: IgnoreRule[] } | undefined>>();

    constructor(private readonly cwd: string) {}

    /** Whether the path itself is ignored (its folders are assumed not to be). */
    async isIgnored(file: string, isFolder: boolean): Promise<boolean> {
        const scope = await this.scopeOf(path.dirname(file));
        if (!scope) {
            return false;
        }
        const applicable: Array<{ rules: readonly IgnoreRule[], relative: string }> = [
            { rules: scope.exclude, relative: toSlashes(path.relative(scope.root, file)) },
        ];
        for (const folder of foldersFrom(scope.root, path.dirname(file))) {
            applicable.push({ rules: await this.rulesIn(folder), relative: toSlashes(path.relative(folder, file)) });
        }
        return isIgnoredBy(applicable, isFolder);
    }

    /** Whether the file, or a folder between `base` (not included) and it, is ignored. */
    async isIgnoredBelow(base: string, file: string): Promise<boolean> {
        const relative = path.relative(base, file);
        if (relative.startsWith('..') || path.isAbsolute(relative)) {
            return this.isIgnored(file, false);
        }
        let folder = base;
        for (const part of relative.split(path.sep).slice(0, -1)) {
            folder = path.join(folder, part);
            if (await this.isIgnored(folder, true)) {
                return true;
            }
        }
        return this.isIgnored(file, false);
    }

    private scopeOf(folder: string): Promise<{ root: string, exclude: IgnoreRule[] } | undefined> {
        let scope = this.roots.get(folder);
        if (!scope) {
            scope = (async () => {
                const repository = await findRepositoryRoot(folder);
                if (repository) {
                    const exclude = await planFiles.readFile(URI.file(path.join(repository, '.git', 'info', 'exclude'))).catch(() => '');
                    return { root: repository, exclude: parseIgnoreFile(exclude) };
                }
                const inCwd = !path.relative(this.cwd, folder).startsWith('..');
                return inCwd ? { root: this.cwd, exclude: [] } : undefined;
            })();
            this.roots.set(folder, scope);
        }
        return scope;
    }

    private rulesIn(folder: string): Promise<IgnoreRule[]> {
        let rules = this.byFolder.get(folder);
        if (!rules) {
            rules = planFiles.readFile(URI.file(path.join(folder, '.gitignore'))).then(parseIgnoreFile, () => []);
            this.byFolder.set(folder, rules);
        }
        return rules;
    }
}

/** `root` and each folder below it down to `folder` (which is inside root), outermost first. */
function foldersFrom(root: string, folder: string): string[] {
    const folders = [root];
    const relative = path.relative(root, folder);
    if (relative && !relative.startsWith('..')) {
        let current = root;
        for (const part of relative.split(path.sep)) {
            current = path.join(current, part);
            folders.push(current);
        }
    }
    return folders;
}

function toSlashes(file: string): string {
    return file.split(path.sep).join('/');
}

export async function writeFileAtomic(cwd: string, file: string, data: string | Uint8Array): Promise<void> {
    const target = path.resolve(cwd, file);
    // A turn of the event loop first: a signal (Ctrl-C, SIGTERM) is handled between two files, not after the last.
    await setImmediate();
    try {
        writeOutput(target, data);
    } catch (error) {
        const reason = error instanceof OutputRefused ? error.reason : describeFsError(error);
        throw new IoError(`cannot write ${displayPath(cwd, target)}: ${reason}`);
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
        case 'EPIPE': return 'the reader closed it';
        case 'ENOTREGULAR': return 'it is not a regular file (a device, a pipe or a socket)';
        case 'EFBIG': return `it is larger than ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB`;
    }
    return error instanceof Error ? error.message : String(error);
}

function byPath(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
