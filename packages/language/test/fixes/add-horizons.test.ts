import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, diagnosticOf, expectFixed, fixesOf, fixTitled } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const TITLE = 'Add the missing 3/6/12-month milestones';
const TARGET = 'target "Staff trained" 100 percent by 2021-09-30 from 0 on 2020-02-01';

function app(body: string): string {
    return `plan "P" { type APP period 2020-03-01 to 2021-09-30 }
person jane "Jane Doe"
area 1 "A" {
  action 1.1 "Train staff" {
    lead jane
    due 2021-09-30
    ${TARGET}
${body}  }
}
`;
}

async function fixed(before: string, changes: Parameters<typeof expectFixed>[4] = {}): Promise<string> {
    const checked = await check(services, before);
    const diagnostic = diagnosticOf(checked, 'app-horizons');
    const fix = fixTitled(fixesOf(services, checked, diagnostic), TITLE);
    expect(fix.safe).toBe(false);
    return expectFixed(services, checked, diagnostic, fix, changes);
}

describe('app-horizons: Add the missing 3/6/12-month milestones', () => {
    test('writes the missing points before the first milestone dated after them', async () => {
        expect(await fixed(app(`    milestone 3 months 2020-06-01 "First cohort trained"
    milestone 2021-06-01 "Audit at 70% for two quarters"
`))).toBe(app(`    milestone 3 months 2020-06-01 "First cohort trained"
    milestone 6 months 2020-09-01 "TODO: what will be true at 6 months"
    milestone 12 months 2021-03-01 "TODO: what will be true at 12 months"
    milestone 2021-06-01 "Audit at 70% for two quarters"
`));
    });

    test('writes points later than every milestone after the last one, and earlier ones before their successor', async () => {
        expect(await fixed(app(`    milestone 3 months 2020-06-01 "First cohort trained"
    milestone 2020-12-01 "Half the caseworkers trained"
`))).toBe(app(`    milestone 3 months 2020-06-01 "First cohort trained"
    milestone 6 months 2020-09-01 "TODO: what will be true at 6 months"
    milestone 2020-12-01 "Half the caseworkers trained"
    milestone 12 months 2021-03-01 "TODO: what will be true at 12 months"
`));
    });

    test('adds all three to an action without milestones, which also answers action-has-milestone', async () => {
        expect(await fixed(app(''), {
            gone: ['action-has-milestone: Action 1.1 has no milestone. Add "milestone <YYYY-MM-DD> "<what will be true>"".'],
        })).toBe(app(`    milestone 3 months 2020-06-01 "TODO: what will be true at 3 months"
    milestone 6 months 2020-09-01 "TODO: what will be true at 6 months"
    milestone 12 months 2021-03-01 "TODO: what will be true at 12 months"
`));
    });

    test('adds only the points on or before the due date, in an action written on one line', async () => {
        const text = await fixed(`plan "P" { type APP period 2020-03-01 to 2021-09-30 }
person jane "Jane Doe"
area 1 "A" {
  action 1.1 "Train staff" { lead jane due 2020-12-31 ${TARGET} milestone 2020-05-20 "Kick-off" }
}
`);
        expect(text).toBe(`plan "P" { type APP period 2020-03-01 to 2021-09-30 }
person jane "Jane Doe"
area 1 "A" {
  action 1.1 "Train staff" { lead jane due 2020-12-31 ${TARGET} milestone 2020-05-20 "Kick-off"
    milestone 6 months 2020-09-01 "TODO: what will be true at 6 months" }
}
`);
    });

    test('offers no milestones for a labelled milestone dated far from its point, only the suppression', async () => {
        const checked = await check(services, app(`    milestone 3 months 2020-04-20 "First cohort trained"
    milestone 6 months 2020-09-01 "All trained"
    milestone 12 months 2021-03-01 "Audit at 70%"
`));
        expect(fixesOf(services, checked, diagnosticOf(checked, 'app-horizons')).map(f => f.title))
            .toEqual(['Silence app-horizons on this line']);
    });
});
