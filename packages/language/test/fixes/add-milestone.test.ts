import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, diagnosticOf, expectFixed, fixesOf, fixTitled } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const PEOPLE = 'person jane "Jane Doe"\n';
const TARGET = 'target "Staff trained" 100 percent by 2020-12-31 from 0 on 2020-02-01';

function plan(type: string, action: string): string {
    return `plan "P" { type ${type} period 2020-03-01 to 2021-09-30 }\n${PEOPLE}area 1 "A" {\n${action}\n}\n`;
}

describe('action-has-milestone: Add a milestone', () => {
    test('adds a TODO milestone 3 months after the plan starts when the action is running then', async () => {
        const checked = await check(services, plan('improvement-plan', `  action 1.1 "Train staff" {
    lead jane
    due 2020-12-31
    ${TARGET}
  }`));
        const diagnostic = diagnosticOf(checked, 'action-has-milestone');
        const fix = fixTitled(fixesOf(services, checked, diagnostic), 'Add a milestone');
        expect(fix.safe).toBe(false);
        const text = await expectFixed(services, checked, diagnostic, fix);
        expect(text).toBe(plan('improvement-plan', `  action 1.1 "Train staff" {
    lead jane
    due 2020-12-31
    ${TARGET}
    milestone 2020-06-01 "TODO: what will be true"
  }`));
    });

    test('dates it on the due date when the 3-month point falls before the action starts', async () => {
        const checked = await check(services, plan('improvement-plan',
            `  action 1.1 "Train staff" { lead jane start 2020-09-01 due 2021-03-31 ${TARGET} }`));
        const diagnostic = diagnosticOf(checked, 'action-has-milestone');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Add a milestone'));
        expect(text).toContain(`due 2021-03-31 ${TARGET}\n    milestone 2021-03-31 "TODO: what will be true"\n  }`);
    });

    test('in an APP, the new milestone answers the 3-month point and app-horizons asks only for 6 and 12', async () => {
        const checked = await check(services, plan('APP', `  action 1.1 "Train staff" {\n    lead jane\n    due 2021-03-31\n    ${TARGET}\n  }`));
        const diagnostic = diagnosticOf(checked, 'action-has-milestone');
        await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Add a milestone'), {
            gone: ['app-horizons: Action 1.1 has no milestone about 3, 6 and 12 months into the plan (2020-06-01, 2020-09-01, 2021-03-01). '
                + 'An APP says what will be true 3, 6 and 12 months in: add milestone 3 months 2020-06-01 "…", '
                + 'milestone 6 months 2020-09-01 "…" and milestone 12 months 2021-03-01 "…".'],
            added: ['app-horizons: Action 1.1 has no milestone about 6 and 12 months into the plan (2020-09-01, 2021-03-01). '
                + 'An APP says what will be true 3, 6 and 12 months in: add milestone 6 months 2020-09-01 "…" and milestone 12 months 2021-03-01 "…".'],
        });
    });

    test('offers no milestone when no date can be computed: no plan and no due date', async () => {
        const checked = await check(services, `${PEOPLE}area 1 "A" { action 1.1 "Train staff" { lead jane ${TARGET} } }\n`);
        expect(fixesOf(services, checked, diagnosticOf(checked, 'action-has-milestone')).map(f => f.title))
            .toEqual(['Silence action-has-milestone on this line']);
    });
});

describe('action-has-milestone: Date this milestone', () => {
    test('writes the computed date after "milestone"', async () => {
        const checked = await check(services, plan('improvement-plan', `  action 1.1 "Train staff" {
    lead jane
    due 2020-12-31
    ${TARGET}
    milestone "First cohort trained"
  }`));
        const diagnostic = diagnosticOf(checked, 'action-has-milestone');
        const fix = fixTitled(fixesOf(services, checked, diagnostic), 'Date this milestone');
        expect(fix).toEqual({
            title: 'Date this milestone', kind: 'quickfix', safe: false,
            edits: [{ range: { start: { line: 7, character: 13 }, end: { line: 7, character: 13 } }, newText: ' 2020-06-01' }],
        });
        const text = await expectFixed(services, checked, diagnostic, fix);
        expect(text).toContain('    milestone 2020-06-01 "First cohort trained"\n');
    });

    test('dates a labelled milestone at its point, after its label', async () => {
        const checked = await check(services, plan('APP', `  action 1.1 "Train staff" {
    lead jane
    due 2021-03-31
    ${TARGET}
    milestone 3 months 2020-06-01 "First cohort trained"
    milestone 6 months "All caseworkers trained"
    milestone 12 months 2021-03-01 "Audit at 70%"
  }`));
        const diagnostic = diagnosticOf(checked, 'action-has-milestone');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Date this milestone'));
        expect(text).toContain('    milestone 6 months 2020-09-01 "All caseworkers trained"\n');
    });
});
