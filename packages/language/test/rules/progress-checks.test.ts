// The reviewer's checks on one realistic plan: an APP at its first progress review that is on track
// checks with no finding at all; each variation a reviewer would challenge gets its one finding, on
// the line a plan author would go to; and all of them together get all twelve.
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkFiles, createTestServices, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const ON_TRACK = `// Exampleshire's Accelerated Progress Plan at its first progress review (fictional).
plan "Exampleshire Accelerated Progress Plan" {
  type APP
  local-area "Exampleshire (fictional)"
  period 2024-01-01 to 2025-06-30
  agreed 2024-01-15
  as-of 2024-07-15  // the first progress review
  accountable dcs, icb-lead
  advisers send-adviser
}

organisation council "Exampleshire County Council" kind local-authority
organisation icb "Exampleshire Integrated Care Board" kind health
organisation forum "Exampleshire Parent Carer Forum" kind parent-carer-forum
organisation dfe "Department for Education" kind government
organisation nhse "NHS England" kind health

person dcs "Director of Children's Services" at council
person icb-lead "ICB Director of SEND" at icb
person head-send "Head of SEND" at council
person inclusion-lead "Head of Inclusion" at council
person dco "Designated Clinical Officer" at icb
person forum-chair "Parent Carer Forum co-chair" at forum
person send-adviser "DfE SEND adviser" at dfe

board improvement-board "SEND Improvement Board" {
  chairs dcs, icb-lead
  meets monthly
  members council, icb, forum
  reports-to "Health and Wellbeing Board"
}

inspection revisit from 2023-09-11 to 2023-09-15 published 2023-11-01 {
  weakness W1 "The quality of EHC plans is poor." not-sufficient
  weakness W2 "EHC plans are not issued on time." not-sufficient
}

notice improvement-notice exampleshire-notice "Improvement Notice to Exampleshire County Council" issued 2024-01-10 by dfe {
  requirement R1 "Have a permanent casework team in place within six months." due 2024-06-30 met
    answered-by 2.1
}

measure quality "New EHC plans audited as good or better" {
  kind impact
  unit percent
  baseline 35 on 2023-12-31 source "Monthly multi-agency EHC plan audit"
  target 70 by 2025-03-31
  expect 45 by 2024-03-31
  expect 55 by 2024-06-30
  actual 46 on 2024-03-31
  actual 56 on 2024-06-30
}

measure timeliness "New EHC plans issued within 20 weeks" {
  kind outcome
  unit percent
  baseline 30 on 2023-12-31 source "Monthly casework report"
  target 60 by 2025-03-31
  expect 36 by 2024-03-31
  expect 42 by 2024-06-30
  actual 38 on 2024-03-31
  actual 43 on 2024-06-30
}

area 1 "Quality of EHC plans" addresses W1 {
  action 1.1 "Audit twenty new EHC plans a month with parents on the panel" {
    lead head-send
    partners forum, dco
    start 2024-01-15
    due 2025-03-31
    status on-track
    target quality
    milestone 3 months 2024-04-01 "Audit panel meets monthly" met
    milestone 6 months 2024-07-01 "Over half of audited plans good or better" met
    milestone 12 months 2025-01-01 "Two-thirds of audited plans good or better"
    evidence "Monthly multi-agency EHC plan audit"
    update 2024-07-10 "Audit at 56% in June, above the 55% expected"
  }

  action 1.2 "Train every caseworker in outcome-focused plan writing" {
    lead inclusion-lead
    partners forum-chair
    start 2024-01-15
    due 2025-03-31
    status on-track
    target "Caseworkers trained" 100 percent by 2024-12-31 from 20 on 2024-01-05
    milestone 3 months 2024-04-01 "Training co-designed with the forum" met
    milestone 6 months 2024-07-01 "Half of caseworkers trained" met
    milestone 12 months 2025-01-01 "Every caseworker trained"
    evidence "Training register"
    update 2024-06-28 "Second cohort trained; 54% of caseworkers done"
  }

  action 1.3 "Bring health advice into every new EHC plan within six weeks" {
    lead dco
    partners icb, forum
    start 2024-02-01
    due 2025-03-31
    status on-track
    target "Health advice returned within six weeks" 90 percent by 2025-03-31 from 40 on 2024-01-31
    milestone 3 months 2024-04-01 "Health advice template agreed" met
    milestone 6 months 2024-07-01 "Advice tracked for every new request" met
    milestone 12 months 2025-01-01 "Three in four advices returned within six weeks"
    evidence "Designated Clinical Officer's tracker"
    update 2024-07-01 "Tracker live; 58% returned within six weeks"
  }
}

area 2 "Timeliness of EHC plans" addresses W2 {
  action 2.1 "Recruit a permanent EHC casework team" {
    lead head-send
    partners council
    start 2024-01-15
    due 2025-03-31
    status on-track
    target timeliness
    milestone 3 months 2024-04-01 "Team manager appointed" met
    milestone 6 months 2024-07-01 "Every casework post filled permanently" met
    milestone 12 months 2025-01-01 "Half of new plans issued within 20 weeks"
    evidence "Casework team establishment report"
    update 2024-07-05 "All twelve posts filled permanently by 28 June"
  }

  action 2.2 "Agree joint funding at one weekly panel with the forum" {
    lead icb-lead
    partners forum, council
    start 2024-01-15
    due 2025-03-31
    status on-track
    target timeliness
    milestone 3 months 2024-04-01 "Joint panel meets weekly" met
    milestone 6 months 2024-07-01 "Nine in ten funding decisions within four weeks" met
    milestone 12 months 2025-01-01 "Funding never delays a plan beyond 20 weeks"
    evidence "Joint panel decision log"
    update 2024-07-12 "Panel decided 92% of requests within four weeks in June"
  }
}

review 2024-07-15 progress-review by dfe, nhse {
  outcome W1 not-sufficient "Early improvement in audited plans; too soon to call it sustained"
  looking-for W1 "Evidence that the improvement in audited plans is sustained"
    answered-by quality, 1.1
  looking-for W2 "New plans issued within 20 weeks, month on month"
    answered-by timeliness, 2.2
}
`;

