import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { exitCodeFor } from '../src/commands/check.js';
import { runCli } from '../src/main.js';
import { BROKEN_PLAN, CLEAN_PLAN, ONE_ERROR_PLAN } from './fixtures.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from './helpers.js';

/** Every exit code of `appl check`, through the command line as CI runs it. */
describe('appl check exit codes', () => {
    let dir: string;
    beforeEach(async () => {
        dir = await makeTempDir();
        await writeFiles(dir, {
            'clean.appl': CLEAN_PLAN,
            'broken/plan.appl': BROKEN_PLAN,
            'warned/plan.appl': ONE_ERROR_PLAN,
            'warned/appl.config.json': '{ "rules": { "action-has-lead": "warning" } }',
            'informed/plan.appl': ONE_ERROR_PLAN,
            'informed/appl.config.json': '{ "rules": { "action-has-lead": "info" } }',
            'misconfigured/plan.appl': CLEAN_PLAN,
            'misconfigured/appl.config.json': '{ "rules": { "action-has-leed": "off" } }',
            'taken': 'a file where a folder should be',
            'notes/readme.txt': 'no plans here',
        });
    });
    afterEach(async () => { await removeTempDir(dir); });

    async function exitCode(...argv: string[]) {
        const io = recordingIo(dir, { stdin: CLEAN_PLAN });
        const code = await runCli(argv, io);
        // Exit 2 always comes with exactly one line on stderr, and never with a report.
        if (code === 2) {
            expect(io.err).toMatch(/^appl: [^\n]+\n$/);
            expect(io.out).toBe('');
        }
        return code;
    }

    test.each([
        [0, 'a clean plan', ['clean.appl']],
        [0, 'a plan read from stdin', ['-']],
        [0, 'warnings without --max-warnings', ['warned']],
        [0, 'warnings up to --max-warnings', ['warned', '--max-warnings', '1']],
        [0, 'infos, even with --max-warnings 0', ['informed', '--max-warnings', '0']],
        [1, 'errors', ['broken']],
        [1, 'errors, whatever the format', ['broken', '--format', 'sarif']],
        [1, 'errors, even with --quiet', ['broken', '--quiet']],
        [1, 'more warnings than --max-warnings', ['warned', '--max-warnings', '0']],
        [2, 'a missing file', ['clean.appl', 'missing.appl']],
        [2, 'a glob that matches nothing', ['plans/**/*.appl']],
        [2, 'a folder without plans', ['notes']],
        [2, 'a file that is not a plan', ['warned/appl.config.json']],
        [2, 'an unknown option', ['clean.appl', '--fixx']],
        [2, 'an unknown format', ['clean.appl', '--format', 'junit']],
        [2, 'a date that does not exist', ['clean.appl', '--as-of', '2021-02-30']],
        [2, 'a date that is not a date', ['clean.appl', '--as-of', 'tomorrow']],
        [2, 'a mistake in appl.config.json', ['misconfigured']],
        [2, 'a --config file that does not exist', ['clean.appl', '--config', 'strict.json']],
        [2, 'a -o file that cannot be written', ['clean.appl', '-o', 'taken/report.txt']],
        [2, 'stdin and files together', ['-', 'clean.appl']],
    ])('is %i for %s', async (expected, _case, argv) => {
        expect(await exitCode('check', ...argv)).toBe(expected);
    });
});

describe('exitCodeFor', () => {
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
