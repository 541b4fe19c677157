import { describe, expect, it } from 'vitest';
import { expectedValueAt, measurePosition, type MeasurePath } from '../../src/model/measure-position.js';

/** EHC plans audited good: 35% in January 2020 to 70% by March 2021, through 45% by June and 55% by September. */
const quality = (actuals: Array<[number, string]>, direction?: string): MeasurePath => ({
    direction,
    baseline: { value: 35, date: '2020-01-31' },
    target: { value: 70, date: '2021-03-31' },
    expected: [{ value: 45, date: '2020-06-30' }, { value: 55, date: '2020-09-30' }],
    actuals: actuals.map(([value, date]) => ({ value, date })),
});

/** Weeks waited: 30 in January 2020 down to 18 by March 2021, lower is better. */
const waiting = (actuals: Array<[number, string]>): MeasurePath => ({
    direction: 'decrease',
    baseline: { value: 30, date: '2020-01-31' },
    target: { value: 18, date: '2021-03-31' },
    expected: [],
    actuals: actuals.map(([value, date]) => ({ value, date })),
});

describe('the expected path', () => {
    it('runs in straight lines from the baseline through each expected value to the target', () => {
        const path = quality([]);
        expect(expectedValueAt(path, '2020-01-31')).toBe(35);
        expect(expectedValueAt(path, '2020-06-30')).toBe(45);
        // Half-way in days between 30 June (45) and 30 September (55): 46 of 92 days.
        expect(expectedValueAt(path, '2020-08-15')).toBe(50);
        expect(expectedValueAt(path, '2021-03-31')).toBe(70);
    });

    it('expects nothing before the baseline, and the target after it', () => {
        expect(expectedValueAt(quality([]), '2020-01-01')).toBeUndefined();
        expect(expectedValueAt(quality([]), '2022-01-01')).toBe(70);
    });
});

describe('measurePosition', () => {
    it('compares the latest actual at or before the as-of date with the value expected on that actual\'s date', () => {
        const position = measurePosition(quality([[41, '2020-06-30'], [58, '2020-09-30'], [80, '2021-06-30']]), '2021-01-20');
        expect(position.latest).toEqual({ value: 58, date: '2020-09-30', expected: 55, status: 'on-track', variance: 3 / 35 });
        expect(position.status).toBe('on-track');
        expect(position.series.map(point => [point.date, point.status])).toEqual([['2020-06-30', 'behind'], ['2020-09-30', 'on-track']]);
        // 30 September 55 → 31 March 70: 112 of 182 days on.
        expect(position.expectedAtAsOf).toBeCloseTo(55 + 15 * 112 / 182, 10);
    });

    it('is behind when worse than expected in the measure\'s direction, by any amount', () => {
        expect(measurePosition(quality([[44.9, '2020-06-30']]), '2020-07-01').status).toBe('behind');
        expect(measurePosition(waiting([[27, '2020-12-31']]), '2021-01-20')).toMatchObject({
            status: 'behind', latest: { value: 27, expected: 30 - 12 * 335 / 425 },
        });
    });

    it('is ahead when better than expected by more than a tenth of the baseline-to-target distance, else on track', () => {
        // The distance is 35 points: ahead needs more than 3.5 above the path.
        expect(measurePosition(quality([[48.5, '2020-06-30']]), '2020-07-01').status).toBe('on-track');
        expect(measurePosition(quality([[48.6, '2020-06-30']]), '2020-07-01').status).toBe('ahead');
        expect(measurePosition(waiting([[16, '2021-03-31']]), '2021-04-01').status).toBe('ahead');
    });

    it('has no data without an actual at or before the as-of date, or without an expected value on its date', () => {
        expect(measurePosition(quality([[60, '2021-02-01']]), '2021-01-20')).toMatchObject({ status: 'no-data', series: [], sustained: false });
        expect(measurePosition(quality([[30, '2020-01-01']]), '2020-06-01')).toMatchObject({
            status: 'no-data', latest: { value: 30, date: '2020-01-01', status: 'no-data' },
        });
        expect(measurePosition({ expected: [], actuals: [{ value: 3, date: '2020-01-01' }] }, '2020-06-01').status).toBe('no-data');
    });

    it('takes every actual without an as-of date', () => {
        expect(measurePosition(quality([[41, '2020-06-30'], [80, '2021-06-30']])).latest?.value).toBe(80);
    });

    it('calls progress sustained when each of the last three actuals is on or ahead of its path', () => {
        const three = [[46, '2020-06-30'], [55, '2020-09-30'], [63, '2020-12-31']] as Array<[number, string]>;
        expect(measurePosition(quality(three), '2021-01-20').sustained).toBe(true);
        expect(measurePosition(quality(three.slice(1)), '2021-01-20').sustained).toBe(false);
        const dip = [[46, '2020-06-30'], [50, '2020-09-30'], [63, '2020-12-31']] as Array<[number, string]>;
        expect(measurePosition(quality(dip), '2021-01-20')).toMatchObject({ status: 'on-track', sustained: false });
        // An earlier dip no longer counts once three later actuals are on the path.
        expect(measurePosition(quality([[40, '2020-05-31'], ...three]), '2021-01-20').sustained).toBe(true);
    });

    it('takes a measure\'s own words over what its baseline and target suggest, and ignores half-typed values', () => {
        const path: MeasurePath = {
            baseline: { value: 30, date: '2020-01-31' }, target: { value: 18, date: '2021-03-31' }, expected: [{ date: '2020-06-30' }],
            actuals: [{ date: '2020-12-31' }, { value: Number.NaN, date: '2020-12-31' }, { value: 20, date: '2020-13-45' }],
        };
        expect(measurePosition(path, '2021-01-20')).toEqual({ status: 'no-data', direction: 'decrease', series: [], sustained: false, expectedAtAsOf: 30 - 12 * 355 / 425 });
    });
});
