import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const SAMPLE = readFileSync(new URL('../fixtures/sample-plan.appl', import.meta.url), 'utf8');

describe('every rule on half-typed text', () => {
    test('the sample plan checks clean', async () => {
        expect((await checkFiles(services, { 'plan.appl': SAMPLE }))['plan.appl']).toEqual([]);
    });

    // Langium turns an exception thrown by a check into an error in the author's file; a plan being
    // typed must only ever see findings about the plan.
    test('no rule throws on any prefix of the sample plan', async () => {
        const crashes: string[] = [];
        for (let end = 0; end <= SAMPLE.length; end += 11) {
            const diagnostics = (await checkFiles(services, { 'plan.appl': SAMPLE.slice(0, end) }))['plan.appl'];
            for (const diagnostic of diagnostics) {
                if (!diagnostic.code) {
                    crashes.push(`at ${end}: ${diagnostic.message}`);
                }
            }
            await resetWorkspace(services);
        }
        expect(crashes).toEqual([]);
    });
});
