import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { checkTeaching, expectToEqualFile } from '../helpers.js';

describe('github report', () => {
    test('equals the expected workflow commands for the teaching examples', async () => {
        const { code, out, err } = await checkTeaching({ format: 'github' });
        expect({ code, err }).toEqual({ code: 1, err: '' });
        expectToEqualFile(out, 'teaching.github.txt');
    });

    test('writes one annotation per finding, with its range and rule id as the title', async () => {
        const { out } = await checkTeaching({ format: 'github' });
        expect(out.split('\n')).toContain('::error file=teaching/typos.appl,line=41,col=9,endLine=41,endColumn=19,'
            + 'title=valid-date::2021-02-30 is not a real date: February 2021 has 28 days.');
        expect(out).toMatch(/^::warning file=teaching\/overdue\.appl,line=48,/m);
        expect(out).toMatch(/^::notice file=teaching\/missing-target\.appl,line=37,col=14,.*title=vague-action::/m);
    });

    test('escapes what would end a workflow command early', () => {
        expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
        expect(escapeProperty('plans/a:b,c.appl')).toBe('plans/a%3Ab%2Cc.appl');
    });
});
