import { describe, expect, test } from 'vitest';
import type { CheckReport } from '../../src/report/check-report.js';
import { formatSummary, formatText, useColor } from '../../src/report/text.js';
import { checkTeaching, expectToEqualFile } from '../helpers.js';

describe('text report', () => {
    test('equals the expected report of the teaching examples: as-of lines, findings, summary', async () => {
        const { code, out, err } = await checkTeaching();
        expect({ code, err }).toEqual({ code: 1, err: '' });
        expectToEqualFile(out, 'teaching.txt');
    });

    test('with --quiet, lists errors only and counts them', async () => {
        const { code, out } = await checkTeaching({ quiet: true });
        expect(code).toBe(1);
        expect(out).not.toMatch(/ (warning|info) /);
        expect(out).toMatch(/\n\n5 errors in 4 files; 4 warnings and 3 infos not shown \(--quiet\)\.\n$/);
    });

    test('says once which as-of date the run was checked against, and that --as-of overrides the plans\'', async () => {
        const lastLines = (out: string) => out.trimEnd().split('\n').slice(-2);
        expect(lastLines((await checkTeaching()).out)).toEqual([
            'Checked as of each plan\'s as-of date: 2021-03-01 (1 file), 2021-07-15 (1 file); 2 files without one, '
                + 'where overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked.',
            '5 errors, 4 warnings and 3 infos in 4 files.',
        ]);
        const early = await checkTeaching({ asOf: '2021-01-10' });
        expect(lastLines(early.out)[0]).toBe('Checked as of 2021-01-10 (--as-of).');
        expect(early.out.match(/Checked as of/g)).toHaveLength(1);
        // Nothing was due yet on 10 January 2021: the date-relative warnings are gone.
        expect(early.out).not.toContain('overdue-milestone\n');
        expect(early.out).not.toContain('missing-actual\n');
        // With --quiet, only the errors and the summary.
        expect((await checkTeaching({ quiet: true })).out).not.toContain('Checked as of');
    });

    test('colours severities, rule ids and the summary on a terminal', async () => {
        const { out } = await checkTeaching({}, { stdoutIsTTY: true });
        expect(out).toContain('teaching/typos.appl:41:9 \u001b[1;31merror\u001b[0m 2021-02-30 is not a real date: '
            + 'February 2021 has 28 days. \u001b[2mvalid-date\u001b[0m');
        expect(out).toMatch(/\u001b\[1;31m5 errors, 4 warnings and 3 infos in 4 files\.\u001b\[0m\n$/);
    });

    test('colours as ESLint does: FORCE_COLOR first, then --color or --no-color, then NO_COLOR, then a terminal', () => {
        const text = { format: 'text' };
        // A terminal colours, a pipe does not; NO_COLOR (when not empty, as no-color.org says) and TERM=dumb stop it.
        expect(useColor(text, true, {})).toBe(true);
        expect(useColor(text, false, {})).toBe(false);
        expect(useColor(text, true, { NO_COLOR: '1' })).toBe(false);
        expect(useColor(text, true, { NO_COLOR: '' })).toBe(true);
        expect(useColor(text, true, { TERM: 'dumb' })).toBe(false);
        // The flags win over the terminal and NO_COLOR.
        expect(useColor({ ...text, color: true }, false, {})).toBe(true);
        expect(useColor({ ...text, color: true }, false, { NO_COLOR: '1' })).toBe(true);
        expect(useColor({ ...text, color: false }, true, {})).toBe(false);
        // FORCE_COLOR wins over everything: 0 or false for none, any other value (even empty) for colour.
        expect(useColor(text, false, { FORCE_COLOR: '1' })).toBe(true);
        expect(useColor(text, false, { FORCE_COLOR: '' })).toBe(true);
        expect(useColor(text, false, { FORCE_COLOR: 'true' })).toBe(true);
        expect(useColor({ ...text, color: false }, false, { FORCE_COLOR: '3' })).toBe(true);
        expect(useColor(text, true, { FORCE_COLOR: '0' })).toBe(false);
        expect(useColor({ ...text, color: true }, true, { FORCE_COLOR: 'false' })).toBe(false);
        // Never in a file, never in another format.
        expect(useColor({ ...text, output: 'report.txt', color: true }, true, { FORCE_COLOR: '1' })).toBe(false);
        expect(useColor({ format: 'github', color: true }, true, { FORCE_COLOR: '1' })).toBe(false);
    });
});

describe('text report summary', () => {
    test('says there are no problems, with the number of files', () => {
        expect(formatSummary({ files: 3, errors: 0, warnings: 0, infos: 0 })).toBe('No problems in 3 files.');
        expect(formatSummary({ files: 1, errors: 0, warnings: 0, infos: 0 })).toBe('No problems in 1 file.');
    });

    test('counts errors and warnings, singular and plural', () => {
        expect(formatSummary({ files: 3, errors: 2, warnings: 1, infos: 0 })).toBe('2 errors and 1 warning in 3 files.');
        expect(formatSummary({ files: 2, errors: 1, warnings: 0, infos: 0 })).toBe('1 error in 2 files.');
    });

    test('lists infos last', () => {
        expect(formatSummary({ files: 1, errors: 1, warnings: 2, infos: 3 })).toBe('1 error, 2 warnings and 3 infos in 1 file.');
        expect(formatSummary({ files: 1, errors: 0, warnings: 0, infos: 1 })).toBe('1 info in 1 file.');
    });
});

describe('text report lines', () => {
    test('keeps each finding on one line, at its 1-based position', () => {
        const report: CheckReport = {
            tool: { name: 'appl', version: '0' },
            rules: [],
            files: [{
                path: 'b.appl',
                asOf: { source: 'none' },
                diagnostics: [{
                    rule: 'syntax-error', severity: 'error', message: 'Expecting\n  a name.',
                    range: { start: { line: 3, column: 2 }, end: { line: 3, column: 3 } },
                }],
            }],
            totals: { files: 1, errors: 1, warnings: 0, infos: 0 },
        };
        expect(formatText(report)).toBe([
            'b.appl:3:2 error Expecting a name. syntax-error',
            '',
            'No as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked.',
            '1 error in 1 file.',
            '',
        ].join('\n'));
    });
});
