import { readdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isEarlierExport, runExport, type ExportOptions } from '../src/commands/export.js';
import { CLEAN_PLAN, IMPORTING_PLAN, ONE_ERROR_PLAN, PEOPLE_FILE, SYNTAX_ERROR_PLAN } from './fixtures.js';
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

    test('replaces a Word or HTML file that an earlier export wrote, and refuses another Word file', async () => {
        for (const format of ['docx', 'html'] as const) {
            expect((await run({ format, output: `plan.${format}` })).code).toBe(0);
            expect((await run({ format, output: `plan.${format}` })).code).toBe(0);
        }
        // A Word file whose properties (docProps/core.xml, which name APPL as the creator) are not there.
        const foreign = (await readFile(path.join(dir, 'plan.docx'))).toString('latin1').replaceAll('docProps/core.xml', 'docProps/else.xml');
        expect(isEarlierExport(Buffer.from(foreign, 'latin1'))).toBe(false);
        await writeFile(path.join(dir, 'notes.docx'), Buffer.from('PK\u0003\u0004 not ours', 'latin1'));
        expect(await run({ format: 'docx', output: 'notes.docx' })).toEqual({
            code: 2, out: '', err: 'appl: notes.docx exists and was not written by appl export; nothing was written (use --force to replace)\n',
        });
    });

    test('recognises its own exports, and an empty file, but nothing else', () => {
        expect(isEarlierExport('')).toBe(true);
        expect(isEarlierExport('# Plan\n\nExported by APPL from plan.appl and a-long-name-that-wraps.appl and\nanother.appl.\n')).toBe(true);
        expect(isEarlierExport('<!DOCTYPE html>\n<main>\n<footer><p>Exported by APPL from plan.appl.</p></footer>\n</main>\n</body>\n</html>\n')).toBe(true);
        expect(isEarlierExport('<!DOCTYPE html>\n<p>Mine</p>\n')).toBe(false);
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
        expect(err).toBe('appl: warning: one-error.appl has 1 error; exported as written (see "appl check one-error.appl").\n');
    });

    test('writes the Annex A document as HTML and as a Word file; a Word file needs a file to go to', async () => {
        const html = await run({ format: 'html' });
        expect(html.code).toBe(0);
        expect(html.out).toMatch(/^<!DOCTYPE html>[\s\S]*<h1>Riverside Accelerated Progress Plan<\/h1>[\s\S]*Exported by APPL from plan\.appl\.<\/p><\/footer>/);
        expect(await run({ format: 'docx' })).toEqual({
            code: 2, out: '', err: 'appl: a Word export is a file: give -o <file>.docx (or --out-dir <folder>)\n',
        });
        expect(await run({ format: 'docx', output: 'plan.docx' })).toEqual({ code: 0, out: '', err: '' });
        const word = await readFile(path.join(dir, 'plan.docx'));
        expect(word.subarray(0, 2).toString('latin1')).toBe('PK');
        expect(isEarlierExport(word)).toBe(true);
    });

    test('adds the checker\'s findings as an appendix only with --include-findings', async () => {
        expect((await run({ paths: ['one-error.appl'], format: 'markdown' })).out).not.toContain('Appendix');
        const { out } = await run({ paths: ['one-error.appl'], format: 'markdown', includeFindings: true });
        expect(out).toContain('## Appendix: what to check before submitting');
        expect(out).toContain('- one-error.appl, line 35\n  - How much it matters: To put right\n  - What the checker found: Action 1.1 has no lead.');
    });

    test.each(['json', 'markdown', 'html', 'docx'] as const)('exits 2 with one line for a file that is not a plan (%s)', async format => {
        await writeFiles(dir, { 'people.appl': PEOPLE_FILE });
        expect(await run({ paths: ['people.appl'], format, output: `people.${format}` })).toEqual({
            code: 2, out: '', err: 'appl: people.appl is not a plan: it has no plan header (export the plan that imports it)\n',
        });
        expect((await readdir(dir)).sort()).toEqual(['one-error.appl', 'people.appl', 'plan.appl']);
    });

    test.each(['json', 'markdown', 'html', 'docx'] as const)('exports what it can of a plan with syntax errors, with a warning on stderr (%s)', async format => {
        await writeFiles(dir, { 'half.appl': SYNTAX_ERROR_PLAN });
        const { code, out, err } = await run({ paths: ['half.appl'], format, output: `half.${format}` });
        expect({ code, out }).toEqual({ code: 0, out: '' });
        expect(err).toMatch(/^appl: warning: half\.appl has \d+ errors?, (a syntax error|all syntax errors|\d+ of them syntax errors): the export holds what could be read \(see "appl check half\.appl"\)\.\n$/);
        const written = await readFile(path.join(dir, `half.${format}`));
        expect(format === 'docx' ? written.subarray(0, 2).toString('latin1') : written.toString('utf8')).toMatch(format === 'docx' ? /^PK$/ : /Half-typed plan/);
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
                code: 2, out: '', err: 'appl: plans/shared/people.appl is not a plan: it has no plan header (export the plan that imports it)\n',
            });
            await writeFiles(dir, { 'plans/shared/more.appl': PEOPLE_FILE.replace('jane', 'jo') });
            expect(await run({ paths: ['plans/shared'], format: 'json', outDir: 'out' })).toEqual({
                code: 2, out: '', err: 'appl: no plan to export: none of the 2 files has a plan header\n',
            });
        });
    });
});
