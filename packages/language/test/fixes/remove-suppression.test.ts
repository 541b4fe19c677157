import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, diagnosticOf, expectFixed, fixesOf, fixTitled } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const TITLE = 'Remove the unused suppression';
const ACTION = 'action 1.1 "Train staff" { lead jane milestone 2020-06-01 "Trained" target "Staff trained" 100 percent by 2020-12-31 from 0 on 2020-02-01 }';

function plan(comment: string, action = ACTION): string {
    return `person jane "Jane Doe"\narea 1 "A" {\n${comment}  ${action}\n}\n`;
}

async function removed(before: string, nth = 0, changes: Parameters<typeof expectFixed>[4] = {}): Promise<string> {
    const checked = await check(services, before);
    const diagnostic = diagnosticOf(checked, 'unused-suppression', nth);
    const fix = fixTitled(fixesOf(services, checked, diagnostic), TITLE);
    expect(fix.safe).toBe(true);
    return expectFixed(services, checked, diagnostic, fix, changes);
}

describe('unused-suppression: Remove the unused suppression', () => {
    test('removes the comment line when its only rule silences nothing', async () => {
        expect(await removed(plan('  // appl-disable-next-line action-has-lead -- no lead yet\n'))).toBe(plan(''));
    });

    test('removes one rule from a list, with its comma, first or last', async () => {
        const withLead = (list: string) => plan(`  // appl-disable-next-line ${list} -- agreed at the May board\n`,
            'action 1.1 "Train staff" { milestone 2020-06-01 "Trained" target "Staff trained" 100 percent by 2020-12-31 from 0 on 2020-02-01 }');
        expect(await removed(withLead('vague-action, action-has-lead'))).toBe(withLead('action-has-lead'));
        expect(await removed(withLead('action-has-lead, vague-action'))).toBe(withLead('action-has-lead'));
    });

    test('removes a file suppression, and a suppression that names no rule', async () => {
        expect(await removed(`// appl-disable-file unused\n${plan('')}`)).toBe(plan(''));
        expect(await removed(plan('  // appl-disable-next-line\n'))).toBe(plan(''));
    });

    test('removes a suppression written after code, keeping the code', async () => {
        const before = `person jane "Jane Doe"\narea 1 "A" { /* appl-disable-next-line vague-action */\n  ${ACTION}\n}\n`;
        expect(await removed(before)).toBe(`person jane "Jane Doe"\narea 1 "A" {\n  ${ACTION}\n}\n`);
    });

    test('offers the closest rule id for an unknown one, and its removal, neither of them safe', async () => {
        const before = plan('  // appl-disable-next-line action-has-leads\n', 'action 1.1 "Train staff" { milestone 2020-06-01 "Trained" target "Staff trained" 100 percent by 2020-12-31 from 0 on 2020-02-01 }');
        const checked = await check(services, before);
        const diagnostic = diagnosticOf(checked, 'unused-suppression');
        const fixes = fixesOf(services, checked, diagnostic);
        expect(fixes.map(f => [f.title, f.safe])).toEqual([['Change to action-has-lead', false], [TITLE, false]]);
        const text = await expectFixed(services, checked, diagnostic, fixes[0], {
            gone: ['action-has-lead: Action 1.1 has no lead. Add "lead <person-id>".'],
        });
        expect(text).toBe(before.replace('action-has-leads', 'action-has-lead'));
    });
});
