import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../src/main.js';
import { CLEAN_PLAN } from './fixtures.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from './helpers.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('appl command line', () => {
    let dir: string;
    beforeEach(async () => {
        dir = await makeTempDir();
        await writeFiles(dir, { 'plan.appl': CLEAN_PLAN });
    });
    afterEach(async () => { await removeTempDir(dir); });

    async function cli(...argv: string[]) {
        const io = recordingIo(dir);
        const code = await runCli(argv, io);
        return { code, out: io.out, err: io.err };
    }

    test('prints the version and exits 0', async () => {
        expect(await cli('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' });
    });

    test('prints help for the program and for a command and exits 0', async () => {
        const program = await cli('--help');
        expect(program.code).toBe(0);
        expect(program.out).toMatch(/^Usage: appl \[options\] \[command\]/);
        expect(program.out).toContain('check');
        expect(program.out).toContain('export');
        const exportHelp = await cli('export', '--help');
        expect(exportHelp.code).toBe(0);
        expect(exportHelp.out).toContain('--format <format>');
    });

    test('dispatches check and passes its options', async () => {
        expect(await cli('check', 'plan.appl', '--max-warnings', '0', '--as-of', '2020-05-01', '--quiet')).toEqual({
            code: 0, out: 'No problems in 1 file.\n', err: '',
        });
        const json = await cli('check', '--format', 'json', 'plan.appl');
        expect(JSON.parse(json.out)).toMatchObject({ version: 1, tool: { name: 'appl', version } });
    });

    test('check --help lists every option', async () => {
        const { out } = await cli('check', '--help');
        for (const option of ['--format <format>', '--output <file>', '--max-warnings <count>', '--quiet', '--as-of <date>',
            '--config <file>', '--stdin-filename <path>', '--no-ignore', '--no-color']) {
            expect(out).toContain(option);
        }
    });

    test('takes the export format from the -o extension when --format is absent', async () => {
        const { code, err } = await cli('export', 'plan.appl', '-o', 'plan.json');
        expect({ code, err }).toEqual({ code: 0, err: '' });
        expect(JSON.parse(readFileSync(`${dir}/plan.json`, 'utf8'))).toMatchObject({ version: 1 });
    });

    test.each([
        [['check', '--bogus'], "appl: unknown option '--bogus'"],
        [['export'], "appl: missing required argument 'paths'"],
        [['check', '--format', 'xml'],
            "appl: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif, github."],
        [['check', '--as-of', '2021-02-30'],
            "appl: option '--as-of <date>' argument '2021-02-30' is invalid. expected a date that exists, as YYYY-MM-DD (e.g. 2021-01-20)."],
        [['check', '--as-of', 'tomorrow'],
            "appl: option '--as-of <date>' argument 'tomorrow' is invalid. expected a date that exists, as YYYY-MM-DD (e.g. 2021-01-20)."],
        [['export', 'plan.appl', '--format', 'json', '--as-of', '2021-13-01'],
            "appl: option '--as-of <date>' argument '2021-13-01' is invalid. expected a date that exists, as YYYY-MM-DD (e.g. 2021-01-20)."],
        [['check', '--max-warnings'], "appl: option '--max-warnings <count>' argument missing"],
        [['export', 'plan.appl', '--format', 'pdf'],
            "appl: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are json, markdown, html, docx."],
        [['export', 'plan.appl'], 'appl: export needs --format json, markdown, html or docx'],
        [['export', 'plan.appl', '-o', 'plan.txt'], 'appl: export needs --format json, markdown, html or docx'],
        [['review'], "appl: missing required argument 'plan'"],
        [['review', 'plan.appl', '--format', 'json'],
            "appl: option '-f, --format <format>' argument 'json' is invalid. Allowed choices are markdown, html, docx."],
        [['review', 'plan.appl', '-o', 'pack.json'], 'appl: review needs --format markdown, html or docx'],
        [['review', 'plan.appl', '--since', '2021-02-30'],
            "appl: option '--since <date>' argument '2021-02-30' is invalid. expected a date that exists, as YYYY-MM-DD (e.g. 2021-01-20)."],
        [['check', '--max-warnings', 'many'],
            "appl: option '--max-warnings <count>' argument 'many' is invalid. expected a whole number, or -1 for no limit."],
        [['frobnicate'], "appl: unknown command 'frobnicate'"],
        [[], 'appl: missing command; run "appl --help" to see the commands'],
    ])('exits 2 with one line on stderr for bad usage: appl %j', async (argv, message) => {
        expect(await cli(...argv)).toEqual({ code: 2, out: '', err: `${message}\n` });
    });
});
