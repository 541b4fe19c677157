import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { runCheck, type CheckOptions } from '../src/commands/check.js';
import { nodeIo, type Io } from '../src/io.js';

/** A real Io over a temporary folder, with stdout and stderr recorded instead of printed. */
export interface RecordingIo extends Io {
    readonly out: string;
    readonly err: string;
}

export interface RecordingOptions {
    /** What stdin holds (`appl check -`). */
    stdin?: string;
    stdoutIsTTY?: boolean;
    env?: Record<string, string | undefined>;
    /** The repository root that SARIF paths are relative to; default: none (the cwd is used). */
    repositoryRoot?: string;
}

export function recordingIo(cwd: string, options: RecordingOptions = {}): RecordingIo {
    let out = '';
    let err = '';
    return {
        ...nodeIo(cwd),
        stdoutIsTTY: options.stdoutIsTTY ?? false,
        env: options.env ?? {},
        readStdin: async () => options.stdin ?? '',
        repositoryRoot: async () => options.repositoryRoot,
        stdout: text => { out += text; },
        stderr: text => { err += text; },
        get out() { return out; },
        get err() { return err; },
    };
}

/** A fresh temporary folder; tests never write into the repository. */
export async function makeTempDir(): Promise<string> {
    return mkdtemp(path.join(tmpdir(), 'appl-cli-test-'));
}

export async function removeTempDir(dir: string | undefined): Promise<void> {
    if (dir) {
        await rm(dir, { recursive: true, force: true });
    }
}

/** Writes files (relative path -> text) under a folder, creating subfolders. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
    for (const [name, text] of Object.entries(files)) {
        const file = path.join(dir, name);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text, 'utf8');
    }
}

/** Compares with a file in test/expected/; UPDATE_EXPECTED=1 rewrites the file first. */
export function expectToEqualFile(actual: string, name: string): void {
    const file = fileURLToPath(new URL(`./expected/${name}`, import.meta.url));
    if (process.env.UPDATE_EXPECTED === '1') {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, actual);
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The folder holding `teaching/`: small plans whose findings the format tests pin down. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Runs `appl check teaching` in-process from the fixtures folder (the repository root, for SARIF). */
export async function checkTeaching(options: Partial<CheckOptions> = {}, io: Partial<RecordingOptions> = {}) {
    const recording = recordingIo(FIXTURES, { repositoryRoot: FIXTURES, ...io });
    const code = await runCheck({ paths: ['teaching'], version: '0.1.0', ...options }, recording);
    return { code, out: recording.out, err: recording.err };
}

/** The shipped binary: bin/appl.cjs, which runs the bundle out/appl.cjs. */
export const APPL_BIN = fileURLToPath(new URL('../bin/appl.cjs', import.meta.url));

/**
 * Bundles the CLI from the current sources, as `npm run build` does (esbuild.mjs, about a second), so
 * that the binary runs what the other tests test. Safe to call from several test files at once.
 */
export async function buildBundle(): Promise<void> {
    await promisify(execFile)(process.execPath, [fileURLToPath(new URL('../esbuild.mjs', import.meta.url))]);
}

/** Runs the binary with stdin text and extra environment variables; never throws on a non-zero exit. */
export function spawnAppl(cwd: string, args: string[], stdin = '', env: Record<string, string> = {}) {
    return spawnNode(cwd, [APPL_BIN, ...args], stdin, env);
}

/**
 * Runs `node <argv>` with stdin text and extra environment variables (over `base`, this process's
 * environment unless given); never throws on a non-zero exit.
 */
export function spawnNode(cwd: string, argv: string[], stdin = '', env: Record<string, string> = {}, base: NodeJS.ProcessEnv = process.env) {
    return new Promise<{ code: number | null, stdout: string, stderr: string }>((resolve, reject) => {
        const child = execFile(process.execPath, argv, { cwd, env: { ...base, ...env } }, (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') {
                reject(error);
            } else {
                resolve({ code: error ? error.code as number : 0, stdout, stderr });
            }
        });
        child.stdin?.end(stdin);
    });
}
