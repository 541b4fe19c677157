import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { exitCodeFor, runCheck } from '../src/commands/check.js';
import { BROKEN_PLAN, CLEAN_PLAN, IMPORTING_PLAN, PEOPLE_FILE, SYNTAX_ERROR_PLAN } from './fixtures.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from './helpers.js';

const W2_UNCOVERED = 'broken.appl:7:12 error Weakness W2 is judged not sufficient but no area or action addresses it. '
    + 'Add "addresses W2" to the area or action that tackles it. weakness-covered';
const NO_TARGET = 'broken.appl:11:10 error Action 1.1 has no target. '
    + 'Add "target <measure-id>" or "target "<what>" <number> <unit> by <YYYY-MM-DD>". action-has-target';
const NO_MILESTONE = 'broken.appl:11:10 error Action 1.1 has no milestone. '
    + 'Add "milestone <YYYY-MM-DD> "<what will be true>"". action-has-milestone';

describe('appl check', () => {
    let dir: string;
    beforeEach(async () => { dir = await makeTempDir(); });
    afterEach(async () => { await removeTempDir(dir); });

    async function check(paths: string[], cwd = dir) {
        const io = recordingIo(cwd);
        const code = await runCheck({ paths }, io);
        return { code, out: io.out, err: io.err };
    }

    test('reports no problems and exits 0 for a clean plan', async () => {
        await writeFiles(dir, { 'clean.appl': CLEAN_PLAN });
        expect(await check(['clean.appl'])).toEqual({ code: 0, out: 'No problems in 1 file.\n', err: '' });
    });

    test('prints one line per finding at its 1-based line:col and exits 1 when there are errors', async () => {
        await writeFiles(dir, { 'broken.appl': BROKEN_PLAN });
        const { code, out, err } = await check(['broken.appl']);
        expect(code).toBe(1);
        expect(err).toBe('');
        expect(out).toBe(`${W2_UNCOVERED}\n${NO_TARGET}\n${NO_MILESTONE}\n\n3 errors in 1 file.\n`);
    });

    test('reports a parse error as a syntax-error error', async () => {
        await writeFiles(dir, { 'syntax.appl': SYNTAX_ERROR_PLAN });
        const { code, out } = await check(['syntax.appl']);
        expect(code).toBe(1);
        expect(out).toBe("syntax.appl:4:1 error Expecting token of type 'STRING' but found `}`. syntax-error\n\n1 error in 1 file.\n");
    });

    test('keeps the given order of files and names them relative to the current folder', async () => {
        await writeFiles(dir, { 'plans/clean.appl': CLEAN_PLAN, 'plans/syntax.appl': SYNTAX_ERROR_PLAN, 'broken.appl': BROKEN_PLAN });
        const { code, out } = await check(['plans/syntax.appl', 'broken.appl', 'plans/clean.appl']);
        expect(code).toBe(1);
        expect(out.split('\n')).toEqual([
            "plans/syntax.appl:4:1 error Expecting token of type 'STRING' but found `}`. syntax-error",
            W2_UNCOVERED, NO_TARGET, NO_MILESTONE,
            '', '4 errors in 3 files.', '',
        ]);
    });

    test('checks the .appl files of a folder, skipping node_modules and dot-folders', async () => {
        await writeFiles(dir, {
            'plans/b/two.appl': CLEAN_PLAN,
            'plans/a.appl': CLEAN_PLAN,
            'plans/notes.txt': 'not a plan',
            'plans/node_modules/dep/broken.appl': BROKEN_PLAN,
            'plans/.cache/broken.appl': BROKEN_PLAN,
        });
        expect(await check(['plans'])).toEqual({ code: 0, out: 'No problems in 2 files.\n', err: '' });
    });

    test('checks the current folder when given no paths', async () => {
        await writeFiles(dir, { 'plans/broken.appl': BROKEN_PLAN, 'clean.appl': CLEAN_PLAN });
        const { code, out } = await check([]);
        expect(code).toBe(1);
        expect(out.split('\n')).toEqual([
            `plans/${W2_UNCOVERED}`, `plans/${NO_TARGET}`, `plans/${NO_MILESTONE}`, '', '3 errors in 2 files.', '',
        ]);
    });

    test('expands a glob, and checks a file given twice once', async () => {
        await writeFiles(dir, { 'plans/clean.appl': CLEAN_PLAN, 'plans/other.appl': CLEAN_PLAN, 'plans/x.txt': '' });
        expect(await check(['plans/*.appl', 'plans/clean.appl'])).toEqual({ code: 0, out: 'No problems in 2 files.\n', err: '' });
    });

    test('prints only the given files\' findings, not those of files they import', async () => {
        await writeFiles(dir, { 'main.appl': IMPORTING_PLAN, 'people.appl': PEOPLE_FILE });
        expect(await check(['main.appl'])).toEqual({ code: 0, out: 'No problems in 1 file.\n', err: '' });
        const both = await check(['main.appl', 'people.appl']);
        expect(both.code).toBe(1);
        expect(both.out).toBe('people.appl:1:49 error No organisation called nowhere is declared in this file or in a '
            + 'file it imports. An organisation must be declared before it can be referred to; check the spelling or '
            + 'add an import. unresolved-reference\n\n1 error in 2 files.\n');
    });

    test('exits 2 with one line on stderr for a missing file', async () => {
        await writeFiles(dir, { 'clean.appl': CLEAN_PLAN });
        expect(await check(['clean.appl', 'plans/x.appl'])).toEqual({
            code: 2, out: '', err: 'appl: cannot read plans/x.appl: no such file\n',
        });
    });

    test('exits 2 for a glob or a folder that matches no plan', async () => {
        await writeFiles(dir, { 'empty/notes.txt': '' });
        expect(await check(['nothing/*.appl'])).toEqual({ code: 2, out: '', err: 'appl: no files match nothing/*.appl\n' });
        expect(await check(['empty'])).toEqual({ code: 2, out: '', err: 'appl: no .appl files in empty\n' });
    });
});

describe('appl check exit code', () => {
    const counts = (errors: number, warnings: number, infos = 0) => ({ files: 1, errors, warnings, infos });

    test('is 0 without errors, whatever the warnings and infos, when --max-warnings is not given', () => {
        expect(exitCodeFor(counts(0, 5, 3))).toBe(0);
    });

    test('is 1 with errors', () => {
        expect(exitCodeFor(counts(1, 0))).toBe(1);
    });

    test('is 1 when warnings exceed --max-warnings, and 0 when they reach it', () => {
        expect(exitCodeFor(counts(0, 3), 2)).toBe(1);
        expect(exitCodeFor(counts(0, 2), 2)).toBe(0);
        expect(exitCodeFor(counts(0, 1), 0)).toBe(1);
    });
});
