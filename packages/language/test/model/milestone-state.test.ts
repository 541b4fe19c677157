import { describe, expect, it } from 'vitest';
import { daysOverdue, dueState, milestoneState, requirementState } from '../../src/model/milestone-state.js';

describe('where a dated commitment stands at the as-of date', () => {
    it('is overdue before the as-of date, due on it and for 30 days after, upcoming later', () => {
        expect(dueState('2021-01-19', '2021-01-20')).toBe('overdue');
        expect(dueState('2021-01-20', '2021-01-20')).toBe('due');
        expect(dueState('2021-02-19', '2021-01-20')).toBe('due');
        expect(dueState('2021-02-20', '2021-01-20')).toBe('upcoming');
    });

    it('is upcoming without an as-of date, and undated without a real date', () => {
        expect(dueState('2021-01-19', undefined)).toBe('upcoming');
        expect(dueState(undefined, '2021-01-20')).toBe('undated');
        expect(dueState('2021-02-30', '2021-01-20')).toBe('undated');
    });

    it('keeps a recorded outcome, whatever the date', () => {
        expect(milestoneState({ date: '2021-06-01', outcome: 'met' }, '2021-01-20')).toBe('met');
        expect(milestoneState({ date: '2020-06-01', outcome: 'missed' }, '2021-01-20')).toBe('missed');
        expect(milestoneState({ date: '2020-06-01' }, '2021-01-20')).toBe('overdue');
        expect(requirementState({ due: '2020-06-01', outcome: 'not-met' }, '2021-01-20')).toBe('not-met');
        expect(requirementState({ due: '2020-06-01' }, '2021-01-20')).toBe('overdue');
        expect(requirementState({}, '2021-01-20')).toBe('undated');
    });

    it('counts the days a date is overdue', () => {
        expect(daysOverdue('2020-12-21', '2021-01-20')).toBe(30);
        expect(daysOverdue('2021-01-20', '2021-01-20')).toBe(0);
        expect(daysOverdue('2020-12-21', undefined)).toBe(0);
    });
});
