import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const PLAN = 'plan "P" { period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }';

function noEvidence(label: string, claim: 'has a milestone marked met' | 'is marked complete'): string {
    return `${label} ${claim} but names no evidence. Add "evidence \\"<what a reviewer will be shown>\\"" `
        + '(an audit, survey, data report or minutes): reviewers look for evidence of impact, not of activity.';
}

describe('evidence-of-impact', () => {
    test('reports an action with a met milestone and no evidence, on its number', async () => {
        await expectRule(services, 'evidence-of-impact', `${PLAN}
            area 1 "Quality of EHC plans" {
              action <|1.1|> "Train caseworkers" {
                status on-track
                milestone 2024-06-30 "First cohort trained" met
                milestone 2024-12-31 "All caseworkers trained"
              }
            }`,
        [noEvidence('Action 1.1', 'has a milestone marked met')], 'warning');
    });

    test('reports an action marked complete and no evidence, with or without a met milestone', async () => {
        await expectRule(services, 'evidence-of-impact', `${PLAN}
            area 1 "Quality of EHC plans" {
              action <|1.1|> "Train caseworkers" { status complete }
              action <|1.2|> "Publish the template" {
                status complete
                milestone 2024-06-30 "Template published" met
              }
            }`,
        [noEvidence('Action 1.1', 'is marked complete'), noEvidence('Action 1.2', 'is marked complete')], 'warning');
    });

    test('counts a met milestone whatever its date and whatever the as-of date', async () => {
        await expectRule(services, 'evidence-of-impact', `plan "P" { }
            area 1 "A" { action <|1.1|> "Train caseworkers" { milestone 2030-06-30 "Trained" met } }`,
        [noEvidence('Action 1.1', 'has a milestone marked met')], 'warning');
    });

    test('is silent when the action names evidence, and when nothing is claimed yet', async () => {
        await expectNoRule(services, 'evidence-of-impact', `${PLAN}
            area 1 "Quality of EHC plans" {
              action 1.1 "Train caseworkers" {
                status complete
                milestone 2024-06-30 "First cohort trained" met
                evidence "Training register", "Monthly EHC plan audit"
              }
              action 1.2 "Publish the template" {
                status on-track
                milestone 2024-06-30 "Draft shared" missed
                milestone 2024-12-31 "Template in use"
              }
              action 1.3 "Audit plans with parents" { status at-risk }
            }`);
    });

    test('does not throw on half-typed actions, waits while the evidence is typed, and reports one without its number on its keyword', async () => {
        await expectRule(services, 'evidence-of-impact', `${PLAN}
            area 1 "A" {
              action 1.1 "T" { milestone "Undated" met evidence }
              <|action|> "Untitled" { status complete }
            }`,
        [noEvidence('This action', 'is marked complete')], 'warning');
        await resetWorkspace(services);
        const diagnostics = (await checkFiles(services, { 'plan.appl': 'area 1 "A" { action 1.1 "T" { status' }))['plan.appl'];
        expect(findings(diagnostics, 'evidence-of-impact')).toEqual([]);
    });
});
