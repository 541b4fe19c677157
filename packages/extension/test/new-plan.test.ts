// The skeleton "APPL: New plan" writes (and the web page's New plan): checked by the same core as
// `appl check`, each plan type gives exactly the findings a new author fills in next, and nothing else:
// no syntax error, no unresolved name, no uncovered weakness. It is in the canonical layout.
import { checkPlans, createApplServices, formatPlan } from 'appl-language';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import {
    checkLocalArea, checkPeriod, parsePeriod, planFileName, planSkeleton, PLAN_TYPES, suggestedPeriod, type PlanType,
} from '../src/new-plan/plan-skeleton.js';

const { appl } = createApplServices();

async function findings(type: PlanType) {
    const text = planSkeleton({ type, localArea: 'Medway', start: '2024-04-01', end: '2025-09-30' });
    const [checked] = await checkPlans(appl, [{ uri: URI.parse(`file:///new-plans/${type}.appl`), text }]);
    return checked.diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}: ${d.message}`).sort();
}

/**
 * What every skeleton asks for: who is accountable, the board, the action's lead, due date, target and
 * milestones, and the parent carer forum among the area's partners.
 */
const TO_DO = [
    '17:6 coproduction: None of area 1\'s actions involves the parent carer forum. Add the forum to "partners" of the action it helps design (an organisation of kind parent-carer-forum, or a person at it): reviewers look for co-production, not consultation.',
    '18:10 action-dates: Action 1.1 has no due date. Add "due <YYYY-MM-DD>": when the action will be complete.',
    '18:10 action-has-lead: Action 1.1 has no lead. Add "lead <person-id>".',
    '18:10 action-has-milestone: Action 1.1 has no milestone. Add "milestone <YYYY-MM-DD> "<what will be true>"".',
    '18:10 action-has-target: Action 1.1 has no target. Add "target <measure-id>" or "target "<what>" <number> <unit> by <YYYY-MM-DD>".',
    '5:6 governance: The plan names no board. Add the board that oversees it, e.g. board improvement-board "SEND Improvement Board" { chairs <person-id> meets monthly members <ids> }, with the parent carer forum among its members; or import the file that declares it.',
    '5:6 plan-accountable: The plan names no accountable officers. Add "accountable <person-id>, <person-id>": one from the council (a person at an organisation of kind local-authority, such as the Director of Children\'s Services) and one from health (a person at an organisation of kind health, such as the ICB\'s (or CCG\'s) accountable officer).',
];

describe('the New plan skeleton', () => {
    test('of an APP checks with the to-do findings and the 3, 6 and 12-month milestones to add', async () => {
        expect(await findings('APP')).toEqual([
            ...TO_DO.slice(0, 5),
            '18:10 app-horizons: Action 1.1 has no milestone about 3, 6 and 12 months into the plan (2024-07-01, 2024-10-01, 2025-04-01). An APP says what will be true 3, 6 and 12 months in: add milestone 3 months 2024-07-01 "…", milestone 6 months 2024-10-01 "…" and milestone 12 months 2025-04-01 "…".',
            ...TO_DO.slice(5),
        ]);
    });

    test.each(['WSOA', 'priority-action-plan', 'improvement-plan'] as const)('of a %s checks with the to-do findings only', async type => {
        expect(await findings(type)).toEqual(TO_DO);
    });

    test.each(PLAN_TYPES.map(entry => entry.type))('of a %s is in the layout appl format gives', type => {
        const text = planSkeleton({ type, localArea: 'Medway', start: '2024-04-01', end: '2025-09-30' });
        expect(formatPlan(text)).toBe(text);
    });

    test('writes what the author answered into the header', () => {
        const text = planSkeleton({ type: 'WSOA', localArea: '  North Yorkshire ', start: '2024-04-01', end: '2025-09-30' });
        expect(text).toContain([
            'plan "North Yorkshire Written Statement of Action" {',
            '  type WSOA',
            '  local-area "North Yorkshire"',
            '  period 2024-04-01 to 2025-09-30',
            '  as-of 2024-04-01',
            '}',
        ].join('\n'));
        expect(text).toContain('inspection initial {\n  weakness W1 "');
        expect(planFileName({ type: 'WSOA', localArea: 'North Yorkshire' })).toBe('north-yorkshire-wsoa.appl');
        expect(planFileName({ type: 'priority-action-plan', localArea: '  ' })).toBe('new-priority-action-plan.appl');
    });
});

describe('the New plan questions', () => {
    test('refuse an empty local area, or one that would break the plan\'s text', () => {
        expect(checkLocalArea('Medway')).toBeUndefined();
        expect(checkLocalArea('  ')).toBe('Write the name of the local area, for example Medway.');
        expect(checkLocalArea('Medway "East"')).toBe('Write the name without quotes, backslashes or line breaks.');
    });

    test('read a period as two real dates, the second after the first', () => {
        expect(parsePeriod('2024-04-01 to 2025-09-30')).toEqual({ start: '2024-04-01', end: '2025-09-30' });
        expect(parsePeriod('April 2024')).toEqual({ problem: 'Write the period as two dates, YYYY-MM-DD to YYYY-MM-DD (for example 2024-04-01 to 2025-09-30).' });
        expect(checkPeriod('2024-02-30', '2025-09-30')).toEqual({ problem: '2024-02-30 is not a real date. Write dates as YYYY-MM-DD.' });
        expect(checkPeriod('2025-09-30', '2024-04-01')).toEqual({ problem: 'The plan must end after it starts: 2024-04-01 is not after 2025-09-30.' });
    });

    test('propose 18 months from the first of next month', () => {
        expect(suggestedPeriod(new Date(2024, 2, 15))).toEqual({ start: '2024-04-01', end: '2025-09-30' });
        expect(suggestedPeriod(new Date(2024, 11, 31))).toEqual({ start: '2025-01-01', end: '2026-06-30' });
    });
});
