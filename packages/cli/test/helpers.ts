import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { nodeIo, type Io } from '../src/io.js';

/** A real Io over a temporary folder, with stdout and stderr recorded instead of printed. */
export interface RecordingIo extends Io {
    readonly out: string;
    readonly err: string;
}

export function recordingIo(cwd: string): RecordingIo {
    let out = '';
    let err = '';
    return {
        ...nodeIo(cwd),
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
