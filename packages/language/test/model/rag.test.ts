import { describe, expect, it } from 'vitest';
import { measurePosition, type MeasurePath } from '../../src/model/measure-position.js';
import { actionRag, ragCounts, worstRag } from '../../src/model/rag.js';

const AS_OF = '2021-01-20';

/** A measure from 35 to 70 (distance 35) whose path expects 55 on 31 December 2020; one actual then. */
function measure(actual?: number) {
    const path: MeasurePath = {
        baseline: { value: 35, date: '2020-01-31' }, target: { value: 70, date: '2021-03-31' },
        expected: [{ value: 55, date: '2020-12-31' }],
        actuals: actual === undefined ? [] : [{ value: actual, date: '2020-12-31' }],
    };
    return { id: 'quality', name: 'Plans audited good', unit: 'percent', position: measurePosition(path, AS_OF) };
}

describe('the RAG of an action', () => {
    it('is red when a milestone was missed', () => {
        const rag = actionRag({ milestones: [{ date: '2020-09-30', text: 'First cohort', outcome: 'missed' }], measures: [] }, AS_OF);
        expect(rag).toEqual({ rag: 'red', reasons: [{ rag: 'red', kind: 'milestone-missed', milestone: { date: '2020-09-30', text: 'First cohort', horizonMonths: undefined } }] });
    });

    it('is amber when a milestone is overdue by up to 30 days with no outcome, red beyond', () => {
        expect(actionRag({ milestones: [{ date: '2020-12-21' }], measures: [] }, AS_OF))
            .toMatchObject({ rag: 'amber', reasons: [{ rag: 'amber', kind: 'milestone-overdue', days: 30 }] });
        expect(actionRag({ milestones: [{ date: '2020-12-20' }], measures: [] }, AS_OF))
            .toMatchObject({ rag: 'red', reasons: [{ rag: 'red', kind: 'milestone-overdue', days: 31 }] });
    });

    it('is amber when a target measure is behind by up to a tenth of its baseline-to-target distance, red beyond', () => {
        // 3.5 points is a tenth of 35.
        expect(actionRag({ milestones: [], measures: [measure(51.5)] }, AS_OF))
            .toMatchObject({ rag: 'amber', reasons: [{ rag: 'amber', kind: 'measure-behind', actual: { value: 51.5 }, expected: 55, shortfall: 0.1 }] });
        expect(actionRag({ milestones: [], measures: [measure(51.4)] }, AS_OF)).toMatchObject({ rag: 'red' });
    });

    it('is green when everything due is met and every target measure with data is on or ahead of its path', () => {
        expect(actionRag({ milestones: [{ date: '2020-09-30', outcome: 'met' }, { date: '2021-06-30' }], measures: [measure()] }, AS_OF))
            .toEqual({ rag: 'green', reasons: [] });
        expect(actionRag({ milestones: [{ date: '2021-06-30' }], measures: [measure(56)] }, AS_OF)).toEqual({ rag: 'green', reasons: [] });
    });

    it('is not yet due when nothing is due and no target measure has data', () => {
        expect(actionRag({ milestones: [{ date: '2021-01-20' }, { date: '2021-06-30' }], measures: [measure()] }, AS_OF))
            .toEqual({ rag: 'not-due', reasons: [] });
        expect(actionRag({ milestones: [], measures: [] }, undefined)).toEqual({ rag: 'not-due', reasons: [] });
    });

    it('gives every reason, red and amber alike, and takes the worst', () => {
        const rag = actionRag({ milestones: [{ date: '2021-01-10' }, { date: '2020-06-30', outcome: 'missed' }], measures: [measure(54)] }, AS_OF);
        expect(rag.rag).toBe('red');
        expect(rag.reasons.map(reason => [reason.kind, reason.rag])).toEqual([
            ['milestone-overdue', 'amber'], ['milestone-missed', 'red'], ['measure-behind', 'amber'],
        ]);
    });
});

describe('areas and plans', () => {
    it('an area is as red as its reddest action, and not due without actions', () => {
        expect(worstRag(['green', 'amber', 'not-due'])).toBe('amber');
        expect(worstRag(['green', 'red'])).toBe('red');
        expect(worstRag([])).toBe('not-due');
    });

    it('a plan counts its actions by RAG', () => {
        expect(ragCounts(['green', 'red', 'green', 'not-due'])).toEqual({ 'red': 1, 'amber': 0, 'green': 2, 'not-due': 1 });
    });
});
