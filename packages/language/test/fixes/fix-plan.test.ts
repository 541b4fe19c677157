import { afterEach, describe, expect, test } from 'vitest';
import { fixPlan } from '../../src/index.js';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const ACTION_END = 'partners forum due 2020-12-31 milestone 2020-06-01 "Trained" }';
/** The parent carer forum, a partner of every action here, so that coproduction says nothing. */
const FORUM = 'organisation forum "Parent Carer Forum" kind parent-carer-forum\n';

/** What `appl check --fix` does to a plan: its text afterwards, how many fixes, and the findings left. */
async function fix(text: string) {
    const { document } = await check(services, text);
    const result = await fixPlan(services.appl, document);
    return { text: result.text, applied: result.applied, codes: result.document.diagnostics?.map(d => String(d.code)).sort() };
}

describe('fixPlan (appl check --fix)', () => {
    test('applies the safe fixes, round after round, when they bring no finding that was not there', async () => {
        const before = `${FORUM}person jane-doe "Jane Doe"\narea 1 "A" {\n  action 1.1 "Train staff" { lead jane-doo ${ACTION_END}\n}\n`;
        expect(await fix(before)).toEqual({
            text: before.replace('jane-doo', 'jane-doe'),
            applied: 1,
            codes: ['action-has-target'],
        });
    });

    test('leaves a safe fix that would bring a hidden finding to light: a measure found again that has no target value', async () => {
        const before = `${FORUM}person jane "Jane Doe"\nmeasure quality "Audited as good" { kind impact unit percent }\n`
            + `area 1 "A" {\n  action 1.1 "Train staff" { lead jane target qualty ${ACTION_END}\n}\n`;
        const result = await fix(before);
        expect(result).toEqual({ text: before, applied: 0, codes: ['unresolved-reference', 'unused'] });
    });

    test('keeps the fixes that add nothing when another in the same round would add a finding', async () => {
        const before = `${FORUM}person jane-doe "Jane Doe"\nmeasure quality "Audited as good" { kind impact unit percent }\n`
            + `area 1 "A" {\n  action 1.1 "Train staff" { lead jane-doo target qualty ${ACTION_END}\n}\n`;
        const result = await fix(before);
        expect(result.text).toBe(before.replace('jane-doo', 'jane-doe'));
        expect(result.applied).toBe(1);
    });
});
