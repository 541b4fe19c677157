import { describe, expect, test } from 'vitest';
import { ast } from '../../src/index.js';
import { parse } from './parse.js';

describe('inspection', () => {
    test('parses kind, dates and weaknesses with judgements', async () => {
        const document = await parse(`
            inspection revisit from 2019-12-09 to 2019-12-11 published 2020-02-11 {
              weakness W1 "There was a lack of joint strategic leadership." not-sufficient
              weakness W3 "Providers were not taking suitable responsibility." sufficient
              weakness W9 "Not yet judged."
            }`);
        const inspection = document.declarations[0] as ast.Inspection;
        expect([inspection.kind, inspection.from, inspection.to, inspection.published])
            .toEqual(['revisit', '2019-12-09', '2019-12-11', '2020-02-11']);
        expect(inspection.weaknesses.map(w => [w.kind, w.name, w.judgement]))
            .toEqual([['weakness', 'W1', 'not-sufficient'], ['weakness', 'W3', 'sufficient'], ['weakness', 'W9', undefined]]);
        expect(inspection.weaknesses[0].text).toBe('There was a lack of joint strategic leadership.');
    });

    test('parses the 2023 framework\'s areas for priority action and for improvement', async () => {
        const document = await parse(`
            inspection full from 2024-01-15 to 2024-01-19 {
              priority-action P1 "Leaders must improve the timeliness of EHC plans." open
              improvement-area I1 "Leaders should improve the local offer." released
            }`);
        const inspection = document.declarations[0] as ast.Inspection;
        expect(inspection.weaknesses.map(w => [w.kind, w.name, w.judgement]))
            .toEqual([['priority-action', 'P1', 'open'], ['improvement-area', 'I1', 'released']]);
    });

    test('parses an inspection with no dates', async () => {
        const document = await parse('inspection initial { }');
        expect((document.declarations[0] as ast.Inspection).kind).toBe('initial');
    });
});
