import { describe, expect, test } from 'vitest';
import { ast } from '../../src/index.js';
import { parse } from './parse.js';

const AREA = `
area 3 "Quality of EHC plans" addresses W7, W8 {
  action 3.1 "Train EHC coordinators in outcome-focused plan writing" {
    lead jane-doe
    partners pcf, medway-ccg
    addresses W1
    start 2020-03-01
    due 2020-12-31
    status on-track
    target ehcp-quality
    target "Caseworkers trained" 100 percent by 2020-09-30 from 20 on 2020-02-01
    target "Parents feel listened to"
    milestone 3 months 2020-06-01 "First cohort trained" met
    milestone 2020-09-01 "All caseworkers trained" missed
    milestone "Audit at 70% good or better"
    evidence "Training register", "Monthly audit report"
    update 2020-11-30 "Second cohort trained"
    update 2020-07-15 "First cohort trained; audit started"
  }
  action 3.2 "Publish the quality standard" { }
}`;

describe('area and action', () => {
    test('parses an area with its number, title, weaknesses and actions', async () => {
        const area = (await parse(AREA)).declarations[0] as ast.Area;
        expect([area.name, area.title]).toEqual(['3', 'Quality of EHC plans']);
        expect(area.addresses.map(ref => ref.$refText)).toEqual(['W7', 'W8']);
        expect(area.actions.map(action => action.name)).toEqual(['3.1', '3.2']);
    });

    test('parses every clause of an action', async () => {
        const action = ((await parse(AREA)).declarations[0] as ast.Area).actions[0];
        expect(action.title).toBe('Train EHC coordinators in outcome-focused plan writing');
        // A clause given once is still a list in the tree (a second one is a syntax error, not lost).
        expect(action.lead.map(ref => ref.$refText)).toEqual(['jane-doe']);
        expect(action.partners.map(ref => ref.$refText)).toEqual(['pcf', 'medway-ccg']);
        expect(action.addresses.map(ref => ref.$refText)).toEqual(['W1']);
        expect([action.start, action.due, action.status]).toEqual([['2020-03-01'], ['2020-12-31'], ['on-track']]);
        expect(action.evidence).toEqual(['Training register', 'Monthly audit report']);
        // Progress updates, in the order written: the model sorts them by date.
        expect(action.updates.map(update => [update.date, update.text])).toEqual([
            ['2020-11-30', 'Second cohort trained'], ['2020-07-15', 'First cohort trained; audit started'],
        ]);
    });

    test('parses measure, inline and unquantified targets', async () => {
        const [measureTarget, inline, vague] = ((await parse(AREA)).declarations[0] as ast.Area).actions[0].targets;
        expect(ast.isMeasureReference(measureTarget) && measureTarget.measure.$refText).toBe('ehcp-quality');
        expect(inline).toMatchObject({ $type: 'InlineTarget', name: 'Caseworkers trained', value: 100, unit: 'percent',
            date: '2020-09-30', baseline: 20, baselineDate: '2020-02-01' });
        expect(vague).toMatchObject({ $type: 'InlineTarget', name: 'Parents feel listened to' });
        expect(ast.isInlineTarget(vague) && vague.value).toBeUndefined();
    });

    test('parses milestones with and without horizon, date and outcome', async () => {
        const milestones = ((await parse(AREA)).declarations[0] as ast.Area).actions[0].milestones;
        expect(milestones.map(m => [m.horizon, m.date, m.text, m.outcome])).toEqual([
            [3, '2020-06-01', 'First cohort trained', 'met'],
            [undefined, '2020-09-01', 'All caseworkers trained', 'missed'],
            [undefined, undefined, 'Audit at 70% good or better', undefined],
        ]);
    });

    test('parses every status', async () => {
        const statuses = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'];
        const area = (await parse(`area 1 "A" { ${statuses.map((s, i) => `action 1.${i} "A" { status ${s} }`).join('\n')} }`)).declarations[0] as ast.Area;
        expect(area.actions.map(action => action.status)).toEqual(statuses.map(status => [status]));
    });
});
