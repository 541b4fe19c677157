import { readdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCheck, type CheckOptions } from '../src/commands/check.js';
import { BROKEN_PLAN, CLEAN_PLAN, IMPORTING_PLAN, ONE_ERROR_PLAN, PEOPLE_FILE, SYNTAX_ERROR_PLAN } from './fixtures.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles, type RecordingOptions } from './helpers.js';

const W2_UNCOVERED = 'broken.appl:7:12 error Weakness W2 is judged not sufficient but no area or action addresses it. '
    + 'Add "addresses W2" to the area or action that tackles it. weakness-covered';
const NO_MILESTONE = 'broken.appl:11:10 error Action 1.1 has no milestone. '
    + 'Add "milestone <YYYY-MM-DD> "<what will be true>"". action-has-milestone';
const NO_TARGET = 'broken.appl:11:10 error Action 1.1 has no target. '
    + 'Add "target <measure-id>" or "target "<what>" <number> <unit> by <YYYY-MM-DD>". action-has-target';
const NO_AS_OF = 'No as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked.';
const NO_LEAD = 'one-error.appl:35:10 {severity} Action 1.1 has no lead. Add "lead <person-id>". action-has-lead';

describe('appl check', () => {
    let dir: string;
    beforeEach(async () => { dir = await makeTempDir(); });
    afterEach(async () => { await removeTempDir(dir); });

    async function check(paths: string[], options: Partial<CheckOptions> = {}, io: RecordingOptions = {}) {
        const recording = recordingIo(dir, io);
        const code = await runCheck({ paths, ...options }, recording);
        return { code, out: recording.out, err: recording.err };
    }

    /** The files a run checked, from its json report. */
    async function checkedFiles(paths: string[]): Promise<string[]> {
        const { out, err } = await check(paths, { format: 'json' });
        expect(err).toBe('');
        return JSON.parse(out).files.map((file: { path: string }) => file.path);
    }

    test('reports no problems and exits 0 for a clean plan', async () => {
        await writeFiles(dir, { 'clean.appl': CLEAN_PLAN });
        expect(await check(['clean.appl'])).toEqual({ code: 0, out: `${NO_AS_OF}\nNo problems in 1 file.\n`, err: '' });
    });

    test('prints one line per finding at its 1-based line:col and exits 1 when there are errors', async () => {
        await writeFiles(dir, { 'broken.appl': BROKEN_PLAN });
        expect(await check(['broken.appl'], { quiet: true })).toEqual({
            code: 1,
            out: `${W2_UNCOVERED}\n${NO_MILESTONE}\n${NO_TARGET}\n\n3 errors in 1 file; 4 warnings not shown (--quiet).\n`,
            err: '',
        });
    });

    test('reports a parse error as a syntax-error error', async () => {
        await writeFiles(dir, { 'syntax.appl': SYNTAX_ERROR_PLAN });
        const { code, out } = await check(['syntax.appl'], { quiet: true });
        expect(code).toBe(1);
        expect(out).toBe(`syntax.appl:5:1 error Expected the local area's name in double quotes, e.g. local-area "Medway", but found "}". syntax-error\n\n1 error in 1 file.\n`);
    });

    test('keeps the given order of files and names them relative to the current folder', async () => {
        await writeFiles(dir, { 'plans/clean.appl': CLEAN_PLAN, 'plans/syntax.appl': SYNTAX_ERROR_PLAN, 'broken.appl': BROKEN_PLAN });
        expect(await checkedFiles(['plans/syntax.appl', 'broken.appl', 'plans/clean.appl']))
            .toEqual(['plans/syntax.appl', 'broken.appl', 'plans/clean.appl']);
    });

    test('checks the .appl files of a folder in path order, skipping node_modules and dot-folders', async () => {
        await writeFiles(dir, {
            'plans/b/two.appl': CLEAN_PLAN,
            'plans/a.appl': CLEAN_PLAN,
            'plans/notes.txt': 'not a plan',
            'plans/node_modules/dep/broken.appl': BROKEN_PLAN,
            'plans/.cache/broken.appl': BROKEN_PLAN,
        });
        expect(await checkedFiles(['plans'])).toEqual(['plans/a.appl', 'plans/b/two.appl']);
    });

    test('skips what .gitignore files ignore in folders and globs, but checks an ignored file named explicitly', async () => {
        await writeFiles(dir, {
            '.git/HEAD': 'ref: refs/heads/main\n',
            '.git/info/exclude': 'local/\n',
            '.gitignore': '# generated plans\nout/\n*.draft.appl\n!keep.draft.appl\n',
            'plans/.gitignore': '/old.appl\n',
            'plans/a.appl': CLEAN_PLAN,
            'plans/old.appl': BROKEN_PLAN,
            'plans/sub/old.appl': CLEAN_PLAN,
            'plans/x.draft.appl': BROKEN_PLAN,
            'plans/keep.draft.appl': CLEAN_PLAN,
            'out/plans/copy.appl': BROKEN_PLAN,
            'local/mine.appl': BROKEN_PLAN,
        });
        const kept = ['plans/a.appl', 'plans/keep.draft.appl', 'plans/sub/old.appl'];
        expect(await checkedFiles([])).toEqual(kept);
        expect(await checkedFiles(['plans'])).toEqual(kept);
        expect(await checkedFiles(['**/*.appl'])).toEqual(kept);
        expect(await checkedFiles(['plans/old.appl', 'plans/x.draft.appl'])).toEqual(['plans/old.appl', 'plans/x.draft.appl']);
        // A folder named explicitly is checked even if ignored (its contents are still filtered).
        expect(await checkedFiles(['out'])).toEqual(['out/plans/copy.appl']);
    });

    test('honours .gitignore files outside a git repository too, from the current folder down', async () => {
        await writeFiles(dir, { '.gitignore': 'drafts/\n', 'a.appl': CLEAN_PLAN, 'drafts/b.appl': BROKEN_PLAN });
        expect(await checkedFiles(['.'])).toEqual(['a.appl']);
    });

    test('checks the current folder when given no paths', async () => {
        await writeFiles(dir, { 'plans/broken.appl': BROKEN_PLAN, 'clean.appl': CLEAN_PLAN });
        expect(await checkedFiles([])).toEqual(['clean.appl', 'plans/broken.appl']);
    });

    test('expands globs to the .appl files they match, in path order, and checks a file given twice once', async () => {
        await writeFiles(dir, {
            'plans/b.appl': CLEAN_PLAN, 'plans/a.appl': CLEAN_PLAN, 'plans/x.txt': '', 'plans/2021/c.appl': CLEAN_PLAN,
        });
        expect(await checkedFiles(['plans/*.appl', 'plans/a.appl'])).toEqual(['plans/a.appl', 'plans/b.appl']);
        expect(await checkedFiles(['plans/**'])).toEqual(['plans/2021/c.appl', 'plans/a.appl', 'plans/b.appl']);
        expect(await checkedFiles(['plans/{b,a}.appl'])).toEqual(['plans/a.appl', 'plans/b.appl']);
    });

    test('takes a path that exists literally, even if it looks like a glob', async () => {
        await writeFiles(dir, { 'plans [2021]/a.appl': CLEAN_PLAN });
        expect(await checkedFiles(['plans [2021]'])).toEqual(['plans [2021]/a.appl']);
    });

    test('prints only the given files\' findings, not those of files they import', async () => {
        await writeFiles(dir, { 'main.appl': IMPORTING_PLAN, 'people.appl': PEOPLE_FILE });
        expect((await check(['main.appl'])).out).toBe(`${NO_AS_OF}\nNo problems in 1 file.\n`);
        const both = await check(['main.appl', 'people.appl'], { quiet: true });
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
        await writeFiles(dir, { 'empty/notes.txt': '', 'texts/a.txt': '' });
        expect(await check(['nothing/*.appl'])).toEqual({ code: 2, out: '', err: 'appl: no .appl files match nothing/*.appl\n' });
        expect(await check(['texts/*'])).toEqual({ code: 2, out: '', err: 'appl: no .appl files match texts/*\n' });
        expect(await check(['empty'])).toEqual({ code: 2, out: '', err: 'appl: no .appl files in empty\n' });
    });

    test('honours suppression comments, and reports one that silences nothing', async () => {
        const lines = ONE_ERROR_PLAN.split('\n');
        const actionLine = lines.findIndex(line => line.includes('action 1.1'));
        lines.splice(actionLine, 0, '  // appl-disable-next-line action-has-lead, vague-action -- lead to be appointed in May');
        await writeFiles(dir, { 'one-error.appl': lines.join('\n') });
        const { code, out } = await check(['one-error.appl']);
        expect(out).toBe(`one-error.appl:${actionLine + 1}:46 warning This suppression silences nothing: there is no vague-action finding on the next line. Remove it. unused-suppression\n`
            + `\n${NO_AS_OF}\n1 warning in 1 file.\n`);
        expect(code).toBe(0);
    });

    test('skips plans that the project config\'s "ignore" globs match in folders and globs, unless --no-ignore', async () => {
        await writeFiles(dir, {
            'appl.config.json': '{ "ignore": ["teaching/**"] }',
            'plans/clean.appl': CLEAN_PLAN,
            'teaching/broken.appl': BROKEN_PLAN,
        });
        expect(await checkedFiles(['.'])).toEqual(['plans/clean.appl']);
        expect(await checkedFiles(['**/*.appl'])).toEqual(['plans/clean.appl']);
        expect(await checkedFiles(['teaching/broken.appl'])).toEqual(['teaching/broken.appl']);
        expect((await check(['.'], { ignore: false, format: 'json' })).out).toContain('"path": "teaching/broken.appl"');
        expect(await check(['teaching'])).toEqual({
            code: 2, out: '', err: 'appl: all .appl files found from teaching are ignored by the project config\'s "ignore" '
                + '(name the files, or use --no-ignore)\n',
        });
    });

    test('--no-ignore also searches what .gitignore skips', async () => {
        await writeFiles(dir, { '.gitignore': 'drafts/\n', 'a.appl': CLEAN_PLAN, 'drafts/b.appl': CLEAN_PLAN });
        const { out } = await check([], { ignore: false, format: 'json' });
        expect(JSON.parse(out).files.map((file: { path: string }) => file.path)).toEqual(['a.appl', 'drafts/b.appl']);
    });

    test('exits 2 for a file named explicitly that is not a plan file', async () => {
        await writeFiles(dir, { 'notes.md': '# Notes' });
        expect(await check(['notes.md'])).toEqual({ code: 2, out: '', err: 'appl: notes.md is not a plan file: plan files end in .appl\n' });
    });

    describe('--output', () => {
        test('writes the report to the file instead of stdout, leaving no temporary file', async () => {
            await writeFiles(dir, { 'broken.appl': BROKEN_PLAN });
            const printed = await check(['broken.appl'], { format: 'sarif' });
            const written = await check(['broken.appl'], { format: 'sarif', output: 'reports/appl.sarif' });
            expect(written).toEqual({ code: 1, out: '', err: '' });
            expect(await readFile(path.join(dir, 'reports/appl.sarif'), 'utf8')).toBe(printed.out);
            expect(await readdir(path.join(dir, 'reports'))).toEqual(['appl.sarif']);
        });

        test('replaces the file in one step: an earlier report is either kept whole or replaced whole', async () => {
            await writeFiles(dir, { 'clean.appl': CLEAN_PLAN, 'report.json': 'an earlier report' });
            expect((await check(['clean.appl'], { format: 'json', output: 'report.json' })).code).toBe(0);
            expect(JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'))).toMatchObject({ version: 1 });
            // A run that fails (exit 2) leaves the earlier report as it was.
            await writeFile(path.join(dir, 'report.json'), 'an earlier report');
            expect((await check(['missing.appl'], { format: 'json', output: 'report.json' })).code).toBe(2);
            expect(await readFile(path.join(dir, 'report.json'), 'utf8')).toBe('an earlier report');
        });

        test('exits 2 when the file cannot be written, and leaves nothing behind', async () => {
            await writeFiles(dir, { 'clean.appl': CLEAN_PLAN, 'taken': 'a file, not a folder' });
            expect(await check(['clean.appl'], { output: 'taken/report.txt' })).toEqual({
                code: 2, out: '', err: 'appl: cannot write taken/report.txt: a parent is not a folder\n',
            });
            expect((await readdir(dir)).sort()).toEqual(['clean.appl', 'taken']);
        });
    });

    describe('--config', () => {
        test('uses the named config file instead of the nearest appl.config.json', async () => {
            await writeFiles(dir, {
                'one-error.appl': ONE_ERROR_PLAN,
                'appl.config.json': '{ "rules": { "action-has-lead": "info" } }',
                'ci/strict.json': '{ "rules": { "action-has-lead": "warning" } }',
            });
            expect((await check(['one-error.appl'])).out).toContain(NO_LEAD.replace('{severity}', 'info'));
            const strict = await check(['one-error.appl'], { config: 'ci/strict.json' });
            expect(strict.code).toBe(0);
            expect(strict.out).toContain(NO_LEAD.replace('{severity}', 'warning'));
        });

        test('exits 2 when the named config file does not exist', async () => {
            await writeFiles(dir, { 'clean.appl': CLEAN_PLAN });
            expect(await check(['clean.appl'], { config: 'ci/strict.json' }))
                .toEqual({ code: 2, out: '', err: 'appl: cannot read ci/strict.json: no such file\n' });
        });

        test('exits 2 with one line naming every mistake when a config file has mistakes', async () => {
            await writeFiles(dir, {
                'plans/clean.appl': CLEAN_PLAN,
                'appl.config.json': '{ "rules": { "action-has-leed": "off", "vague-action": "loud" }, "extends": "x" }',
            });
            const { code, out, err } = await check(['plans']);
            expect({ code, out }).toEqual({ code: 2, out: '' });
            // One line, naming the file and each mistake (the core words them).
            expect(err).toMatch(/^appl: appl\.config\.json has mistakes: [^\n]+\n$/);
            expect(err).toContain('"extends" is not a setting');
            expect(err).toContain('"action-has-leed" is not a rule id; did you mean "action-has-lead"?');
            expect(err).toContain('the level of "vague-action" must be');
            await writeFiles(dir, { 'appl.config.json': '{ "rules": ' });
            const broken = await check(['plans']);
            expect({ code: broken.code, out: broken.out }).toEqual({ code: 2, out: '' });
            expect(broken.err).toMatch(/^appl: appl\.config\.json has a mistake: it is not valid JSON \([^\n]*\)\n$/);
        });
    });

    describe('--max-warnings and --quiet', () => {
        test('exits 1 and says so on stderr when there are more warnings than allowed', async () => {
            await writeFiles(dir, { 'one-error.appl': ONE_ERROR_PLAN, 'appl.config.json': '{ "rules": { "action-has-lead": "warning" } }' });
            expect((await check(['one-error.appl'], { maxWarnings: 1 })).code).toBe(0);
            const over = await check(['one-error.appl'], { maxWarnings: 0, format: 'json' });
            expect(over.code).toBe(1);
            expect(JSON.parse(over.out).totals).toEqual({ files: 1, errors: 0, warnings: 1, infos: 0 });
            expect(over.err).toBe('appl: too many warnings: 1, and --max-warnings allows 0.\n');
        });

        test('--quiet hides warnings but they still count towards --max-warnings', async () => {
            await writeFiles(dir, { 'one-error.appl': ONE_ERROR_PLAN, 'appl.config.json': '{ "rules": { "action-has-lead": "warning" } }' });
            expect(await check(['one-error.appl'], { quiet: true, maxWarnings: 0 })).toEqual({
                code: 1,
                out: 'No errors in 1 file; 1 warning not shown (--quiet).\n',
                err: 'appl: too many warnings: 1, and --max-warnings allows 0.\n',
            });
        });
    });

    describe('stdin', () => {
        test('checks one plan read from stdin, named <stdin> and looked up from the current folder', async () => {
            await writeFiles(dir, { 'people.appl': PEOPLE_FILE });
            const { code, out, err } = await check(['-'], { quiet: true }, { stdin: ONE_ERROR_PLAN });
            expect({ code, err }).toEqual({ code: 1, err: '' });
            expect(out).toBe(`${NO_LEAD.replace('one-error.appl', '<stdin>').replace('{severity}', 'error')}\n\n1 error in 1 file.\n`);
        });

        test('with --stdin-filename, names the plan so, resolves its imports and finds its config from there', async () => {
            await writeFiles(dir, {
                'plans/people.appl': 'person jane "Jane Smith" role "Head of SEND" at council\n',
                'plans/appl.config.json': '{ "rules": { "action-has-lead": "warning" } }',
                // On disk the plan is clean; the text on stdin is what is checked.
                'plans/main.appl': CLEAN_PLAN,
            });
            const text = `import "people.appl"\n${ONE_ERROR_PLAN.replace('person jane "Jane Smith" role "Head of SEND" at council\n', '')}`;
            const { code, out, err } = await check(['-'], { stdinFilename: 'plans/main.appl', format: 'json' }, { stdin: text });
            expect({ code, err }).toEqual({ code: 0, err: '' });
            const report = JSON.parse(out);
            expect(report.files.map((file: { path: string }) => file.path)).toEqual(['plans/main.appl']);
            expect(report.files[0].diagnostics.map((d: { rule: string, severity: string }) => `${d.rule} ${d.severity}`))
                .toEqual(['action-has-lead warning']);
        });

        test('exits 2 when - is combined with other paths, or --stdin-filename is given without -', async () => {
            await writeFiles(dir, { 'clean.appl': CLEAN_PLAN });
            expect(await check(['-', 'clean.appl'], {}, { stdin: CLEAN_PLAN })).toEqual({
                code: 2, out: '', err: 'appl: "-" (read a plan from stdin) cannot be combined with other paths\n',
            });
            expect(await check(['clean.appl'], { stdinFilename: 'x.appl' })).toEqual({
                code: 2, out: '', err: 'appl: --stdin-filename needs "-" as the path\n',
            });
            expect(await check(['-'], { stdinFilename: 'plan.txt' }, { stdin: CLEAN_PLAN })).toEqual({
                code: 2, out: '', err: 'appl: --stdin-filename must name a plan file, ending in .appl\n',
            });
        });
    });

    test('--as-of replaces each plan\'s own as-of date for the date-relative rules', async () => {
        const plan = CLEAN_PLAN.replace('  agreed 2020-03-20\n', '  agreed 2020-03-20\n  as-of 2020-05-01\n');
        await writeFiles(dir, { 'plan.appl': plan });
        expect((await check(['plan.appl'])).out).toBe('Checked as of 2020-05-01 (the plan\'s as-of date).\nNo problems in 1 file.\n');
        const later = await check(['plan.appl'], { asOf: '2020-10-01' });
        expect(later.code).toBe(0);
        expect(later.out.split('\n').filter(line => line.endsWith('overdue-milestone')).map(line => line.split(' ')[0]))
            .toEqual(['plan.appl:43:24', 'plan.appl:44:24']);
        expect(later.out).toMatch(/\n\nChecked as of 2020-10-01 \(--as-of\)\.\n\d+ warnings? in 1 file\.\n$/);
    });
});