/** A change to the plan: this text, which must occur exactly once, becomes that. */
type Edit = readonly [from: string, to: string];

function vary(text: string, edits: readonly Edit[]): string {
    return edits.reduce((result, [from, to]) => {
        expect(result.split(from).length - 1, `"${from}" occurs once`).toBe(1);
        return result.replace(from, to);
    }, text);
}

/**
 * The 1-based line (as `appl check` prints it) of the first line holding `text`, after the line
 * holding `after` when given; each must be found.
 */
function lineOf(text: string, find: string, after?: string): number {
    const lines = text.split('\n');
    const from = after === undefined ? 0 : lines.findIndex(line => line.includes(after));
    const index = lines.findIndex((line, i) => i >= from && line.includes(find));
    expect(from, `"${after}" is in the plan`).toBeGreaterThanOrEqual(0);
    expect(index, `"${find}" is in the plan`).toBeGreaterThanOrEqual(0);
    return index + 1;
}

interface Finding {
    rule: string;
    line: number;
    severity: Diagnostic['severity'];
}

async function check(text: string): Promise<Finding[]> {
    const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
    return diagnostics.map(d => ({ rule: String(d.code), line: d.range.start.line + 1, severity: d.severity }))
        .sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}

const ERROR = 1;
const WARNING = 2;
const INFO = 3;

/** One variation of the plan per check: the edits, and where its finding is (a line, and the line it comes after). */
interface Variation {
    rule: string;
    severity: Diagnostic['severity'];
    edits: readonly Edit[];
    at: { find: string, after?: string };
}

