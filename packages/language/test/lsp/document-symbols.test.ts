import { afterEach, describe, expect, test } from 'vitest';
import { expectSymbols } from 'langium/test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { createLspTestServices, reset, symbolKindName } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

/** The outline as a user reads it: one line per symbol, indented by depth, with its detail and icon. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(symbol => [
        `${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''} [${symbolKindName(symbol.kind)}]`,
        ...outline(symbol.children ?? [], depth + 1),
    ]);
}

const PLAN = `import "people.appl"
plan "Riverside APP" {
  type APP
}
board improvement-board "SEND Improvement Board" { meets monthly }
inspection revisit from 2019-12-09 to 2019-12-11 {
  weakness W7 "The quality of EHC plans was not acceptable." not-sufficient
}
measure ehcp-quality "EHC plans audited as good or better" {}
area 3 "Quality of EHC plans" addresses W7 {
  action 3.1 "Train coordinators" {
    milestone 3 months 2020-06-01 "First cohort trained" met
    milestone 2020-09-01 "All trained"
  }
  action 3.2 "Audit plans" {}
}
review 2021-01-20 progress-review { outcome W7 sufficient }
person jane-doe "Jane Doe"
`;

describe('document symbols', () => {
    test('outline: the plan holds its board, findings, measures, areas with actions and milestones, and reviews', async () => {
        await expectSymbols(services)({
            text: PLAN,
            disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual([
                'Riverside APP — APP [File]',
                '  improvement-board — SEND Improvement Board [Struct]',
                '  Inspection (revisit) — 2019-12-09 to 2019-12-11 [Object]',
                '    W7 — The quality of EHC plans was not acceptable. [EnumMember]',
                '  ehcp-quality — EHC plans audited as good or better [Property]',
                '  Area 3 — Quality of EHC plans [Namespace]',
                '    Action 3.1 — Train coordinators [Function]',
                '      Milestone 3 months: 2020-06-01 — First cohort trained [Event]',
                '      Milestone 2020-09-01 — All trained [Event]',
                '    Action 3.2 — Audit plans [Function]',
                '  Review 2021-01-20 — progress-review [Event]',
                '  jane-doe — Jane Doe [Variable]',
            ]),
        });
    });

    test('outline: the Annex A sections, each with how many entries it has, selecting its keyword', async () => {
        await expectSymbols(services)({
            text: 'analysis {\n  factor "A" response "B"\n  factor "C"\n}\ncommunications { channel "News" monthly }\nsupport { }\n',
            disposeAfterCheck: true,
            assert: symbols => {
                expect(outline(symbols)).toEqual(['Analysis — 2 factors [Namespace]', 'Communications — 1 channel [Namespace]', 'Support requested — 0 requests [Namespace]']);
                expect(symbols[1].selectionRange).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 14 } });
            },
        });
    });

    test('the plan spans the file; each symbol selects its id, title or date', async () => {
        await expectSymbols(services)({
            text: PLAN,
            disposeAfterCheck: true,
            assert: ([plan]) => {
                expect(plan.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 17, character: 26 } });
                expect(plan.selectionRange).toEqual({ start: { line: 1, character: 5 }, end: { line: 1, character: 20 } });
                const area = plan.children!.find(symbol => symbol.name === 'Area 3')!;
                expect(area.range).toEqual({ start: { line: 9, character: 0 }, end: { line: 15, character: 1 } });
                expect(area.selectionRange).toEqual({ start: { line: 9, character: 5 }, end: { line: 9, character: 6 } });
                const milestone = area.children![0].children![1];
                expect(milestone.selectionRange).toEqual({ start: { line: 12, character: 14 }, end: { line: 12, character: 24 } });
            },
        });
    });

    test('a file of people and organisations lists them at the top level', async () => {
        await expectSymbols(services)({
            text: 'organisation pcf "Parent Carer Forum" kind parent-carer-forum\nperson jane-doe "Jane Doe" role "Head of SEND"\n',
            disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual([
                'pcf — Parent Carer Forum [Class]',
                'jane-doe — Jane Doe [Variable]',
            ]),
        });
    });

    test('half-typed declarations without an id are left out', async () => {
        await expectSymbols(services)({
            text: 'area 1 "A" {\n  action "no number" {}\n}\nmeasure\n',
            disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual(['Area 1 — A [Namespace]']),
        });
    });
});
