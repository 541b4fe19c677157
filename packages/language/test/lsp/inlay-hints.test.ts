import { afterEach, describe, expect, test } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import { addFiles, createLspTestServices, reset, setSettings } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

const PLAN = `plan "Riverside APP" { period 2020-08-31 to 2022-02-28 }
area 1 "Leadership" {
  action 1.1 "Agree a strategy" {
    milestone 3 months 2020-11-30 "Draft agreed"
    milestone 6 months 2021-02-28 "Consulted on"
    milestone 12 months 2021-09-14 "Published"
    milestone 2020-07-01 "Before the plan"
    milestone "No date yet"
  }
}
`;

async function hints(text = PLAN): Promise<InlayHint[] | undefined> {
    const { 'plan.appl': document } = await addFiles(services, { 'plan.appl': text });
    return services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    });
}

describe('inlay hints', () => {
    test('after each milestone date, its distance from the start of the plan', async () => {
        const all = await hints();
        expect(all?.map(hint => [hint.position.line + 1, hint.position.character, hint.label, hint.tooltip])).toEqual([
            [4, 33, '+3m', '3 months after the plan starts (31 August 2020)'],
            [5, 33, '+6m', '6 months after the plan starts (31 August 2020)'],
            [6, 34, '+12m 14d', '12 months and 14 days after the plan starts (31 August 2020)'],
            [7, 24, '-1m 30d', '1 month and 30 days before the plan starts (31 August 2020)'],
        ]);
        expect(all?.[0]).toMatchObject({ paddingLeft: true, position: { line: 3, character: 33 } });
    });

    test('none without a plan period, or when the appl.inlayHints.enabled setting is off', async () => {
        expect(await hints(PLAN.replace('period 2020-08-31 to 2022-02-28', ''))).toEqual([]);
        await reset(services);
        setSettings(services, { inlayHints: { enabled: false } });
        expect(await hints()).toEqual([]);
    });
});
