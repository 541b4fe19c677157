import { afterEach, describe, expect, test } from 'vitest';
import type { CodeLens } from 'vscode-languageserver';
import { addFiles, createLspTestServices, PEOPLE, reset, setSettings } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

const FINDINGS = `inspection revisit {
  weakness W1 "There was a lack of joint strategic leadership." not-sufficient
  weakness W2 "There was a lack of a clearly communicated strategy." not-sufficient
  weakness W3 "Providers were not taking suitable responsibility." sufficient
  weakness W7 "The quality of EHC plans was not acceptable." not-sufficient
}
`;
const PLAN = `import "people.appl"
import "findings.appl"
plan "Riverside APP" { type APP period 2020-03-01 to 2021-09-30 as-of 2021-01-20 }
measure ehcp-quality "EHC plans audited as good or better" {
  unit percent
  baseline 35 on 2020-01-31
  target 70 by 2021-03-31
  expect 45 by 2020-06-30
  actual 48 on 2020-06-30
}
measure waiting "Weeks waited for an assessment" {
  unit weeks
  baseline 30 on 2020-01-31
  target 18 by 2021-03-31
  actual 27 on 2020-12-31
}
measure survey "Parents rating communication good or better" { unit percent baseline 15 on 2020-02-28 target 50 by 2021-07-31 }
area 1 "Leadership" addresses W1 {}
area 3 "Quality" addresses W7 {
  action 3.1 "Train" { lead jane-doe milestone 2020-09-30 "First cohort trained" missed }
  action 3.2 "Audit" { lead jane-doe milestone 2021-01-10 "First audit run" }
  action 3.3 "Advice" { lead jane-doe target ehcp-quality }
}
area 4 "Co-production" { action 4.1 "Listen" { addresses W7 } }
`;

/** Lenses as a user sees them: the line they sit above (1-based) and their text. */
function shown(lenses: CodeLens[] | undefined): string[] {
    return (lenses ?? []).map(lens => `${lens.range.start.line + 1}: ${lens.command?.title}`);
}

async function lensesOf(name: 'plan.appl' | 'findings.appl'): Promise<CodeLens[] | undefined> {
    const documents = await addFiles(services, { 'people.appl': PEOPLE, 'findings.appl': FINDINGS, 'plan.appl': PLAN });
    const document = documents[name];
    return services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
}

describe('code lens', () => {
    test('over each weakness, how many actions address it, across the plans that import the findings', async () => {
        const lenses = await lensesOf('findings.appl');
        expect(shown(lenses)).toEqual([
            '2: addressed by area 1 (no actions yet)',
            '3: not addressed',
            '4: not addressed (sufficient progress)',
            '5: addressed by 4 actions',
        ]);
        expect(lenses![0]).toEqual({
            range: { start: { line: 1, character: 11 }, end: { line: 1, character: 13 } },
            command: { title: 'addressed by area 1 (no actions yet)', command: '' },
        });
    });

    test('over each measure, its latest actual against the value expected on that date', async () => {
        expect(shown(await lensesOf('plan.appl')).slice(0, 3)).toEqual([
            '4: on track: 48% vs expected 45%',
            '11: behind its path: 27 weeks vs expected 20.5 weeks',
            '17: no data yet',
        ]);
    });

    test('over each area and action, its RAG in words, and why when red or amber', async () => {
        expect(shown(await lensesOf('plan.appl')).slice(3)).toEqual([
            '18: RAG not yet due: no actions yet',
            '19: RAG red: 1 red, 1 amber, 1 green',
            '20: RAG red: 1 milestone missed',
            '21: RAG amber: 1 milestone overdue',
            '22: RAG green',
            '24: RAG not yet due',
            '24: RAG not yet due',
        ]);
    });

    test('the appl.codeLens.enabled setting turns them off', async () => {
        setSettings(services, { codeLens: { enabled: false } });
        expect(await lensesOf('plan.appl')).toEqual([]);
    });
});
