import { describe, expect, test } from 'vitest';
import { ast } from '../../src/index.js';
import { parse } from './parse.js';

describe('Annex A clauses', () => {
    test('parses a plan\'s version and sign-off', async () => {
        const document = await parse(`
            plan "Kent Improvement Plan" {
              version "2.1"
              signed-off 2023-03-31 by sarah-hammond, dfe
            }`);
        const plan = document.declarations[0] as ast.Plan;
        expect([plan.version, plan.signedOff, plan.signedOffBy.map(ref => ref.$refText)]).toEqual([['2.1'], ['2023-03-31'], ['sarah-hammond', 'dfe']]);
    });

    test('parses an action\'s success criteria, senior responsible officer and co-production', async () => {
        const document = await parse(`
            area 6 "EHC process" {
              action 6.1 "Recruit a permanent casework team" {
                success-criteria "Every post filled by permanent staff", "Caseloads below 120"
                success-criteria "Staff turnover below 10%"
                senior-responsible-officer sarah-hammond
                co-production kent-pact co-produced, schools consulted, families informed
              }
            }`);
        const action = (document.declarations[0] as ast.Area).actions[0];
        expect(action.successCriteria).toEqual(['Every post filled by permanent staff', 'Caseloads below 120', 'Staff turnover below 10%']);
        expect(action.seniorOfficer.map(ref => ref.$refText)).toEqual(['sarah-hammond']);
        expect(action.coproduction.map(entry => [entry.party.$refText, entry.level])).toEqual([
            ['kent-pact', 'co-produced'], ['schools', 'consulted'], ['families', 'informed'],
        ]);
    });

    test('parses the analysis, communications with families and support requested', async () => {
        const document = await parse(`
            analysis {
              factor "Too few permanent caseworkers." response "A permanent team by September 2023." answered-by 6.1, ehcp-20-weeks
              factor "Leaders did not know the quality of plans."
            }
            communications {
              channel "A SEND newsletter to every family with an EHC plan" monthly
              channel "Open sessions with Kent PACT"
            }
            support {
              request "A peer review of EHC plan quality" by 2023-09-30
              request "Challenge on the health offer"
            }`);
        const [analysis, communications, support] = document.declarations as [ast.Analysis, ast.Communications, ast.Support];
        expect(analysis.factors.map(f => [f.text, f.response, f.answeredBy.map(ref => ref.$refText)])).toEqual([
            ['Too few permanent caseworkers.', 'A permanent team by September 2023.', ['6.1', 'ehcp-20-weeks']],
            ['Leaders did not know the quality of plans.', undefined, []],
        ]);
        expect(communications.channels.map(c => [c.text, c.frequency])).toEqual([
            ['A SEND newsletter to every family with an EHC plan', 'monthly'], ['Open sessions with Kent PACT', undefined],
        ]);
        expect(support.requests.map(r => [r.text, r.date])).toEqual([
            ['A peer review of EHC plan quality', '2023-09-30'], ['Challenge on the health offer', undefined],
        ]);
    });
});
