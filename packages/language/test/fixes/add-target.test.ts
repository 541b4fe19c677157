import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { applyFix, check, diagnosticOf, expectFixed, fixesOf, fixTitled } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const HEADER = 'plan "P" { type improvement-plan period 2020-03-01 to 2021-09-30 }\nperson jane "Jane Doe"\n';
const NO_BASELINE = 'target-baseline: The target "TODO: what will be measured" of action 1.1 has no baseline. '
    + 'Add "from <number> on <YYYY-MM-DD>" after its date: the value it starts from and when that was measured.';
/** An area whose only target is inline has no impact measure yet: a finding the new target makes true. */
const NO_IMPACT = 'impact-measure: Area 1 has no target on an impact, outcome or experience measure. Reviewers look for impact, '
    + 'not only activity: add "target <measure-id>" to one of its actions, naming a measure of kind impact, outcome or experience.';

describe('action-has-target: Add a target', () => {
    test('adds a TODO target due with the action before its closing brace; then target-baseline and impact-measure ask for more', async () => {
        const checked = await check(services, `${HEADER}area 1 "A" {
  action 1.1 "Train staff" {
    lead jane
    due 2020-12-31
    milestone 2020-06-01 "Trained"
  }
}
`);
        const diagnostic = diagnosticOf(checked, 'action-has-target');
        const fix = fixTitled(fixesOf(services, checked, diagnostic), 'Add a target');
        expect(fix.safe).toBe(false);
        const text = await expectFixed(services, checked, diagnostic, fix, { added: [NO_BASELINE, NO_IMPACT] });
        expect(text).toBe(`${HEADER}area 1 "A" {
  action 1.1 "Train staff" {
    lead jane
    due 2020-12-31
    milestone 2020-06-01 "Trained"
    target "TODO: what will be measured" 0 count by 2020-12-31
  }
}
`);
    });

    test('in an action written on one line, dates the target at the plan\'s end and moves the brace to its own line', async () => {
        const checked = await check(services, `${HEADER}area 1 "A" {
  action 1.1 "Train staff" { lead jane milestone 2020-06-01 "Trained" }
}
`);
        const diagnostic = diagnosticOf(checked, 'action-has-target');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Add a target'),
            { added: [NO_BASELINE, NO_IMPACT] });
        expect(text).toBe(`${HEADER}area 1 "A" {
  action 1.1 "Train staff" { lead jane milestone 2020-06-01 "Trained"
    target "TODO: what will be measured" 0 count by 2021-09-30
  }
}
`);
    });

    test('dates the target 12 months after the plan starts when neither the action nor the period has an end', async () => {
        const checked = await check(services, `plan "P" { type improvement-plan agreed 2020-03-20 }
person jane "Jane Doe"
area 1 "A" { action 1.1 "Train staff" { lead jane milestone 2020-06-01 "Trained" } }
`);
        expect(applyFix(checked, fixTitled(fixesOf(services, checked, diagnosticOf(checked, 'action-has-target')), 'Add a target')))
            .toContain('target "TODO: what will be measured" 0 count by 2021-03-20\n');
    });

    test('adds an undated target where no date is known, which still counts as quantified', async () => {
        const checked = await check(services, 'person jane "Jane Doe"\narea 1 "A" { action 1.1 "Train staff" { lead jane milestone 2020-06-01 "Trained" } }\n');
        const diagnostic = diagnosticOf(checked, 'action-has-target');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Add a target'),
            { added: [NO_BASELINE, NO_IMPACT] });
        expect(text).toContain('\n  target "TODO: what will be measured" 0 count\n}');
    });

    test('has nothing to fix while the action has no closing brace: the syntax error comes first', async () => {
        const checked = await check(services, `${HEADER}area 1 "A" { action 1.1 "Train staff" { lead jane `);
        const about = checked.diagnostics.filter(d => d.code === 'syntax-error' || d.code === 'action-has-target');
        expect(about.map(d => `${d.code}: ${d.message}`)).toEqual([
            'syntax-error: Action 1.1 (opened on line 3) and area 1 (opened on line 3) are not closed: add } after the last clause of each.',
        ]);
    });
});
