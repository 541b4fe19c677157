// The progress-review pack's content, from small plans: the period it covers, each measure's points
// against its path, the trend and whether progress is sustained.
import { describe, expect, it } from 'vitest';
import type { PlanModel } from '../../src/index.js';
import { positionOf } from '../../src/export/document/position.js';
import { toReviewPack } from '../../src/export/document/review-pack.js';
import { renderMarkdownDocument } from '../../src/export/render-markdown.js';

function plan(actuals: Array<[number, string]>): PlanModel {
    return {
        files: { plan: 'plan.appl', imports: [] },
        plan: { title: 'Plan', type: 'APP', period: { start: '2023-01-01', end: '2023-12-31' }, asOf: '2023-10-15', accountable: [], advisers: [] },
        organisations: [], people: [], boards: [], inspections: [], notices: [], reviews: [], coverage: [], analysis: [], communications: [], support: [],
        measures: [{
            id: 'timely', name: 'Plans issued within 20 weeks', unit: 'percent', direction: 'increase', file: 'plan.appl',
            baseline: { value: 10, date: '2023-01-01' }, target: { value: 40, date: '2023-12-31' }, expected: [],
            actuals: actuals.map(([value, date]) => ({ value, date })),
        }],
        areas: [{
            id: '1', title: 'Timeliness', addresses: [], file: 'plan.appl', actions: [{
                id: '1.1', title: 'Recruit caseworkers', partners: [], addresses: [], evidence: [], successCriteria: [], coproduction: [],
                targets: [{ type: 'measure', measure: { id: 'timely', resolved: true, type: 'measure', name: 'Plans issued within 20 weeks' } }],
                milestones: [{ date: '2023-06-30', text: 'Team in post', outcome: 'met' }, { date: '2023-09-30', text: 'Backlog cleared', outcome: 'missed' }],
            }],
        }],
    };
}

function pack(model: PlanModel, since?: string): string {
    return renderMarkdownDocument(toReviewPack(model, positionOf(model), { since }));
}

describe('progress-review pack', () => {
    it('shows each measure\'s expected and actual value at every point, its trend, and that progress is sustained', () => {
        const markdown = pack(plan([[18, '2023-03-31'], [25, '2023-06-30'], [33, '2023-09-30']]));
        expect(markdown).toContain([
            '**Plans issued within 20 weeks**. **Ahead of its path**. Improving (up from 25%',
            'to 33%); progress sustained: the last three actuals are on or ahead of the path.',
        ].join('\n'));
        expect(markdown).toContain('- 31 Mar 2023\n  - Expected: 17.3%\n  - Actual: 18%\n  - Against the path: On or ahead of it');
        expect(pack(plan([[17, '2023-03-31']]))).toContain('- 31 Mar 2023\n  - Expected: 17.3%\n  - Actual: 17%\n  - Against the path: Behind by 0.3%');
    });

    it('says progress is not sustained when fewer than the last three points are on the path, and names the measure behind', () => {
        const markdown = pack(plan([[20, '2023-06-30'], [28, '2023-09-30']]));
        expect(markdown).toContain('Improving (up from 20% to 28%); progress not yet\nsustained: fewer than three actuals in a row on or ahead of the path.');
        expect(markdown).toContain('- **Plans issued within 20 weeks**: 28% on 30 Sep 2023 against 32.4% expected\n  then.');
        expect(markdown).toContain('**Missed milestones:** 1.\n\n- **1.1, 30 Sep 2023:** Backlog cleared.');
    });

    it('covers the time since the plan began when no review is recorded, or since the date given', () => {
        expect(pack(plan([]))).toContain('**Since:** 1 January 2023.');
        const since = pack(plan([]), '2023-07-01');
        expect(since).toContain('### Area 1: milestones due since 1 Jul 2023\n\n- **1.1**\n  - Due: 30 Sep 2023');
        expect(since).not.toContain('Team in post');
    });
});
