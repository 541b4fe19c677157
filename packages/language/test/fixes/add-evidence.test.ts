import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, diagnosticOf, expectFixed, fixesOf, fixTitled } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const HEADER = 'plan "P" { type improvement-plan period 2024-01-01 to 2025-06-30 }\nperson jo "Jo Lead"\n';

describe('evidence-of-impact: Add evidence', () => {
    test('adds a TODO evidence clause as the action\'s last', async () => {
        const checked = await check(services, `${HEADER}area 1 "A" {
  action 1.1 "Train caseworkers" {
    lead jo
    milestone 2024-06-30 "First cohort trained" met
  }
}
`);
        const diagnostic = diagnosticOf(checked, 'evidence-of-impact');
        const fix = fixTitled(fixesOf(services, checked, diagnostic), 'Add evidence');
        expect(fix.safe).toBe(false);
        const text = await expectFixed(services, checked, diagnostic, fix);
        expect(text).toBe(`${HEADER}area 1 "A" {
  action 1.1 "Train caseworkers" {
    lead jo
    milestone 2024-06-30 "First cohort trained" met
    evidence "TODO: what a reviewer will be shown"
  }
}
`);
    });

    test('opens a complete action written on one line', async () => {
        const checked = await check(services, `${HEADER}area 1 "A" {
  action 1.1 "Train caseworkers" { lead jo status complete }
}
`);
        const diagnostic = diagnosticOf(checked, 'evidence-of-impact');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Add evidence'));
        expect(text).toBe(`${HEADER}area 1 "A" {
  action 1.1 "Train caseworkers" { lead jo status complete
    evidence "TODO: what a reviewer will be shown"
  }
}
`);
    });

    test('has nothing to fix while the action has no closing brace: the syntax error comes first', async () => {
        const checked = await check(services, `${HEADER}area 1 "A" { action 1.1 "Train caseworkers" { lead jo status complete\n`);
        expect(checked.diagnostics.filter(d => d.code === 'evidence-of-impact')).toEqual([]);
        expect(checked.diagnostics.map(d => d.code)).toContain('syntax-error');
    });
});
