// The command-line conventions users know from ESLint and markdownlint-cli2: appl init, --print-config,
// --max-warnings -1, --no-error-on-unmatched-pattern, config globs as the command line's, --color,
// export from stdin, and help with examples and a link to the documentation.
import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../src/main.js';
import { STARTER_PLAN } from '../src/commands/init.js';
import { BROKEN_PLAN, CLEAN_PLAN, ONE_ERROR_PLAN } from './fixtures.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from './helpers.js';

const NO_AS_OF = 'No as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked.';
const CONFIG_SCHEMA = 'https://raw.githubusercontent.com/appl-lang/appl/main/packages/language/schema/appl-config.schema.json';

let dir: string;
beforeEach(async () => { dir = await makeTempDir(); });
afterEach(async () => { await removeTempDir(dir); });

async function cli(argv: string[], options: Parameters<typeof recordingIo>[1] = {}) {
    const io = recordingIo(dir, options);
    const code = await runCli(argv, io);
    return { code, out: io.out, err: io.err };
}

describe('appl init', () => {
    test('writes appl.config.json and a starter plan that checks without a problem', async () => {
        expect(await cli(['init'])).toEqual({
            code: 0, out: 'Wrote appl.config.json and plan.appl. Next: edit the plan, then run "appl check".\n', err: '',
        });
        expect(JSON.parse(await readFile(path.join(dir, 'appl.config.json'), 'utf8'))).toEqual({ $schema: CONFIG_SCHEMA, rules: {}, ignore: [] });
        expect(await readFile(path.join(dir, 'plan.appl'), 'utf8')).toBe(STARTER_PLAN);
        expect(await cli(['check'])).toEqual({ code: 0, out: `${NO_AS_OF}\nNo problems in 1 file.\n`, err: '' });
    });

    test('starts a project in another folder, creating it', async () => {
        expect((await cli(['init', 'plans/2025'])).out).toBe(
            'Wrote plans/2025/appl.config.json and plans/2025/plan.appl. Next: edit the plan, then run "appl check plans/2025".\n');
        expect((await readdir(path.join(dir, 'plans/2025'))).sort()).toEqual(['appl.config.json', 'plan.appl']);
    });

    test('refuses, writing nothing, when either file exists', async () => {
        await writeFiles(dir, { 'plan.appl': 'person me "Me"\n' });
        expect(await cli(['init'])).toEqual({ code: 2, out: '', err: 'appl: plan.appl already exists; nothing was written\n' });
        expect(await readdir(dir)).toEqual(['plan.appl']);
        expect(await readFile(path.join(dir, 'plan.appl'), 'utf8')).toBe('person me "Me"\n');
    });
});

describe('appl check --print-config', () => {
    test('prints the config file, every rule\'s level, the ignore globs and whether they skip the file, and checks nothing', async () => {
        await writeFiles(dir, {
            'appl.config.json': '{ "rules": { "vague-action": "off", "app-horizons": "error" }, "ignore": ["drafts/**"] }',
            'drafts/old.appl': BROKEN_PLAN,
        });
        const { code, out, err } = await cli(['check', '--print-config', 'drafts/old.appl']);
        expect({ code, err }).toEqual({ code: 0, err: '' });
        const printed = JSON.parse(out);
        expect(printed).toMatchObject({ file: 'drafts/old.appl', config: 'appl.config.json', ignore: ['drafts/**'], ignored: true, asOf: null });
        expect(printed.rules).toMatchObject({ 'vague-action': 'off', 'app-horizons': 'error', 'action-has-lead': 'error', 'unused': 'info', 'unused-suppression': 'warning' });
    });

    test('says so when no config file applies, and exits 2 on a config with a mistake', async () => {
        expect(JSON.parse((await cli(['check', '--print-config', 'plan.appl', '--as-of', '2021-01-20'])).out))
            .toMatchObject({ config: null, ignore: [], ignored: false, asOf: '2021-01-20' });
        await writeFiles(dir, { 'appl.config.json': '{ "rules": { "vague-actoin": "off" } }' });
        expect(await cli(['check', '--print-config', 'plan.appl'])).toEqual({
            code: 2, out: '', err: 'appl: appl.config.json has a mistake: "vague-actoin" is not a rule id; did you mean "vague-action"?\n',
        });
        expect((await cli(['check', '--print-config', 'notes.md'])).err).toBe('appl: --print-config needs a plan file, ending in .appl\n');
    });
});

