import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, diagnosticOf, expectFixed, fixesOf, fixTitled } from './fix-helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const HEADER = 'plan "P" { type improvement-plan period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }\nperson jo "Jo Lead"\n';

describe('progress-update: Add a progress update', () => {
    test('adds a TODO update dated at the plan\'s as-of date as the action\'s last clause', async () => {
        const checked = await check(services, `${HEADER}area 1 "A" {
  action 1.1 "Train caseworkers" {
    lead jo
    start 2024-01-01
    update 2024-04-30 "Draft template shared with the forum"
  }
}
`);
        const diagnostic = diagnosticOf(checked, 'progress-update');
        const fix = fixTitled(fixesOf(services, checked, diagnostic), 'Add a progress update');
        expect(fix.safe).toBe(false);
        const text = await expectFixed(services, checked, diagnostic, fix);
        expect(text).toBe(`${HEADER}area 1 "A" {
  action 1.1 "Train caseworkers" {
    lead jo
    start 2024-01-01
    update 2024-04-30 "Draft template shared with the forum"
    update 2024-09-01 "TODO: what has happened since, and what comes next"
  }
}
`);
    });

    test('dates it at the as-of date given to the checker, and opens an action written on one line', async () => {
        services.appl.config.ProjectConfig.asOfOverride = '2024-12-01';
        const checked = await check(services, `${HEADER}area 1 "A" {
  action 1.1 "Train caseworkers" { lead jo start 2024-10-01 }
}
`);
        const diagnostic = diagnosticOf(checked, 'progress-update');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Add a progress update'));
        expect(text).toBe(`${HEADER}area 1 "A" {
  action 1.1 "Train caseworkers" { lead jo start 2024-10-01
    update 2024-12-01 "TODO: what has happened since, and what comes next"
  }
}
`);
    });

    test('has nothing to fix while the action has no closing brace: the syntax error comes first', async () => {
        const checked = await check(services, `${HEADER}area 1 "A" { action 1.1 "Train caseworkers" { lead jo start 2024-01-01\n`);
        expect(checked.diagnostics.filter(d => d.code === 'progress-update')).toEqual([]);
        expect(checked.diagnostics.map(d => d.code)).toContain('syntax-error');
    });
});
