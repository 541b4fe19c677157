import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, findings, markedRanges, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

async function diagnosticsOf(text: string) {
    return (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
}

describe('suppression comments', () => {
    test('appl-disable-next-line silences the named rule on the next line only', async () => {
        const diagnostics = await diagnosticsOf(`
            person jane "Jane Doe"
            area 1 "A" {
              // appl-disable-next-line action-has-target -- targets agreed at the May board
              action 1.1 "Agree the strategy" { lead jane milestone 2020-06-01 "Agreed" }
              action 1.2 "Publish the strategy" { lead jane milestone 2020-06-01 "Published" }
            }`);
        expect(findings(diagnostics, 'action-has-target').map(f => f.message)).toEqual([
            'Action 1.2 has no target. Add "target <measure-id>" or "target "<what>" <number> <unit> by <YYYY-MM-DD>".',
        ]);
        expect(findings(diagnostics, 'unused-suppression')).toEqual([]);
    });

    test('appl-disable-file silences the named rules everywhere in the file, in a block comment too', async () => {
        const diagnostics = await diagnosticsOf(`/* appl-disable-file action-has-target, action-has-milestone, coproduction */
            person jane "Jane Doe"
            area 1 "A" {
              action 1.1 "Agree the strategy" { lead jane due 2020-09-30 }
              action 1.2 "Publish the strategy" { due 2020-09-30 }
            }`);
        expect(diagnostics.map(d => d.code)).toEqual(['action-has-lead']);
    });

    test('reports a suppression that silences nothing, names no rule or names an unknown rule', async () => {
        const { text, ranges } = markedRanges(`
            person jane "Jane Doe"
            area 1 "A" {
              // appl-disable-next-line <|action-has-lead|>
              action 1.1 "Agree the strategy" { lead jane target "Schools signed up" 10 count by 2020-09-01 milestone 2020-06-01 "Agreed" }
              <|// appl-disable-next-line|>
              // appl-disable-next-line <|action-has-targets|>
              action 1.2 "Publish the strategy" { lead jane target "Schools signed up" 10 count by 2020-09-01 milestone 2020-06-01 "Agreed" }
            }`);
        expect(findings(await diagnosticsOf(text), 'unused-suppression')).toEqual([
            { range: ranges[0], severity: 2, message: 'This suppression silences nothing: there is no action-has-lead finding on the next line. Remove it.' },
            { range: ranges[1], severity: 2, message: 'Name the rule to silence: // appl-disable-next-line <rule-id>. A suppression must say what it silences.' },
            { range: ranges[2], severity: 2, message: 'action-has-targets is not a rule id; did you mean action-has-target?' },
        ]);
    });

    test('never silences a syntax error', async () => {
        const diagnostics = await diagnosticsOf(`// appl-disable-file syntax-error
            area 1 "A" { action }`);
        expect(diagnostics.filter(d => d.code === 'syntax-error')).not.toEqual([]);
        expect(findings(diagnostics, 'unused-suppression').map(f => f.message)).toEqual(['syntax-error is not a rule id.']);
    });

    test('ignores suppression words inside text', async () => {
        const diagnostics = await diagnosticsOf(`
            organisation forum "Parent Carer Forum" kind parent-carer-forum
            person jane "Jane Doe"
            area 1 "A" {
              action 1.1 "// appl-disable-next-line action-has-target" { lead jane partners forum due 2020-09-30 milestone 2020-06-01 "Agreed" }
            }`);
        expect(diagnostics.map(d => d.code)).toEqual(['action-has-target']);
    });
});
