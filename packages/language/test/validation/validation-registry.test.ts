import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ValidationChecks } from 'langium';
import type { ApplAstType } from '../../src/generated/ast.js';
import { checkFiles, createTestServices, resetWorkspace } from '../helpers.js';

// The registry calls checks without a promise each; these are the cases Langium's own wrapping covers.
describe('validation registry', () => {
    const services = createTestServices();
    afterEach(() => resetWorkspace(services));

    test('a check that throws becomes an error on its node, and the other checks still run', async () => {
        const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const checks: ValidationChecks<ApplAstType> = {
            Person: person => {
                if (person.name === 'p1') {
                    throw new Error('boom');
                }
            },
            Declaration: (declaration, accept) => {
                accept('warning', `seen ${declaration.$type}`, { node: declaration, property: 'name' });
            },
            Plan: async (plan, accept) => {
                await new Promise(resolve => setTimeout(resolve, 1));
                accept('info', 'awaited', { node: plan, property: 'title' });
            },
        };
        services.appl.validation.ValidationRegistry.register(checks, undefined, 'test-only');
        try {
            const { 'people.appl': diagnostics } = await checkFiles(services, {
                'people.appl': 'plan "P" { period 2020-01-01 to 2021-01-01 }\nperson p1 "Ann Lee" role "Director"\n',
            });
            const own = diagnostics.filter(d => d.code === undefined).map(d => [d.severity, d.message, d.range.start.line]);
            expect(own).toEqual([
                [2, 'seen Plan', 0],
                [3, 'awaited', 0],
                [1, 'An error occurred during validation: boom', 1],
                [2, 'seen Person', 1],
            ]);
        } finally {
            consoleError.mockRestore();
        }
    });
});
