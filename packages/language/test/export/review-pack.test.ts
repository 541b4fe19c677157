// The progress-review pack's content, from small plans: the period it covers, each measure's points
// against its path, the trend and whether progress is sustained.
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { checkPlans, createApplServices, toPlanModel } from '../../src/index.js';
import { toReviewPack } from '../../src/export/document/review-pack.js';
import { renderMarkdownDocument } from '../../src/export/render-markdown.js';

/** A plan at 15 October 2023 with one action, its two milestones, and a measure from 10% to 40% over the year. */
function plan(actuals: Array<[number, string]>): string {
    return `plan "Plan" { type APP period 2023-01-01 to 2023-12-31 as-of 2023-10-15 }
measure timely "Plans issued within 20 weeks" {
  unit percent
  direction increase
  baseline 10 on 2023-01-01
  target 40 by 2023-12-31
${actuals.map(([value, date]) => `  actual ${value} on ${date}`).join('\n')}
}
area 1 "Timeliness" {
  action 1.1 "Recruit caseworkers" {
    target timely
    milestone 2023-06-30 "Team in post" met
    milestone 2023-09-30 "Backlog cleared" missed
  }
}`;
}

async function pack(text: string, since?: string): Promise<string> {
    const { appl } = createApplServices(EmptyFileSystem);
    const [{ document }] = await checkPlans(appl, [{ uri: URI.parse('file:///plans/plan.appl'), text }]);
    return renderMarkdownDocument(toReviewPack(toPlanModel(document, [document]), { since }));
}

describe('progress-review pack', () => {
    it('shows each measure\'s expected and actual value at every point, its trend, and that progress is sustained', async () => {
        const markdown = await pack(plan([[18, '2023-03-31'], [25, '2023-06-30'], [33, '2023-09-30']]));
        expect(markdown).toContain([
            '**Plans issued within 20 weeks**. **On its path**. Improving (up from 25% to',
            '33%); progress sustained: the last three actuals are on or ahead of the path.',
        ].join('\n'));
        expect(markdown).toContain('- 31 Mar 2023\n  - Expected: 17.3%\n  - Actual: 18%\n  - Against the path: On it');
        expect(await pack(plan([[17, '2023-03-31']]))).toContain('- 31 Mar 2023\n  - Expected: 17.3%\n  - Actual: 17%\n  - Against the path: Behind by 0.3%');
    });

    it('says progress is not sustained when fewer than the last three points are on the path, and names the measure behind', async () => {
        const markdown = await pack(plan([[20, '2023-06-30'], [28, '2023-09-30']]));
        expect(markdown).toContain('Improving (up from 20% to 28%); progress not yet\nsustained: fewer than three actuals in a row on or ahead of the path.');
        expect(markdown).toContain('- **Plans issued within 20 weeks**: 28% on 30 Sep 2023 against 32.4% expected\n  then.');
        expect(markdown).toContain('**Missed milestones:** 1.\n\n- **1.1, 30 Sep 2023:** Backlog cleared.');
    });

    it('covers the time since the plan began when no review is recorded, or since the date given', async () => {
        expect(await pack(plan([]))).toContain('**Since:** 1 January 2023.');
        const since = await pack(plan([]), '2023-07-01');
        expect(since).toContain('### Area 1: milestones due since 1 Jul 2023\n\n- **1.1**\n  - Due: 30 Sep 2023');
        expect(since).not.toContain('Team in post');
    });
});
