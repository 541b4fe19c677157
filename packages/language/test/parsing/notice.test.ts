import { describe, expect, test } from 'vitest';
import { ast } from '../../src/index.js';
import { parse } from './parse.js';

describe('notice', () => {
    test('parses an improvement notice with its requirements, deadlines, outcomes and answers', async () => {
        const document = await parse(`
            notice improvement-notice kent-notice "Improvement Notice to Kent County Council" issued 2023-03-31 by dfe {
              requirement R1 "A permanent, suitably trained SEND casework team of sufficient capacity." due 2023-09-30 met answered-by 4.1
              requirement R2 "Deliver the majority of the actions by the end of April 2024."
            }`);
        const notice = document.declarations[0] as ast.Notice;
        expect([notice.kind, notice.name, notice.title, notice.issued]).toEqual(['improvement-notice', 'kent-notice', 'Improvement Notice to Kent County Council', '2023-03-31']);
        expect(notice.issuers.map(ref => ref.$refText)).toEqual(['dfe']);
        expect(notice.requirements.map(r => [r.name, r.due, r.outcome, r.answeredBy.map(ref => ref.$refText)])).toEqual([
            ['R1', '2023-09-30', 'met', ['4.1']],
            ['R2', undefined, undefined, []],
        ]);
    });

    test('parses a statutory direction without title or date', async () => {
        const document = await parse('notice statutory-direction sd1 { }');
        expect((document.declarations[0] as ast.Notice).kind).toBe('statutory-direction');
    });
});
