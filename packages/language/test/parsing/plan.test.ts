import { describe, expect, test } from 'vitest';
import { ast } from '../../src/index.js';
import { parse, parseErrors } from './parse.js';

describe('plan header', () => {
    test('parses every clause of the header', async () => {
        const document = await parse(`
            plan "Medway Accelerated Progress Plan" {
              type APP
              local-area "Medway"
              period 2020-03-01 to 2021-09-30
              agreed 2020-03-20
              as-of 2021-01-20
              accountable ian-sutherland, sue-gibbons
              advisers liz-flaherty
            }`);
        const plan = document.declarations[0] as ast.Plan;
        expect(plan.$type).toBe('Plan');
        expect(plan.title).toBe('Medway Accelerated Progress Plan');
        // A clause given once is still a list in the tree (a second one is a syntax error, not lost).
        expect(plan.type).toEqual(['APP']);
        expect(plan.localArea).toEqual(['Medway']);
        expect(plan.period.map(period => [period.start, period.end])).toEqual([['2020-03-01', '2021-09-30']]);
        expect(plan.agreed).toEqual(['2020-03-20']);
        expect(plan.asOf).toEqual(['2021-01-20']);
        expect(plan.accountable.map(ref => ref.$refText)).toEqual(['ian-sutherland', 'sue-gibbons']);
        expect(plan.advisers.map(ref => ref.$refText)).toEqual(['liz-flaherty']);
    });

    test('accepts clauses in any order and every plan type', async () => {
        for (const type of ['WSOA', 'APP', 'priority-action-plan', 'improvement-plan']) {
            const document = await parse(`plan "P" { local-area "Kent" type ${type} }`);
            expect((document.declarations[0] as ast.Plan).type).toEqual([type]);
        }
    });

    test('keeps quotes escaped inside text', async () => {
        const document = await parse(String.raw`plan "The \"new\" plan" { }`);
        expect((document.declarations[0] as ast.Plan).title).toBe('The "new" plan');
    });

    test('skips line and block comments', async () => {
        const document = await parse(`// a plan
            /* written
               over lines */
            plan "P" { type WSOA // the statement of action
            }`);
        expect((document.declarations[0] as ast.Plan).type).toEqual(['WSOA']);
    });

    test('rejects an unknown plan type', async () => {
        expect(await parseErrors('plan "P" { type SIP }')).not.toEqual([]);
    });
});
