import { describe, expect, test } from 'vitest';
import { ast } from '../../src/index.js';
import { parse } from './parse.js';

describe('measure', () => {
    test('parses kind, unit, baseline, target, expected values and actuals', async () => {
        const document = await parse(`
            measure ehcp-quality "EHC plans audited as good or better" {
              kind impact
              unit percent
              direction increase
              baseline 35 on 2020-01-31 source "Monthly multi-agency EHC plan audit"
              target 70 by 2021-03-31
              expect 45 by 2020-06-30
              expect 55.5 by 2020-09-30
              actual 41 on 2020-06-30 source "June audit"
            }`);
        const measure = document.declarations[0] as ast.Measure;
        expect([measure.name, measure.title, measure.kind, measure.unit, measure.direction])
            .toEqual(['ehcp-quality', 'EHC plans audited as good or better', ['impact'], ['percent'], ['increase']]);
        expect(measure.baseline).toMatchObject([{ value: 35, date: '2020-01-31', source: 'Monthly multi-agency EHC plan audit' }]);
        expect(measure.target).toMatchObject([{ value: 70, date: '2021-03-31' }]);
        expect(measure.expected.map(e => [e.value, e.date])).toEqual([[45, '2020-06-30'], [55.5, '2020-09-30']]);
        expect(measure.actuals.map(a => [a.value, a.date, a.source])).toEqual([[41, '2020-06-30', 'June audit']]);
    });

    test('parses every kind and unit', async () => {
        const kinds = ['impact', 'outcome', 'experience', 'process', 'activity'];
        const units = ['percent', 'count', 'weeks', 'days', 'rate', 'score'];
        const document = await parse(kinds.map((kind, i) => `measure m${i} "M" { kind ${kind} unit ${units[i]} }`).join('\n'));
        expect(document.declarations.map(d => [(d as ast.Measure).kind, (d as ast.Measure).unit]))
            .toEqual(kinds.map((kind, i) => [[kind], [units[i]]]));
    });
});
