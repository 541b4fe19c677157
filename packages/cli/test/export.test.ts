import { readdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runExport, type ExportOptions } from '../src/commands/export.js';
import { CLEAN_PLAN, ONE_ERROR_PLAN } from './fixtures.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from './helpers.js';

describe('appl export', () => {
    let dir: string;
    beforeEach(async () => {
        dir = await makeTempDir();
        await writeFiles(dir, { 'plan.appl': CLEAN_PLAN, 'one-error.appl': ONE_ERROR_PLAN });
    });
    afterEach(async () => { await removeTempDir(dir); });

    async function run(options: ExportOptions) {
        const io = recordingIo(dir);
        const code = await runExport(options, io);
        return { code, out: io.out, err: io.err };
    }

    test('prints the JSON export to stdout', async () => {
        const { code, out, err } = await run({ file: 'plan.appl', format: 'json' });
        expect({ code, err }).toEqual({ code: 0, err: '' });
        expect(JSON.parse(out)).toMatchObject({ version: 1 });
    });

    test('prints the Markdown export to stdout', async () => {
        const { code, out, err } = await run({ file: 'plan.appl', format: 'markdown' });
        expect({ code, err }).toEqual({ code: 0, err: '' });
        expect(out).toContain('Riverside Accelerated Progress Plan');
    });

    test('writes the export to the -o file, creating its folders and leaving no temporary file', async () => {
        const printed = (await run({ file: 'plan.appl', format: 'markdown' })).out;
        const result = await run({ file: 'plan.appl', format: 'markdown', output: 'out/docs/plan.md' });
        expect(result).toEqual({ code: 0, out: '', err: '' });
        const written = await readFile(path.join(dir, 'out/docs/plan.md'), 'utf8');
        // stdout gains a final newline when the export lacks one; the file is the export as it is.
        expect(printed).toBe(written.endsWith('\n') ? written : `${written}\n`);
        expect(await readdir(path.join(dir, 'out/docs'))).toEqual(['plan.md']);
    });

    test('replaces an existing -o file', async () => {
        await writeFiles(dir, { 'plan.json': 'old' });
        expect((await run({ file: 'plan.appl', format: 'json', output: 'plan.json' })).code).toBe(0);
        expect(JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8'))).toMatchObject({ version: 1 });
    });

    test('still exports a plan with errors, exits 0 and says how many errors it has', async () => {
        const { code, out, err } = await run({ file: 'one-error.appl', format: 'json' });
        expect(code).toBe(0);
        expect(JSON.parse(out)).toMatchObject({ version: 1 });
        expect(err).toBe('appl: one-error.appl has 1 error; the export lists it (see "appl check one-error.appl").\n');
    });

    test('exits 2 for a missing plan file', async () => {
        expect(await run({ file: 'plans/x.appl', format: 'json' }))
            .toEqual({ code: 2, out: '', err: 'appl: cannot read plans/x.appl: no such file\n' });
    });

    test('exits 2 when the -o file cannot be written, and leaves nothing behind', async () => {
        await writeFile(path.join(dir, 'taken'), 'a file, not a folder');
        const { code, out, err } = await run({ file: 'plan.appl', format: 'json', output: 'taken/plan.json' });
        expect({ code, out }).toEqual({ code: 2, out: '' });
        expect(err).toBe('appl: cannot write taken/plan.json: a parent is not a folder\n');
        expect((await readdir(dir)).sort()).toEqual(['one-error.appl', 'plan.appl', 'taken']);
    });

    test('removes its temporary file when the final rename fails', async () => {
        await writeFiles(dir, { 'out/plan.md/keep.txt': 'a folder where the export should go' });
        const { code, err } = await run({ file: 'plan.appl', format: 'markdown', output: 'out/plan.md' });
        expect(code).toBe(2);
        expect(err).toBe('appl: cannot write out/plan.md: it is a folder\n');
        expect(await readdir(path.join(dir, 'out'))).toEqual(['plan.md']);
    });
});