const VARIATIONS: readonly Variation[] = [
    {
        rule: 'behind-trajectory', severity: WARNING,
        // A June audit below the 55% expected; the lead honestly marks the action at risk.
        edits: [['actual 56 on 2024-06-30', 'actual 50 on 2024-06-30'], ['status on-track\n    target quality', 'status at-risk\n    target quality']],
        at: { find: 'actual 50 on 2024-06-30' },
    },
    {
        rule: 'status-contradicts', severity: WARNING,
        edits: [['"Half of caseworkers trained" met', '"Half of caseworkers trained" missed']],
        at: { find: 'status on-track', after: 'action 1.2 ' },
    },
    {
        rule: 'future-actual', severity: ERROR,
        edits: [['  actual 43 on 2024-06-30\n', '  actual 43 on 2024-06-30\n  actual 45 on 2024-07-31\n']],
        at: { find: 'actual 45 on 2024-07-31' },
    },
    {
        rule: 'stale-baseline', severity: WARNING,
        edits: [['baseline 30 on 2023-12-31', 'baseline 30 on 2022-09-30']],
        at: { find: 'baseline 30 on 2022-09-30' },
    },
    {
        rule: 'flat-target', severity: WARNING,
        edits: [['100 percent by 2024-12-31 from 20 on', '100 percent by 2024-12-31 from 100 on']],
        at: { find: 'from 100 on' },
    },
    {
        rule: 'empty-area', severity: ERROR,
        edits: [['\nreview 2024-07-15', '\narea 3 "Preparation for adulthood" {\n}\n\nreview 2024-07-15']],
        at: { find: 'area 3 "Preparation for adulthood"' },
    },
    {
        rule: 'coproduction', severity: WARNING,
        edits: [['partners forum, council', 'partners council, icb']],
        at: { find: 'area 2 "Timeliness of EHC plans"' },
    },
    {
        rule: 'evidence-of-impact', severity: WARNING,
        edits: [['    evidence "Designated Clinical Officer\'s tracker"\n', '']],
        at: { find: 'action 1.3 ' },
    },
    {
        rule: 'progress-update', severity: WARNING,
        edits: [['    update 2024-07-12 "Panel decided 92% of requests within four weeks in June"\n', '']],
        at: { find: 'action 2.2 ' },
    },
    {
        rule: 'lead-load', severity: INFO,
        edits: [['    lead dco\n', '    lead head-send\n']],
        at: { find: 'plan "Exampleshire Accelerated Progress Plan"' },
    },
    {
        rule: 'looking-for-answered', severity: WARNING,
        edits: [['\n    answered-by timeliness, 2.2', '']],
        at: { find: 'looking-for W2' },
    },
    {
        rule: 'requirement-overdue', severity: WARNING,
        edits: [['due 2024-06-30 met', 'due 2024-06-30']],
        at: { find: 'requirement R1' },
    },
];

describe('the reviewer\'s checks on a plan at its first progress review', () => {
    test('the plan, on track, checks with no finding at all', async () => {
        expect(await check(ON_TRACK)).toEqual([]);
    });

    test('every rule of the reviewer\'s checks has one variation here', () => {
        expect(VARIATIONS.map(v => v.rule).sort()).toEqual(['behind-trajectory', 'coproduction', 'empty-area', 'evidence-of-impact',
            'flat-target', 'future-actual', 'lead-load', 'looking-for-answered', 'progress-update', 'requirement-overdue',
            'stale-baseline', 'status-contradicts']);
    });

    test.each(VARIATIONS.map(v => [v.rule, v] as const))('gets %s, and only it, at the right line', async (_rule, variation) => {
        const text = vary(ON_TRACK, variation.edits);
        const line = lineOf(text, variation.at.find, variation.at.after);
        expect(await check(text)).toEqual([{ rule: variation.rule, line, severity: variation.severity }]);
    });

    test('a measure behind its path under an action still marked on-track gets both findings', async () => {
        const text = vary(ON_TRACK, [['actual 56 on 2024-06-30', 'actual 50 on 2024-06-30']]);
        expect(await check(text)).toEqual([
            { rule: 'behind-trajectory', line: lineOf(text, 'actual 50 on 2024-06-30'), severity: WARNING },
            { rule: 'status-contradicts', line: lineOf(text, 'status on-track', 'action 1.1 '), severity: WARNING },
        ]);
    });

    test('all twelve variations together get all twelve findings, each at its line', async () => {
        const text = vary(ON_TRACK, VARIATIONS.flatMap(v => v.edits));
        const expected = VARIATIONS.map(v => ({ rule: v.rule, line: lineOf(text, v.at.find, v.at.after), severity: v.severity }))
            .sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
        expect(await check(text)).toEqual(expected);
        expect(expected.map(f => `${f.line} ${f.rule}`)).toEqual([
            '2 lead-load',
            '39 requirement-overdue',
            '51 behind-trajectory',
            '57 stale-baseline',
            '63 future-actual',
            '86 status-contradicts',
            '87 flat-target',
            '95 evidence-of-impact',
            '109 coproduction',
            '124 progress-update',
            '138 empty-area',
            '145 looking-for-answered',
        ]);
    });
});
