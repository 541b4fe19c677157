import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const ACTIVITY_ONLY = 'Area 3 has no target on an impact, outcome or experience measure. Reviewers look for impact, '
    + 'not only activity: add "target <measure-id>" to one of its actions, naming a measure of kind impact, outcome or experience.';

describe('impact-measure', () => {
    test('reports an area whose targets are all process or activity measures, or inline, on its number', async () => {
        await expectRule(services, 'impact-measure', `
            measure board-attendance "Board meetings attended by a school leader" { kind process }
            measure briefings "Briefings held" { kind activity }
            area <|3|> "Quality of EHC plans" {
              action 3.1 "Brief SENCOs" {
                target board-attendance
                target "Caseworkers trained" 100 percent by 2020-09-30
              }
              action 3.2 "Hold briefings" { target briefings }
            }`,
        [ACTIVITY_ONLY], 'warning');
    });

    test('names the measures that have no kind', async () => {
        await expectRule(services, 'impact-measure', `
            measure ehcp-quality "EHC plans audited as good or better" { unit percent }
            measure ehcp-20-weeks "New EHC plans within 20 weeks" { }
            area <|3|> "Quality of EHC plans" {
              action 3.1 "Rewrite plans" { target ehcp-quality target ehcp-20-weeks }
            }`,
        [`${ACTIVITY_ONLY} Measures ehcp-quality, ehcp-20-weeks have no kind: give them "kind impact" if they show impact.`],
        'warning');
    });

    test('is silent when one action of the area targets an impact, outcome or experience measure', async () => {
        for (const kind of ['impact', 'outcome', 'experience']) {
            await expectNoRule(services, 'impact-measure', `
                measure board-attendance "Board meetings attended by a school leader" { kind process }
                measure ehcp-quality "EHC plans audited as good or better" { kind ${kind} }
                area 3 "Quality of EHC plans" {
                  action 3.1 "Brief SENCOs" { target board-attendance }
                  action 3.2 "Rewrite plans" { target "Plans rewritten" 60 percent by 2021-03-31 target ehcp-quality }
                }`);
            await resetWorkspace(services);
        }
    });

    test('counts an impact measure declared in an imported file', async () => {
        await expectNoRule(services, 'impact-measure', `
            import "measures.appl"
            area 3 "Quality of EHC plans" { action 3.1 "Rewrite plans" { target ehcp-quality } }`,
        { 'measures.appl': 'measure ehcp-quality "EHC plans audited as good or better" { kind impact }' });
    });

    test('leaves an area without targets to action-has-target', async () => {
        await expectNoRule(services, 'impact-measure', `
            area 3 "Quality of EHC plans" { action 3.1 "Rewrite plans" { } }
            area 4 "Waiting times" { }`);
    });

    test('stays silent while a target names a measure that does not resolve', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': `
            measure briefings "Briefings held" { kind activity }
            area 3 "Quality of EHC plans" { action 3.1 "Hold briefings" { target briefings target ehcp-qual } }` }))['plan.appl'];
        expect(findings(diagnostics, 'impact-measure')).toEqual([]);
    });

    test('never throws on a half-typed area', async () => {
        for (const text of ['area 3 "Quality" { action 3.1 "Hold briefings" { target ', 'area { action { target "X" 5', 'area 3']) {
            const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
            expect(diagnostics.filter(d => !d.code)).toEqual([]);
            expect(findings(diagnostics, 'impact-measure').map(d => d.message)).toEqual([]);
            await resetWorkspace(services);
        }
    });
});
