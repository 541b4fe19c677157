// Where the CLI's output goes, as a careless user or a CI job sends it: -o onto links, devices and pipes,
// stdout into a full disk or a pipe closed early, SIGTERM in the middle of an export, and an unreadable
// plan among many. The shipped binary runs each case (under a memory and time limit, so that a
// regression cannot take the machine down with it).
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { closeSync, openSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { BROKEN_PLAN, CLEAN_PLAN } from './fixtures.js';
import { APPL_BIN, buildBundle, makeTempDir, removeTempDir, writeFiles } from './helpers.js';

interface Run {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
}

/**
 * Runs the binary in `cwd` with at most 4 GB of address space and 30 s; `stdout` may be a file
 * descriptor to write to instead of a pipe; `onStart` sees the child as soon as it runs.
 */
function runAppl(cwd: string, args: string[], options: { stdout?: number, onStart?: (child: ReturnType<typeof spawn>) => void } = {}): Promise<Run> {
    return new Promise((resolve, reject) => {
        const quoted = [process.execPath, APPL_BIN, ...args].map(arg => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
        const child = spawn('bash', ['-c', `ulimit -v 4000000; exec ${quoted}`], {
            cwd, stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'], timeout: 30_000, killSignal: 'SIGKILL',
        });
        let stdout = '';
        let stderr = '';
        child.stdout?.on('data', chunk => { stdout += chunk; });
        child.stderr?.on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
        options.onStart?.(child);
    });
}

/** Every file under a folder, relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
    return (await readdir(folder, { recursive: true, withFileTypes: true }))
        .filter(entry => !entry.isDirectory())
        .map(entry => path.relative(folder, path.join(entry.parentPath, entry.name)))
        .sort();
}

describe('output safety', () => {
    let dir: string;
    beforeAll(buildBundle, 60_000);
    beforeEach(async () => {
        dir = await makeTempDir();
        await writeFiles(dir, { 'clean.appl': CLEAN_PLAN, 'broken.appl': BROKEN_PLAN });
    });
    afterEach(async () => { await removeTempDir(dir); });

    test('-o onto a link to a regular file writes through the link, keeping the file\'s mode', async () => {
        await writeFile(path.join(dir, 'report.txt'), 'old');
        await chmod(path.join(dir, 'report.txt'), 0o640);
        await symlink('report.txt', path.join(dir, 'latest.txt'));
        const run = await runAppl(dir, ['check', 'clean.appl', '-o', 'latest.txt']);
        expect(run).toMatchObject({ code: 0, stderr: '' });
        expect(await readlink(path.join(dir, 'latest.txt'))).toBe('report.txt');
        expect(await readFile(path.join(dir, 'report.txt'), 'utf8')).toContain('No problems in 1 file.');
        expect((await stat(path.join(dir, 'report.txt'))).mode & 0o777).toBe(0o640);
        expect(await filesUnder(dir)).toEqual(['broken.appl', 'clean.appl', 'latest.txt', 'report.txt']);
    });

    test('-o onto a character device writes to it and leaves it a device (through a link: /dev/null)', async () => {
        await symlink('/dev/null', path.join(dir, 'null'));
        const run = await runAppl(dir, ['check', 'broken.appl', '-o', 'null']);
        expect(run).toMatchObject({ code: 1, stderr: '' });
        expect((await lstat(path.join(dir, 'null'))).isSymbolicLink()).toBe(true);
        expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
    });

    test('-o onto a FIFO writes to its reader, and refuses at once when no one reads it', async () => {
        const fifo = path.join(dir, 'pipe');
        execFileSync('mkfifo', [fifo]);
        const refused = await runAppl(dir, ['check', 'clean.appl', '-o', 'pipe']);
        expect(refused).toMatchObject({ code: 2, stdout: '', stderr: 'appl: cannot write pipe: no process reads from it\n' });
        let received = '';
        const run = runAppl(dir, ['check', 'clean.appl', '-o', 'pipe']);
        const reader = createReadStream(fifo, 'utf8');
        reader.on('data', chunk => { received += chunk; });
        await new Promise(resolve => reader.on('close', resolve));
        expect(await run).toMatchObject({ code: 0, stderr: '' });
        expect(received).toContain('No problems in 1 file.');
    });

    test('-o onto a full device (a link to /dev/full) fails with exit 2 and one line, for check and export', async () => {
        await symlink('/dev/full', path.join(dir, 'full.json'));
        expect(await runAppl(dir, ['check', 'clean.appl', '-o', 'full.json']))
            .toMatchObject({ code: 2, stdout: '', stderr: 'appl: cannot write full.json: no space left on device\n' });
        expect(await runAppl(dir, ['export', 'clean.appl', '-o', 'full.json']))
            .toMatchObject({ code: 2, stdout: '', stderr: 'appl: cannot write full.json: no space left on device\n' });
    });

    test('-o onto a folder, or a link to nothing, is refused with exit 2', async () => {
        await mkdir(path.join(dir, 'out'));
        await symlink('nowhere/report.txt', path.join(dir, 'dangling.txt'));
        expect(await runAppl(dir, ['check', 'clean.appl', '-o', 'out']))
            .toMatchObject({ code: 2, stderr: 'appl: cannot write out: it is a folder\n' });
        expect(await runAppl(dir, ['check', 'clean.appl', '-o', 'dangling.txt']))
            .toMatchObject({ code: 2, stderr: 'appl: cannot write dangling.txt: it is a link to nowhere/report.txt, which does not exist\n' });
    });

    test('stdout on a full disk: exit 2 and one line on stderr, no stack trace', async () => {
        const full = openSync('/dev/full', 'w');
        try {
            const run = await runAppl(dir, ['check', 'broken.appl'], { stdout: full });
            expect(run).toMatchObject({ code: 2, stderr: 'appl: cannot write to stdout: no space left on device\n' });
        } finally {
            closeSync(full);
        }
    });

    test('stdout closed early (appl check | head -1): quiet, with the exit code the findings deserve', async () => {
        const errors = Array.from({ length: 3000 }, (_, i) => `area ${i + 1} "A" { action ${i + 1}.1 "T" { } }`).join('\n');
        await writeFile(path.join(dir, 'big.appl'), errors);
        const run = await runAppl(dir, ['check', 'big.appl'], {
            onStart: child => child.stdout!.once('data', () => child.stdout!.destroy()),
        });
        expect(run).toMatchObject({ code: 1, stderr: '' });
    });

    test('SIGTERM during an --out-dir export of 450 plans leaves no temporary file', async () => {
        await writeFiles(dir, Object.fromEntries(Array.from({ length: 450 }, (_, i) =>
            [`plans/p${String(i).padStart(3, '0')}.appl`, CLEAN_PLAN.replace('Riverside Accelerated', `Plan ${i}`)])));
        for (let attempt = 0; attempt < 3; attempt++) {
            const out = path.join(dir, `out${attempt}`);
            const run = await runAppl(dir, ['export', 'plans', '--format', 'json', '--out-dir', `out${attempt}`], {
                onStart: child => {
                    const poll = setInterval(() => {
                        readdir(out).then(names => {
                            if (names.length > 0) {
                                clearInterval(poll);
                                child.kill('SIGTERM');
                            }
                        }, () => undefined);
                    }, 2);
                    child.on('close', () => clearInterval(poll));
                },
            });
            expect(run.signal ?? run.code, 'killed by the signal').toBe('SIGTERM');
            const written = await filesUnder(out);
            expect(written.filter(name => !/^p\d{3}\.json$/.test(name))).toEqual([]);
            for (const name of written) {
                expect(JSON.parse(await readFile(path.join(out, name), 'utf8')).version, name).toBe(1);
            }
        }
    }, 120_000);

    test('one unreadable plan in a folder: the others are still checked and reported, then exit 2', async () => {
        await writeFile(path.join(dir, 'huge.appl'), '');
        await truncate(path.join(dir, 'huge.appl'), 16 * 1024 * 1024 + 1);
        const run = await runAppl(dir, ['check', '.']);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('appl: cannot read huge.appl: it is larger than 16 MB\n');
        expect(run.stdout).toContain('broken.appl:');
        // The clean plan has no finding to list, but it is counted among the files checked.
        expect(run.stdout).not.toContain('clean.appl');
        expect(run.stdout).toMatch(/\n3 errors and 4 warnings in 2 files\.\n$/);
    });
});
