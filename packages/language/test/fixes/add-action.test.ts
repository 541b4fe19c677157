import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, diagnosticOf, expectFixed, fixesOf, fixTitled } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

/** What the skeleton leaves for the author to choose: who leads it, and where its number starts from. */
const NO_LEAD = 'action-has-lead: Action 2.1 has no lead. Add "lead <person-id>".';
const NO_BASELINE = 'target-baseline: The target "TODO: what will be measured" of action 2.1 has no baseline. '
    + 'Add "from <number> on <YYYY-MM-DD>" after its date: the value it starts from and when that was measured.';
const NO_IMPACT = 'impact-measure: Area 2 has no target on an impact, outcome or experience measure. Reviewers look for impact, '
    + 'not only activity: add "target <measure-id>" to one of its actions, naming a measure of kind impact, outcome or experience.';
const NO_FORUM = 'coproduction: None of area 2\'s actions involves the parent carer forum. Add the forum to "partners" of the action '
    + 'it helps design (an organisation of kind parent-carer-forum, or a person at it): reviewers look for co-production, not consultation.';
const SKELETON_FINDINGS = [NO_LEAD, NO_BASELINE, NO_IMPACT, NO_FORUM];

describe('empty-area: Add an action', () => {
    test('adds an action numbered after the area, due at the plan\'s end, with a target and a milestone 3 months in', async () => {
        const header = 'plan "P" { type improvement-plan period 2024-01-01 to 2025-06-30 }\n';
        const checked = await check(services, `${header}area 2 "Timeliness of EHC plans" {
}
`);
        const diagnostic = diagnosticOf(checked, 'empty-area');
        const fix = fixTitled(fixesOf(services, checked, diagnostic), 'Add an action');
        expect(fix.safe).toBe(false);
        const text = await expectFixed(services, checked, diagnostic, fix, { added: SKELETON_FINDINGS });
        expect(text).toBe(`${header}area 2 "Timeliness of EHC plans" {
  action 2.1 "TODO: what will be done" {
    due 2025-06-30
    target "TODO: what will be measured" 0 count by 2025-06-30
    milestone 2024-04-01 "TODO: what will be true"
  }
}
`);
    });

    test('in an APP, gives the action its 3, 6 and 12-month milestones, and opens an area written on one line', async () => {
        const header = 'plan "P" { type APP period 2024-01-01 to 2025-06-30 }\n';
        const checked = await check(services, `${header}area 2 "Timeliness of EHC plans" { }
`);
        const diagnostic = diagnosticOf(checked, 'empty-area');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Add an action'),
            { added: SKELETON_FINDINGS });
        expect(text).toBe(`${header}area 2 "Timeliness of EHC plans" {
  action 2.1 "TODO: what will be done" {
    due 2025-06-30
    target "TODO: what will be measured" 0 count by 2025-06-30
    milestone 3 months 2024-04-01 "TODO: what will be true at 3 months"
    milestone 6 months 2024-07-01 "TODO: what will be true at 6 months"
    milestone 12 months 2025-01-01 "TODO: what will be true at 12 months"
  }
}
`);
    });

    test('clears weakness-covered for the weakness the empty area addresses', async () => {
        const header = 'plan "P" { type improvement-plan period 2024-01-01 to 2025-06-30 }\n'
            + 'inspection revisit { weakness W2 "EHC plans are not issued on time." not-sufficient }\n';
        const checked = await check(services, `${header}area 2 "Timeliness" addresses W2 {\n}\n`);
        const diagnostic = diagnosticOf(checked, 'empty-area');
        await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Add an action'), {
            gone: ['weakness-covered: Weakness W2 is judged not sufficient but no action addresses it: area 2 has no actions yet. '
                + 'Add an action to the area.'],
            added: SKELETON_FINDINGS,
        });
    });

    test('without a plan to date it, writes an undated skeleton that asks for the dates', async () => {
        const checked = await check(services, 'area 2 "Timeliness" {\n}\n');
        const diagnostic = diagnosticOf(checked, 'empty-area');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Add an action'), {
            added: [...SKELETON_FINDINGS,
                'action-has-milestone: A milestone of action 2.1 has no date. Write it after "milestone", e.g. milestone 2020-06-01 "…".',
                'action-dates: Action 2.1 has no due date. Add "due <YYYY-MM-DD>": when the action will be complete.'],
        });
        expect(text).toBe(`area 2 "Timeliness" {
  action 2.1 "TODO: what will be done" {
    target "TODO: what will be measured" 0 count
    milestone "TODO: what will be true"
  }
}
`);
    });

    test('has nothing to fix while the area has no closing brace: the syntax error comes first', async () => {
        const checked = await check(services, 'plan "P" { period 2024-01-01 to 2025-06-30 }\narea 2 "Timeliness" {\n');
        expect(checked.diagnostics.filter(d => d.code === 'empty-area')).toEqual([]);
        expect(checked.diagnostics.map(d => d.code)).toContain('syntax-error');
    });
});
