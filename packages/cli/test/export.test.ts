import { readdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isEarlierExport, runExport, type ExportOptions } from '../src/commands/export.js';
import { CLEAN_PLAN, IMPORTING_PLAN, ONE_ERROR_PLAN, PEOPLE_FILE } from './fixtures.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from './helpers.js';

describe('appl export', () => {
    let dir: string;
    beforeEach(async () => {
        dir = await makeTempDir();
        await writeFiles(dir, { 'plan.appl': CLEAN_PLAN, 'one-error.appl': ONE_ERROR_PLAN });
    });
    afterEach(async () => { await removeTempDir(dir); });

    async function run(options: Omit<ExportOptions, 'paths'> & { paths?: string[] }) {
        const io = recordingIo(dir);
        const code = await runExport({ paths: ['plan.appl'], ...options }, io);
        return { code, out: io.out, err: io.err };
    }

    const read = (file: string) => readFile(path.join(dir, file), 'utf8');

    test('prints the JSON export to stdout', async () => {
        const { code, out, err } = await run({ format: 'json' });
        expect({ code, err }).toEqual({ code: 0, err: '' });
        expect(JSON.parse(out)).toMatchObject({ version: 1 });
    });

    test('prints the Markdown export to stdout', async () => {
        const { code, out, err } = await run({ format: 'markdown' });
        expect({ code, err }).toEqual({ code: 0, err: '' });
        expect(out).toContain('Riverside Accelerated Progress Plan');
    });

    test('writes the export to the -o file, creating its folders and leaving no temporary file', async () => {
        const printed = (await run({ format: 'markdown' })).out;
        const result = await run({ format: 'markdown', output: 'out/docs/plan.md' });
        expect(result).toEqual({ code: 0, out: '', err: '' });
        const written = await read('out/docs/plan.md');
        // stdout gains a final newline when the export lacks one; the file is the export as it is.
        expect(printed).toBe(written.endsWith('\n') ? written : `${written}\n`);
        expect(await readdir(path.join(dir, 'out/docs'))).toEqual(['plan.md']);
    });

    test('replaces a file that an earlier export wrote, in JSON or Markdown', async () => {
        for (const [format, output] of [['json', 'plan.json'], ['markdown', 'plan.md']] as const) {
            expect((await run({ format, output })).code).toBe(0);
            const first = await read(output);
            await writeFiles(dir, { 'plan.appl': CLEAN_PLAN.replace('Riverside Accelerated', 'Riverside Revised') });
            expect(await run({ format, output })).toEqual({ code: 0, out: '', err: '' });
            expect(await read(output)).not.toBe(first);
            expect(await read(output)).toContain('Riverside Revised');
            await writeFiles(dir, { 'plan.appl': CLEAN_PLAN });
        }
    });

    test('refuses to replace a file it did not write, and replaces it with --force', async () => {
        await writeFiles(dir, { 'plan.md': '# My own notes\n' });
        expect(await run({ format: 'markdown', output: 'plan.md' })).toEqual({
            code: 2, out: '', err: 'appl: plan.md exists and was not written by appl export; nothing was written (use --force to replace)\n',
        });
        expect(await read('plan.md')).toBe('# My own notes\n');
        expect(await run({ format: 'markdown', output: 'plan.md', force: true })).toEqual({ code: 0, out: '', err: '' });
        expect(await read('plan.md')).toContain('Exported by APPL from plan.appl.');
    });

    test('recognises its own exports, and an empty file, but nothing else', () => {
        expect(isEarlierExport('')).toBe(true);
        expect(isEarlierExport('{ "$schema": "appl-export.v1.schema.json", "version": 1 }\n')).toBe(true);
        expect(isEarlierExport('{ "$schema": "https://raw.githubusercontent.com/appl-lang/appl/main/packages/language/schema/appl-export.v1.schema.json", "version": 1 }\n')).toBe(true);
        expect(isEarlierExport('# Plan\n\nExported by APPL from plan.appl and people.appl.\n')).toBe(true);
        expect(isEarlierExport('{ "$schema": "something-else.json" }')).toBe(false);
        expect(isEarlierExport('{ not json')).toBe(false);
        expect(isEarlierExport('# Plan\n\nExported by APPL from plan.appl.\n\nMy notes below the export.\n')).toBe(false);
    });

    test('still exports a plan with errors, exits 0 and says how many errors it has', async () => {
        const { code, out, err } = await run({ paths: ['one-error.appl'], format: 'json' });
        expect(code).toBe(0);
        expect(JSON.parse(out)).toMatchObject({ version: 1 });
        expect(err).toBe('appl: one-error.appl has 1 error; the export lists it (see "appl check one-error.appl").\n');
    });

    test('exits 2 for a missing plan file', async () => {
        expect(await run({ paths: ['plans/x.appl'], format: 'json' }))
            .toEqual({ code: 2, out: '', err: 'appl: cannot read plans/x.appl: no such file\n' });
    });

    test('exits 2 when the -o file cannot be written, and leaves nothing behind', async () => {
        await writeFile(path.join(dir, 'taken'), 'a file, not a folder');
        const { code, out, err } = await run({ format: 'json', output: 'taken/plan.json' });
        expect({ code, out }).toEqual({ code: 2, out: '' });
        expect(err).toBe('appl: cannot write taken/plan.json: a parent is not a folder\n');
        expect((await readdir(dir)).sort()).toEqual(['one-error.appl', 'plan.appl', 'taken']);
    });

    test('removes its temporary file when the final rename fails', async () => {
        await writeFiles(dir, { 'out/plan.md/keep.txt': 'a folder where the export should go' });
        const { code, err } = await run({ format: 'markdown', output: 'out/plan.md', force: true });
        expect(code).toBe(2);
        expect(err).toBe('appl: cannot write out/plan.md: it is a folder\n');
        expect(await readdir(path.join(dir, 'out'))).toEqual(['plan.md']);
    });

    describe('--out-dir', () => {
        beforeEach(async () => {
            await writeFiles(dir, {
                'plans/riverside.appl': IMPORTING_PLAN.replace('"people.appl"', '"shared/people.appl"'),
                'plans/shared/people.appl': PEOPLE_FILE,
                'plans/2021/lakeside.appl': CLEAN_PLAN.replace(/Riverside/g, 'Lakeside'),
            });
        });

        test('exports every plan among the paths, keeping their layout, and skips files without a plan header', async () => {
            const result = await run({ paths: ['plans'], format: 'markdown', outDir: 'site/plans' });
            expect(result).toEqual({ code: 0, out: '', err: '' });
            expect((await readdir(path.join(dir, 'site/plans'), { recursive: true })).sort())
                .toEqual(['2021', '2021/lakeside.md', 'riverside.md']);
            expect(await read('site/plans/2021/lakeside.md')).toContain('# Lakeside Accelerated Progress Plan');
            expect(await read('site/plans/riverside.md')).toContain('Exported by APPL from riverside.appl and shared/people.appl.');
        });

        test('takes globs and files, and writes JSON with the .json extension', async () => {
            expect((await run({ paths: ['plans/**/*.appl', 'plan.appl'], format: 'json', outDir: 'out' })).code).toBe(0);
            expect((await readdir(path.join(dir, 'out'), { recursive: true })).sort())
                .toEqual(['plan.json', 'plans', 'plans/2021', 'plans/2021/lakeside.json', 'plans/riverside.json']);
        });

        test('refuses, before writing anything, when any target is a file it did not write', async () => {
            await writeFiles(dir, { 'site/riverside.md': 'hand-written' });
            expect(await run({ paths: ['plans'], format: 'markdown', outDir: 'site' })).toEqual({
                code: 2, out: '', err: 'appl: site/riverside.md exists and was not written by appl export; nothing was written '
                    + '(use --force to replace)\n',
            });
            expect(await readdir(path.join(dir, 'site'))).toEqual(['riverside.md']);
        });

        test('exits 2 for several plans without --out-dir, or with both -o and --out-dir', async () => {
            expect(await run({ paths: ['plans/2021/lakeside.appl', 'plan.appl'], format: 'json' })).toEqual({
                code: 2, out: '', err: 'appl: 2 files to export: give --out-dir <folder> to export several plans\n',
            });
            expect(await run({ format: 'json', output: 'a.json', outDir: 'out' })).toEqual({
                code: 2, out: '', err: 'appl: give either -o/--output (one plan) or --out-dir (several), not both\n',
            });
        });

        test('exits 2 when none of the files is a plan', async () => {
            expect(await run({ paths: ['plans/shared'], format: 'json', outDir: 'out' })).toEqual({
                code: 2, out: '', err: 'appl: no plan to export: none of plans/shared/people.appl has a plan header\n',
            });
        });
    });
});
