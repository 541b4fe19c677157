import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, diagnosticOf, expectFixed, fixesOf, fixTitled } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const TARGET = 'target "Staff trained" 100 percent by 2020-12-31 from 0 on 2020-02-01';

async function silenced(before: string, rule: string): Promise<string> {
    const checked = await check(services, before);
    const diagnostic = diagnosticOf(checked, rule);
    const fix = fixTitled(fixesOf(services, checked, diagnostic), `Silence ${rule} on this line`);
    expect(fix.safe).toBe(false);
    return expectFixed(services, checked, diagnostic, fix);
}

describe('every rule: Silence <rule-id> on this line', () => {
    test('writes a suppression comment with a reason to give above the finding\'s line, at its indentation', async () => {
        expect(await silenced(`area 1 "A" {
    action 1.1 "Train staff" { milestone 2020-06-01 "Trained" ${TARGET} }
}
`, 'action-has-lead')).toBe(`area 1 "A" {
    // appl-disable-next-line action-has-lead -- TODO: why
    action 1.1 "Train staff" { milestone 2020-06-01 "Trained" ${TARGET} }
}
`);
    });

    test('adds the rule to the suppression comment already on the line above', async () => {
        expect(await silenced(`area 1 "A" {
  // appl-disable-next-line action-has-lead -- the lead is appointed in May
  action 1.1 "Train staff" { milestone 2020-06-01 "Trained" }
}
`, 'action-has-target')).toBe(`area 1 "A" {
  // appl-disable-next-line action-has-lead, action-has-target -- the lead is appointed in May
  action 1.1 "Train staff" { milestone 2020-06-01 "Trained" }
}
`);
    });

    test('adds the rule to a block comment above, and to one that names no rule yet', async () => {
        expect(await silenced(`area 1 "A" {
  /* appl-disable-next-line action-has-lead */
  action 1.1 "Train staff" { milestone 2020-06-01 "Trained" }
}
`, 'action-has-target')).toContain('  /* appl-disable-next-line action-has-lead, action-has-target */\n');
        const checked = await check(services, `area 1 "A" {
  // appl-disable-next-line
  action 1.1 "Train staff" { milestone 2020-06-01 "Trained" ${TARGET} }
}
`);
        const diagnostic = diagnosticOf(checked, 'action-has-lead');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Silence action-has-lead on this line'), {
            gone: ['unused-suppression: Name the rule to silence: // appl-disable-next-line <rule-id>. A suppression must say what it silences.'],
        });
        expect(text).toContain('  // appl-disable-next-line action-has-lead\n');
    });

    test('silences a name that refers to nothing, whose finding comes from the document validator', async () => {
        expect(await silenced(`person jane "Jane Doe"\narea 1 "A" { action 1.1 "Train" { lead jane partners acme milestone 2020-06-01 "T" ${TARGET} } }\n`,
            'unresolved-reference')).toMatch(/^person jane "Jane Doe"\n\/\/ appl-disable-next-line unresolved-reference -- TODO: why\narea 1/);
    });

    test('is not offered for syntax errors and suppression findings, which cannot be silenced', async () => {
        const checked = await check(services, '// appl-disable-next-line vague-action\narea 1 "A" { action }\n');
        for (const code of ['syntax-error', 'unused-suppression']) {
            expect(fixesOf(services, checked, diagnosticOf(checked, code)).map(f => f.title)).not.toContain(`Silence ${code} on this line`);
        }
    });
});
