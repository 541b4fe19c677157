import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCheck } from '../src/commands/check.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from './helpers.js';

const PLAN = `organisation forum "Parent Carer Forum" kind parent-carer-forum
person jane-doe "Jane Doe"
area 1 "Leadership" {
  // appl-disable-next-line vague-action
  action 1.1 "Agree the SEND strategy" {
    lead jane-doo
    partners forum
    due 2020-09-30
    target "Schools signed up" 10 count by 2020-09-01 from 2 on 2020-03-01
    milestone 2020-06-01 "Strategy agreed"
  }
}
`;

const FIXED = PLAN.replace('  // appl-disable-next-line vague-action\n', '').replace('lead jane-doo', 'lead jane-doe');

describe('appl check --fix', () => {
    let dir: string;
    beforeEach(async () => { dir = await makeTempDir(); });
    afterEach(async () => { await removeTempDir(dir); });

    async function check(args: { paths: string[], fix?: boolean }) {
        const io = recordingIo(dir);
        const code = await runCheck(args, io);
        return { code, out: io.out, err: io.err };
    }

    test('applies the fixes that need no choice, writes the plan and reports what remains', async () => {
        await writeFiles(dir, { 'plan.appl': PLAN });
        const before = await check({ paths: ['plan.appl'] });
        expect(before.out).toContain('unresolved-reference');
        expect(before.out).toContain('unused-suppression');

        const fixed = await check({ paths: ['plan.appl'], fix: true });
        expect(await readFile(path.join(dir, 'plan.appl'), 'utf8')).toBe(FIXED);
        expect(fixed.err).toBe('appl: applied 2 fixes.\n');
        expect(fixed.out).not.toContain('unresolved-reference');
        expect(fixed.out).not.toContain('unused-suppression');
        expect(fixed.code).toBe(0);
    });

    test('is idempotent: a second run changes nothing', async () => {
        await writeFiles(dir, { 'plan.appl': PLAN });
        await check({ paths: ['plan.appl'], fix: true });
        const again = await check({ paths: ['plan.appl'], fix: true });
        expect(again.err).toBe('appl: applied 0 fixes.\n');
        expect(await readFile(path.join(dir, 'plan.appl'), 'utf8')).toBe(FIXED);
    });

    test('refuses stdin, which it could not write back', async () => {
        const result = await check({ paths: ['-'], fix: true });
        expect([result.code, result.err]).toEqual([2, 'appl: --fix writes plan files, so it cannot be used with "-" (stdin)\n']);
    });
});
