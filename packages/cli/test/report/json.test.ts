import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { toCheckJson } from '../../src/report/json.js';
import { checkTeaching, expectToEqualFile } from '../helpers.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/appl-check.v1.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe('json report', () => {
    test('equals the expected report of the teaching examples', async () => {
        const { code, out, err } = await checkTeaching({ format: 'json' });
        expect({ code, err }).toEqual({ code: 1, err: '' });
        expectToEqualFile(out, 'teaching.json');
    });

    test('is valid against schema/appl-check.v1.schema.json, which its "$schema" names', async () => {
        const report = JSON.parse((await checkTeaching({ format: 'json' })).out);
        expect(report.$schema).toBe('https://raw.githubusercontent.com/appl-lang/appl/main/packages/cli/schema/appl-check.v1.schema.json');
        expect(report.$schema).toBe(schema.$id);
        expect(schema.$id).toBe(report.$schema);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        const quiet = JSON.parse((await checkTeaching({ format: 'json', quiet: true, asOf: '2021-06-01' })).out);
        expect(validate(quiet), JSON.stringify(validate.errors)).toBe(true);
    });

    test('says where each file\'s as-of date came from, and which rules did not run without one', async () => {
        const report = JSON.parse((await checkTeaching({ format: 'json' })).out);
        expect(report.files.map((file: { asOf: unknown }) => file.asOf)).toEqual([
            { source: 'none', notChecked: ['overdue-milestone', 'missing-actual', 'future-actual', 'progress-update', 'requirement-overdue', 'looking-for-answered'] },
            { source: 'none', notChecked: ['overdue-milestone', 'missing-actual', 'future-actual', 'progress-update', 'requirement-overdue', 'looking-for-answered'] },
            { date: '2021-07-15', source: 'plan' },
            { date: '2021-03-01', source: 'plan' },
        ]);
        const overridden = JSON.parse((await checkTeaching({ format: 'json', asOf: '2021-06-01' })).out);
        expect(overridden.files[0].asOf).toEqual({ date: '2021-06-01', source: 'option' });
    });

    test('carries a fix when the checker attaches one to a finding', () => {
        const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 11 } };
        const json = toCheckJson({
            tool: { name: 'appl', version: '0' },
            rules: [],
            files: [{
                path: 'plan.appl',
                asOf: { source: 'none' },
                diagnostics: [{
                    rule: 'unresolved-reference', severity: 'error', message: 'No person called jane-do.',
                    range: { start: { line: 3, column: 5 }, end: { line: 3, column: 12 } },
                    fix: { description: 'Change to jane-doe', edits: [{ range: { start: { line: 3, column: 5 }, end: { line: 3, column: 12 } }, text: 'jane-doe' }] },
                }],
            }],
            totals: { files: 1, errors: 1, warnings: 0, infos: 0 },
        });
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(json.files[0].diagnostics[0].fix).toEqual({
            description: 'Change to jane-doe',
            edits: [{ range: { start: { line: 3, column: 5 }, end: { line: 3, column: 12 } }, text: 'jane-doe' }],
        });
        expect(range).toBeDefined();
    });
});
