import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { checkPlans, createApplServices, isIgnoredByConfig } from '../../src/index.js';
import { findings } from '../helpers.js';
import { MemoryFileSystem } from '../memory-file-system.js';

const PLAN = `area 1 "Leadership" {
  action 1.1 "Agree the SEND strategy" { }
}`;

/** Checks /project/plans/plan.appl on a file system holding these files; returns its diagnostics. */
async function check(files: Record<string, string>, configure?: (services: ReturnType<typeof createApplServices>['appl']) => void) {
    const fileSystem = MemoryFileSystem.of({ '/project/plans/plan.appl': PLAN, ...files });
    const { appl } = createApplServices({ fileSystemProvider: () => fileSystem });
    configure?.(appl);
    const [checked] = await checkPlans(appl, [{ uri: URI.file('/project/plans/plan.appl') }]);
    return checked.diagnostics;
}

const NO_LEAD = 'Action 1.1 has no lead. Add "lead <person-id>".';
const LEAD_RANGE = { start: { line: 1, character: 9 }, end: { line: 1, character: 12 } };

describe('project config', () => {
    test('without a config file, every rule has its default level', async () => {
        expect(findings(await check({}), 'action-has-lead')).toEqual([{ range: LEAD_RANGE, message: NO_LEAD, severity: 1 }]);
    });

    test('appl.config.json in a folder above the plan sets a rule\'s level', async () => {
        const diagnostics = await check({ '/project/appl.config.json': '{ "rules": { "action-has-lead": "warning" } }' });
        expect(findings(diagnostics, 'action-has-lead')).toEqual([{ range: LEAD_RANGE, message: NO_LEAD, severity: 2 }]);
    });

    test('"off" turns a rule off', async () => {
        const diagnostics = await check({ '/project/appl.config.json': '{ "rules": { "action-has-lead": "off", "action-has-target": "info" } }' });
        expect(findings(diagnostics, 'action-has-lead')).toEqual([]);
        expect(findings(diagnostics, 'action-has-target').map(f => f.severity)).toEqual([3]);
    });

    test('the nearest config file wins', async () => {
        const diagnostics = await check({
            '/project/appl.config.json': '{ "rules": { "action-has-lead": "off" } }',
            '/project/plans/appl.config.json': '{ "rules": { "action-has-lead": "info" } }',
        });
        expect(findings(diagnostics, 'action-has-lead').map(f => f.severity)).toEqual([3]);
    });

    test('a config file named explicitly replaces the search', async () => {
        const diagnostics = await check({
            '/project/appl.config.json': '{ "rules": { "action-has-lead": "off" } }',
            '/ci/strict.json': '{ "rules": { "action-has-lead": "warning" } }',
        }, appl => appl.config.ProjectConfig.useFile(URI.file('/ci/strict.json')));
        expect(findings(diagnostics, 'action-has-lead').map(f => f.severity)).toEqual([2]);
    });

    test('reports each mistake in the config file at the top of the plan, and applies the rest', async () => {
        const diagnostics = await check({
            '/project/appl.config.json': '{ "rule": 1, "rules": { "action-has-led": "off", "action-has-target": "loud", "action-has-lead": "info" } }',
        });
        const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        expect(findings(diagnostics, 'invalid-config')).toEqual([
            { range: top, severity: 1, message: 'The project config appl.config.json has a mistake: "rule" is not a setting; the settings are "rules", "ignore" and "$schema".' },
            { range: top, severity: 1, message: 'The project config appl.config.json has a mistake: "action-has-led" is not a rule id; did you mean "action-has-lead"?' },
            { range: top, severity: 1, message: 'The project config appl.config.json has a mistake: the level of "action-has-target" must be "off", "info", "warning" or "error".' },
        ]);
        expect(findings(diagnostics, 'action-has-lead').map(f => f.severity)).toEqual([3]);
    });

    test('reports a config file that is not JSON', async () => {
        const diagnostics = await check({ '/project/appl.config.json': '{ rules: ' });
        expect(findings(diagnostics, 'invalid-config').map(f => f.message)).toEqual([
            expect.stringMatching(/^The project config appl\.config\.json has a mistake: it is not valid JSON \(.+\)\.$/),
        ]);
    });

    test('says which plans its ignore globs match, relative to its folder', async () => {
        const fileSystem = MemoryFileSystem.of({ '/project/appl.config.json': '{ "ignore": ["teaching/**", "drafts/*.appl"] }' });
        const { appl } = createApplServices({ fileSystemProvider: () => fileSystem });
        const ignored = (path: string) => isIgnoredByConfig(appl.config.ProjectConfig, URI.file(path));
        expect([
            ignored('/project/teaching/action-has-lead.appl'),
            ignored('/project/teaching/deeper/unused.appl'),
            ignored('/project/drafts/plan.appl'),
            ignored('/project/drafts/old/plan.appl'),
            ignored('/project/medway/app-2020.appl'),
            ignored('/elsewhere/teaching/plan.appl'),
        ]).toEqual([true, true, true, false, false, false]);
    });

    test('every finding links to its rule\'s section of the rules reference', async () => {
        const diagnostics = await check({});
        expect(diagnostics.find(d => d.code === 'action-has-lead')?.codeDescription)
            .toEqual({ href: 'https://github.com/appl-lang/appl/blob/main/docs/rules.md#action-has-lead' });
    });
});
