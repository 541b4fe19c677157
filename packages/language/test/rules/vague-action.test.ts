import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const advice = (label: string, verb: string) => `${label} starts with "${verb}", which does not say what will be done or how a `
    + 'reviewer will see it is done. Start with a concrete verb, e.g. "Publish", "Train", "Agree", "Appoint", "Audit".';

describe('vague-action', () => {
    test('reports an action title built on a vague verb, on the title', async () => {
        await expectRule(services, 'vague-action', `
            area 2 "A clearly communicated SEND strategy" {
              action 2.1 <|"Explore options for a communications campaign"|> { }
            }`,
        [advice('Action 2.1', 'Explore')], 'info');
    });

    test.each([
        ['Consider a joint commissioning board', 'Consider'],
        ['Continue to develop the Local Offer', 'Continue to'],
        ['Raise awareness of the graduated response', 'Raise awareness'],
        ['Look into waiting times for speech and language therapy', 'Look into'],
        ['Work towards co-produced EHC plans', 'Work towards'],
        ['Seek to improve attendance at annual reviews', 'Seek to'],
        ['CONTINUE   TO monitor plans', 'CONTINUE TO'],
        ['  explore, with the PCF, a parents\' survey', 'explore'],
    ])('reports "%s"', async (title, verb) => {
        await expectRule(services, 'vague-action', `
            area 2 "Strategy" { action 2.1 <|"${title}"|> { } }`,
        [advice('Action 2.1', verb)], 'info');
    });

    test('is silent for concrete verbs, and for vague words that are not whole words or not at the start', async () => {
        await expectNoRule(services, 'vague-action', `
            area 2 "Strategy" {
              action 2.1 "Publish the SEND strategy summary co-written with the PCF" { }
              action 2.2 "Considerations panel set up for placements" { }
              action 2.3 "Explorers' club for young people with SEND" { }
              action 2.4 "Train SENCOs, then consider a second cohort" { }
              action 2.5 "Continued support for the PCF" { }
            }`);
    });

    test('never throws on a half-typed action', async () => {
        for (const text of ['area 2 "S" { action 2.1 ', 'area 2 "S" { action "Explore', 'area 2 "S" { action 2.1 "" { } }']) {
            const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
            expect(diagnostics.filter(d => !d.code)).toEqual([]);
            expect(findings(diagnostics, 'vague-action')).toEqual([]);
            await resetWorkspace(services);
        }
    });
});
