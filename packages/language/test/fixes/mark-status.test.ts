import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, diagnosticOf, expectFixed, fixesOf } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const HEADER = 'plan "P" { type improvement-plan period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }\nperson jo "Jo Lead"\n';
const MEASURE = `measure quality "EHC plans audited as good or better" {
  kind impact
  baseline 35 on 2024-01-31
  target 70 by 2025-03-31
  expect 50 by 2024-06-30
  actual 44 on 2024-06-30
}
`;

function plan(status: string): string {
    return `${HEADER}${MEASURE}area 1 "A" {
  action 1.1 "Train caseworkers" {
    lead jo
    status ${status}
    target quality
    milestone 2024-06-30 "First cohort trained" missed
  }
}
`;
}

describe('status-contradicts: Mark at-risk, Mark off-track', () => {
    test('offers both honest statuses, neither safe: which one fits is the lead\'s call', async () => {
        const checked = await check(services, plan('on-track'));
        const fixes = fixesOf(services, checked, diagnosticOf(checked, 'status-contradicts'));
        expect(fixes.map(f => [f.title, f.safe])).toEqual([
            ['Mark at-risk', false], ['Mark off-track', false], ['Silence status-contradicts on this line', false],
        ]);
        expect(fixes[0].edits).toEqual([{ range: { start: { line: 12, character: 11 }, end: { line: 12, character: 19 } }, newText: 'at-risk' }]);
    });

    test.each([['on-track', 'at-risk'], ['on-track', 'off-track'], ['complete', 'at-risk'], ['complete', 'off-track']])(
        'replaces "%s" with "%s", and nothing else changes', async (claim, word) => {
            const checked = await check(services, plan(claim));
            const diagnostic = diagnosticOf(checked, 'status-contradicts');
            const fix = fixesOf(services, checked, diagnostic).find(f => f.title === `Mark ${word}`)!;
            // A complete action is also asked for its evidence; that finding goes with the claim.
            const gone = claim === 'complete'
                ? ['evidence-of-impact: Action 1.1 is marked complete but names no evidence. Add "evidence \\"<what a reviewer will be shown>\\"" '
                    + '(an audit, survey, data report or minutes): reviewers look for evidence of impact, not of activity.']
                : [];
            expect(await expectFixed(services, checked, diagnostic, fix, { gone })).toBe(plan(word));
        });
});
