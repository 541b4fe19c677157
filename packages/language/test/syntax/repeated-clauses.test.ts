// A clause that a block gives once (a plan's type, an action's due date, a measure's target…), written
// twice: the grammar keeps both, the first counts everywhere, and each repetition is one syntax error.
import { afterEach, describe, expect, test } from 'vitest';
import { toPlanModel } from '../../src/index.js';
import { ONCE_ONLY_CLAUSES } from '../../src/syntax/repeated-clauses.js';
import { checkFiles, createTestServices, resetWorkspace, testUri } from '../helpers.js';

const services = createTestServices();

afterEach(() => resetWorkspace(services));

const TWICE = `plan "P" {
  type APP
  type WSOA
  local-area "Medway"
  local-area "Kent"
  period 2020-03-01 to 2021-09-30
  period 2021-03-01 to 2022-09-30
  agreed 2020-03-20
  agreed 2020-04-20
  as-of 2021-01-20
  as-of 2021-02-20
  accountable jane
  version "1.0"
  version "1.1"
  signed-off 2020-03-20 by council
  signed-off 2020-04-20
}
organisation council "Council" kind local-authority
person jane "Jane Doe" at council
person ian "Ian Sutherland" at council
board b "Board" {
  meets monthly
  meets "every six weeks"
  reports-to "Health and Wellbeing Board"
  reports-to "Cabinet"
}
inspection revisit from 2019-12-09 to 2019-12-11 {
  weakness W1 "Weak leadership." not-sufficient
}
measure m "Plans audited good" {
  kind impact
  kind process
  unit percent
  unit count
  direction increase
  direction decrease
  baseline 35 on 2020-01-31
  baseline 40 on 2020-02-28
  target 70 by 2021-03-31
  target 80 by 2021-06-30
}
area 1 "Leadership" addresses W1 {
  action 1.1 "Agree a strategy" {
    lead jane
    lead ian
    start 2020-03-01
    start 2020-04-01
    due 2020-12-31
    due 2021-03-31
    status on-track
    status at-risk
    senior-responsible-officer ian
    senior-responsible-officer jane
    target m
    milestone 3 months 2020-06-01 "Drafted"
    milestone 6 months 2020-09-01 "Agreed"
    milestone 12 months 2021-03-01 "Reviewed"
  }
}
`;

describe('a clause written twice', () => {
    test('is one syntax error at each repetition, for every clause a block gives once', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': TWICE }))['plan.appl'];
        const errors = diagnostics.filter(d => d.code === 'syntax-error');
        const keywords = Object.values(ONCE_ONLY_CLAUSES).flatMap(clauses => Object.keys(clauses));
        expect(errors.map(d => /already has "([^"]+)"/.exec(d.message)?.[1])).toEqual(keywords);
        const lines = TWICE.split('\n');
        for (const error of errors) {
            const [, keyword, line, quoted] = /already has "([^"]+)" on line (\d+) \((.*)\): /.exec(error.message)!;
            // At the second clause, which begins with the keyword; the message quotes the first (up to
            // its value), one line up.
            expect(lines[error.range.start.line].trimStart().startsWith(`${keyword} `), error.message).toBe(true);
            expect(Number(line)).toBe(error.range.start.line);
            expect(lines[error.range.start.line - 1].trim().startsWith(quoted), error.message).toBe(true);
        }
    });

    test('keeps the first value: the model, and so every rule and export, reads it', async () => {
        await checkFiles(services, { 'plan.appl': TWICE });
        const document = services.appl.shared.workspace.LangiumDocuments.getDocument(testUri('plan.appl'))!;
        const model = toPlanModel(document, [document]);
        expect(model.plan).toMatchObject({ type: 'APP', localArea: 'Medway', period: { start: '2020-03-01', end: '2021-09-30' },
            agreed: '2020-03-20', asOf: '2021-01-20', version: '1.0', signedOff: { date: '2020-03-20' } });
        expect(model.boards[0]).toMatchObject({ meets: 'monthly', reportsTo: 'Health and Wellbeing Board' });
        expect(model.measures[0]).toMatchObject({ kind: 'impact', unit: 'percent', direction: 'increase',
            baseline: { value: 35, date: '2020-01-31' }, target: { value: 70, date: '2021-03-31' } });
        expect(model.areas[0].actions[0]).toMatchObject({ lead: { id: 'jane' }, start: '2020-03-01', due: '2020-12-31', status: 'on-track',
            seniorResponsibleOfficer: { id: 'ian' } });
    });
});