describe('appl check options', () => {
    test('--max-warnings -1 means no limit', async () => {
        await writeFiles(dir, { 'one.appl': ONE_ERROR_PLAN, 'appl.config.json': '{ "rules": { "action-has-lead": "warning" } }' });
        expect((await cli(['check', 'one.appl', '--max-warnings', '-1'])).code).toBe(0);
        expect((await cli(['check', 'one.appl', '--max-warnings=-1'])).code).toBe(0);
        expect((await cli(['check', 'one.appl', '--max-warnings', '0'])).code).toBe(1);
        expect((await cli(['check', 'one.appl', '--max-warnings', '-2'])).err)
            .toBe("appl: option '--max-warnings <count>' argument '-2' is invalid. expected a whole number, or -1 for no limit.\n");
    });

    test('--no-error-on-unmatched-pattern lets a folder or glob that finds no plan pass', async () => {
        await writeFiles(dir, { 'plans/a.appl': CLEAN_PLAN, 'empty/notes.txt': '' });
        expect((await cli(['check', 'plans', 'empty', 'drafts/*.appl'])).err).toBe('appl: no .appl files in empty\n');
        expect(await cli(['check', 'plans', 'empty', 'drafts/*.appl', '--no-error-on-unmatched-pattern', '--as-of', '2020-05-01'])).toEqual({
            code: 0, out: 'Checked as of 2020-05-01 (--as-of).\nNo problems in 1 file.\n', err: '',
        });
        expect(await cli(['check', 'drafts/*.appl', '--no-error-on-unmatched-pattern'])).toEqual({ code: 0, out: 'No problems in 0 files.\n', err: '' });
    });

    test('--no-error-on-unmatched-pattern also lets a folder pass whose plans the config ignores', async () => {
        await writeFiles(dir, { 'appl.config.json': '{ "ignore": ["teaching/**"] }', 'teaching/a.appl': BROKEN_PLAN });
        expect((await cli(['check', 'teaching'])).code).toBe(2);
        expect(await cli(['check', 'teaching', '--no-error-on-unmatched-pattern'])).toEqual({ code: 0, out: 'No problems in 0 files.\n', err: '' });
    });

    test('the config\'s "ignore" globs match as the command line\'s do: {a,b}, [ab], and ! to take a file back', async () => {
        await writeFiles(dir, {
            'appl.config.json': '{ "ignore": ["{drafts,old}/**", "teaching/[ab]*.appl", "teaching/**", "!teaching/keep.appl"] }',
            'drafts/x.appl': CLEAN_PLAN, 'old/y.appl': CLEAN_PLAN, 'teaching/a1.appl': CLEAN_PLAN, 'teaching/keep.appl': CLEAN_PLAN,
            'plans/z.appl': CLEAN_PLAN,
        });
        const { out } = await cli(['check', '.', '--format', 'json']);
        expect(JSON.parse(out).files.map((file: { path: string }) => file.path)).toEqual(['plans/z.appl', 'teaching/keep.appl']);
    });

    test('--color colours the text report on a pipe, --no-color never on a terminal', async () => {
        await writeFiles(dir, { 'a.appl': CLEAN_PLAN });
        expect((await cli(['check', 'a.appl', '--color'])).out).toContain('\u001b[32mNo problems in 1 file.\u001b[0m');
        expect((await cli(['check', 'a.appl', '--no-color'], { stdoutIsTTY: true })).out).not.toContain('\u001b[');
        expect((await cli(['check', 'a.appl'], { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } })).out).not.toContain('\u001b[');
        expect((await cli(['check', 'a.appl'], { env: { FORCE_COLOR: '1' } })).out).toContain('\u001b[32m');
    });
});

describe('appl export -', () => {
    test('exports the plan read from stdin, named by --stdin-filename, its imports found from there', async () => {
        await writeFiles(dir, { 'plans/people.appl': 'person jane "Jane Smith" role "Head of SEND"\n' });
        const text = `import "people.appl"\n${CLEAN_PLAN.replace(/person jane [^\n]*\n/, '')}`;
        const { code, out, err } = await cli(['export', '-', '--format', 'json', '--stdin-filename', 'plans/app.appl'], { stdin: text });
        expect({ code, err }).toEqual({ code: 0, err: '' });
        expect(JSON.parse(out)).toMatchObject({ version: 1, files: { plan: 'app.appl', imports: ['people.appl'] } });
        const markdown = await cli(['export', '-', '--format', 'markdown'], { stdin: CLEAN_PLAN });
        expect(markdown.code).toBe(0);
        expect(markdown.out).toMatch(/^# /);
    });

    test('refuses "-" with other paths or --out-dir, and --stdin-filename without "-"', async () => {
        await writeFiles(dir, { 'a.appl': CLEAN_PLAN });
        const refused = 'appl: "-" exports the one plan read from stdin: give no other path and no --out-dir\n';
        expect(await cli(['export', '-', 'a.appl', '--format', 'json'], { stdin: CLEAN_PLAN })).toEqual({ code: 2, out: '', err: refused });
        expect(await cli(['export', '-', '--out-dir', 'out', '--format', 'json'], { stdin: CLEAN_PLAN })).toEqual({ code: 2, out: '', err: refused });
        expect(await cli(['export', 'a.appl', '--format', 'json', '--stdin-filename', 'b.appl'])).toEqual({
            code: 2, out: '', err: 'appl: --stdin-filename needs "-" as the path\n',
        });
    });
});

describe('help', () => {
    test.each([
        [['--help'], 'https://github.com/appl-lang/appl'],
        [['check', '--help'], 'docs/ci.md'],
        [['export', '--help'], 'docs/ci.md#appl-export'],
        [['review', '--help'], 'docs/ci.md#appl-review'],
        [['format', '--help'], 'docs/language.md#layout'],
        [['init', '--help'], 'docs/language.md#configuration-and-suppressions'],
    ])('appl %j shows examples and a link to the documentation', async (argv, doc) => {
        const { code, out } = await cli(argv);
        expect(code).toBe(0);
        expect(out).toMatch(/\nExamples:\n(  \$ [^\n]+\n)+\nDocumentation: https:\/\/github\.com\/appl-lang\/appl\S*\n$/);
        expect(out.trimEnd().endsWith(doc)).toBe(true);
    });

    test('check --help lists the new options', async () => {
        const { out } = await cli(['check', '--help']);
        for (const option of ['--print-config <file>', '--no-error-on-unmatched-pattern', '--color', '--no-color', '-1: no limit']) {
            expect(out).toContain(option);
        }
    });
});
