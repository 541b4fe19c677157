import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

function empty(area: string): string {
    return `Area ${area} has no actions, so it addresses nothing yet. Add an action: action ${area}.1 "<what will be done>" `
        + '{ lead <person-id> due <YYYY-MM-DD> target <measure-id> milestone <YYYY-MM-DD> "<what will be true>" }.';
}

describe('empty-area', () => {
    test('reports an area without actions on its number', async () => {
        await expectRule(services, 'empty-area', `
            plan "P" { }
            area 1 "Quality of EHC plans" {
              action 1.1 "Train caseworkers" { }
            }
            area <|2|> "Timeliness of EHC plans" { }
            area <|ehcp-quality|> "Quality" {
              // to follow
            }`,
        [empty('2'), empty('ehcp-quality')], 'error');
    });

    test('is silent for an area with one action, even a half-written one', async () => {
        await expectNoRule(services, 'empty-area', `
            area 1 "Quality of EHC plans" { action 1.1 "Train caseworkers" { } }`);
    });

    test('reports beside weakness-covered, which no longer counts the empty area as covering its weakness', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': `
            plan "P" { }
            inspection revisit { weakness W7 "The quality of EHC plans was not acceptable." not-sufficient }
            area 3 "Quality of EHC plans" addresses W7 { }` }))['plan.appl'];
        expect(findings(diagnostics, 'empty-area').map(d => d.range.start)).toEqual([{ line: 3, character: 17 }]);
        expect(findings(diagnostics, 'weakness-covered').map(d => d.message)).toEqual([
            'Weakness W7 is judged not sufficient but no action addresses it: area 3 has no actions yet. Add an action to the area.',
        ]);
    });

    test('does not throw on a half-typed area, and waits for its number and its actions while it is typed', async () => {
        const cases: Array<[string, number]> = [
            ['area', 0],
            ['area "Timeliness" { }', 0],
            ['area 2', 0],
            ['area 2 "Timeliness" {', 0],
            ['area 2 "Timeliness" { action', 0],
            ['area 2 "Timeliness" { }', 1],
        ];
        for (const [text, count] of cases) {
            const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
            expect(diagnostics.filter(d => !d.code)).toEqual([]);
            expect(findings(diagnostics, 'empty-area').map(d => d.message), text).toEqual(count ? [empty('2')] : []);
            await resetWorkspace(services);
        }
    });
});
