import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../src/main.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from './helpers.js';

const MESSY = 'plan "Riverside APP" { type APP\n    local-area "Riverside" }\nperson a "A"   role "x"\n';
const FORMATTED = 'plan "Riverside APP" {\n  type APP\n  local-area "Riverside"\n}\n\nperson a "A" role "x"\n';

describe('appl format', () => {
    let dir: string;
    beforeEach(async () => {
        dir = await makeTempDir();
        await writeFiles(dir, { 'plans/messy.appl': MESSY, 'plans/tidy.appl': FORMATTED, 'plans/notes.txt': MESSY });
    });
    afterEach(async () => { await removeTempDir(dir); });

    async function run(argv: string[], stdin?: string) {
        const io = recordingIo(dir, { stdin });
        const code = await runCli(['format', ...argv], io);
        return { code, out: io.out, err: io.err };
    }
    const read = (file: string) => readFile(path.join(dir, file), 'utf8');

    test('rewrites the plans that are not in the canonical layout and lists them', async () => {
        expect(await run(['plans'])).toEqual({ code: 0, out: 'formatted plans/messy.appl\n', err: '' });
        expect(await read('plans/messy.appl')).toBe(FORMATTED);
        expect(await read('plans/tidy.appl')).toBe(FORMATTED);
        expect(await read('plans/notes.txt')).toBe(MESSY);
        expect((await readdir(path.join(dir, 'plans'))).sort()).toEqual(['messy.appl', 'notes.txt', 'tidy.appl']);
        expect(await run(['plans'])).toEqual({ code: 0, out: '', err: '' });
    });

    test('--check changes nothing, lists the files that are not formatted and exits 1', async () => {
        expect(await run(['--check', 'plans'])).toEqual({
            code: 1,
            out: 'plans/messy.appl: not formatted\n',
            err: 'appl: 1 file is not in the canonical layout; run "appl format" to format it.\n',
        });
        expect(await read('plans/messy.appl')).toBe(MESSY);
        expect(await run(['--check', 'plans/tidy.appl'])).toEqual({ code: 0, out: '', err: '' });
    });

    test('formats stdin to stdout with -', async () => {
        expect(await run(['-'], MESSY)).toEqual({ code: 0, out: FORMATTED, err: '' });
        expect(await run(['--check', '-'], MESSY)).toEqual({ code: 1, out: '<stdin>: not formatted\n', err: '' });
        expect(await run(['--check', '-'], FORMATTED)).toEqual({ code: 0, out: '', err: '' });
    });

    test('uses the same formatter as the editor: a file with mistakes changes only in its whitespace', async () => {
        await writeFiles(dir, { 'broken.appl': 'area 1 "A" {  action 1.1 ~ "B" {lead } \n' });
        expect((await run(['broken.appl'])).code).toBe(0);
        expect(await read('broken.appl')).toBe('area 1 "A" {\n  action 1.1 ~ "B" {\n    lead\n  }\n');
    });

    test('exits 2 for a missing file', async () => {
        expect(await run(['plans/none.appl'])).toEqual({ code: 2, out: '', err: 'appl: cannot read plans/none.appl: no such file\n' });
    });
});
