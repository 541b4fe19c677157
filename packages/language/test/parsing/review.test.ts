import { describe, expect, test } from 'vitest';
import { ast } from '../../src/index.js';
import { parse } from './parse.js';

describe('review', () => {
    test('parses date, kind, reviewers, outcomes and looking-for items', async () => {
        const document = await parse(`
            review 2021-01-20 progress-review by DfE, NHSE {
              outcome W7 sufficient "EHC plan quality has improved"
              looking-for W1 "Evidence of the impact of the communication plan" answered-by 1.1, comms-reach
              looking-for "Hearing directly from education and parent representatives"
            }`);
        const review = document.declarations[0] as ast.Review;
        expect([review.date, review.kind]).toEqual(['2021-01-20', 'progress-review']);
        expect(review.reviewers.map(ref => ref.$refText)).toEqual(['DfE', 'NHSE']);
        expect(review.outcomes.map(o => [o.weakness.$refText, o.judgement, o.text]))
            .toEqual([['W7', 'sufficient', 'EHC plan quality has improved']]);
        expect(review.lookingFor.map(l => [l.weakness?.$refText, l.text, l.answeredBy.map(ref => ref.$refText)])).toEqual([
            ['W1', 'Evidence of the impact of the communication plan', ['1.1', 'comms-reach']],
            [undefined, 'Hearing directly from education and parent representatives', []],
        ]);
    });
});
