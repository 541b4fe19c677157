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
        expect(out).toMatch(/\n\n5 errors in 4 files\.\n$/);
    });

    test('says which as-of date each file was checked against, and that --as-of overrides the plan\'s', async () => {
        const asOfLines = (out: string) => out.split('\n').filter(line => /^teaching\/[\w-]+\.appl: /.test(line));
        expect(asOfLines((await checkTeaching()).out)).toEqual([
            'teaching/half-typed.appl: no as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked',
            'teaching/missing-target.appl: no as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked',
            'teaching/overdue.appl: checked as of 2021-07-15 (the plan\'s as-of date)',
            'teaching/typos.appl: checked as of 2021-03-01 (the plan\'s as-of date)',
        ]);
        const early = await checkTeaching({ asOf: '2021-01-10' });
        expect(asOfLines(early.out)).toEqual([
            'teaching/half-typed.appl: checked as of 2021-01-10 (--as-of)',
            'teaching/missing-target.appl: checked as of 2021-01-10 (--as-of)',
            'teaching/overdue.appl: checked as of 2021-01-10 (--as-of)',
            'teaching/typos.appl: checked as of 2021-01-10 (--as-of)',
        ]);
        // Nothing was due yet on 10 January 2021: the date-relative warnings are gone.
        expect(early.out).not.toContain('overdue-milestone\n');
        expect(early.out).not.toContain('missing-actual\n');
    });

    test('colours severities, rule ids and the summary on a terminal', async () => {
        const { out } = await checkTeaching({}, { stdoutIsTTY: true });
        expect(out).toContain('teaching/typos.appl:41:9 \u001b[1;31merror\u001b[0m 2021-02-30 is not a real date: '
            + 'February 2021 has 28 days. \u001b[2mvalid-date\u001b[0m');
        expect(out).toMatch(/\u001b\[1;31m5 errors, 4 warnings and 3 infos in 4 files\.\u001b\[0m\n$/);
    });

    test('never colours without a terminal, with NO_COLOR, with --no-color, to a file or in another format', () => {
        const text = { format: 'text' };
        expect(useColor(text, true, {})).toBe(true);
        expect(useColor(text, true, { NO_COLOR: '' })).toBe(true); // no-color.org: only a non-empty value counts
        expect(useColor(text, false, {})).toBe(false);
        expect(useColor(text, true, { NO_COLOR: '1' })).toBe(false);
        expect(useColor({ ...text, color: false }, true, {})).toBe(false);
        expect(useColor({ ...text, output: 'report.txt' }, true, {})).toBe(false);
        expect(useColor({ format: 'github' }, true, {})).toBe(false);
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
            'b.appl: no as-of date: overdue-milestone, missing-actual, future-actual, progress-update, requirement-overdue and looking-for-answered were not checked',
            'b.appl:3:2 error Expecting a name. syntax-error',
            '',
            '1 error in 1 file.',
            '',
        ].join('\n'));
    });
});
