import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('import-cycle', () => {
    test('reports a file that imports itself, once however often', async () => {
        await expectRule(services, 'import-cycle', 'import <|"plan.appl"|>\nimport "./plan.appl"\nperson jane "Jane Doe"',
            ['This file imports itself. Remove the import "plan.appl".'], 'warning');
    });

    test('reports a cycle through other files once in each file of it, naming the files in order', async () => {
        const diagnostics = await checkFiles(services, {
            'plan.appl': 'import "people.appl"\nplan "P" { accountable jane }',
            'people.appl': 'import "findings.appl"\nperson jane "Jane Doe"',
            'findings.appl': 'import "plan.appl"\ninspection revisit { weakness W1 "W" }',
        });
        expect(findings(diagnostics['plan.appl'], 'import-cycle').map(d => [d.range.start.line, d.message])).toEqual([[0,
            'This import makes a cycle: plan.appl → people.appl → findings.appl → plan.appl. Remove one of these imports: '
            + 'a plan imports shared files, and a shared file imports none of the plans that use it.']]);
        expect(findings(diagnostics['findings.appl'], 'import-cycle').map(d => d.message)).toEqual([
            'This import makes a cycle: findings.appl → plan.appl → people.appl → findings.appl. Remove one of these imports: '
            + 'a plan imports shared files, and a shared file imports none of the plans that use it.']);
    });

    test('does not report a file imported twice by different routes', async () => {
        await expectNoRule(services, 'import-cycle', 'import "people.appl"\nimport "findings.appl"\nplan "P" { accountable jane }', {
            'people.appl': 'person jane "Jane Doe"',
            'findings.appl': 'import "people.appl"\ninspection revisit { weakness W1 "W" }',
        });
    });

    test('says nothing about an import that leads nowhere (unresolved-reference reports it)', async () => {
        await expectNoRule(services, 'import-cycle', 'import "missing.appl"\nimport ""\nperson jane "Jane Doe"');
    });
});
