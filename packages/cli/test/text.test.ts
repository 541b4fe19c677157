import * as path from 'node:path';
import type { CheckedPlan } from 'appl-language';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { formatSummary, formatText } from '../src/report/text.js';

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
    const cwd = path.resolve('project');
    const plan = (file: string, diagnostics: CheckedPlan['diagnostics']) =>
        ({ document: { uri: URI.file(path.join(cwd, file)) }, diagnostics }) as CheckedPlan;
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });

    test('sorts each file\'s findings by position, prints 1-based positions and keeps each on one line', () => {
        const text = formatText([
            plan('b.appl', [
                { range: at(9, 0), severity: 3, message: 'Vague.', code: 'vague-action' },
                { range: at(2, 4), severity: 2, message: 'Out of\n  order.', code: 'milestone-order' },
                { range: at(2, 1), severity: 1, message: 'Broken.', code: 'syntax-error' },
            ]),
            plan('a.appl', []),
        ], cwd);
        expect(text).toBe([
            'b.appl:3:2 error Broken. syntax-error',
            'b.appl:3:5 warning Out of order. milestone-order',
            'b.appl:10:1 info Vague. vague-action',
            '',
            '1 error, 1 warning and 1 info in 2 files.',
            '',
        ].join('\n'));
    });
});
