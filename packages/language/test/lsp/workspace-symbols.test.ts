import { afterEach, describe, test } from 'vitest';
import { expectWorkspaceSymbols } from 'langium/test';
import type { WorkspaceSymbol } from 'vscode-languageserver';
import { addFiles, createLspTestServices, PEOPLE, reset, symbolKindName } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

const PLAN = `import "people.appl"
inspection revisit { weakness W7 "The quality of EHC plans was not acceptable." not-sufficient }
measure ehcp-quality "EHC plans audited as good or better" {}
measure ehcp-20-weeks "New EHC plans issued within 20 weeks" {}
area 3 "Quality of EHC plans" addresses W7 { action 3.1 "Train coordinators" {} }
`;

function shown(symbol: WorkspaceSymbol): string {
    const location = 'range' in symbol.location ? `${symbol.location.uri.replace('file:///plans/', '')}:${symbol.location.range.start.line + 1}` : '';
    return `${symbol.name} — ${symbol.containerName} [${symbolKindName(symbol.kind)}] ${location}`;
}

describe('workspace symbols', () => {
    test('finds things by a word of their id, across the files of the workspace', async () => {
        await addFiles(services, { 'people.appl': PEOPLE, 'plan.appl': PLAN });
        await expectWorkspaceSymbols(services.shared)({
            query: 'weeks',
            symbolToString: shown,
            expectedSymbols: ['ehcp-20-weeks — New EHC plans issued within 20 weeks [Property] plan.appl:4'],
        });
        await expectWorkspaceSymbols(services.shared)({
            query: 'jane',
            symbolToString: shown,
            expectedSymbols: ['jane-doe — Jane Doe, Head of SEND [Variable] people.appl:3'],
        });
    });

    test('finds things by the words of their title or text', async () => {
        await addFiles(services, { 'people.appl': PEOPLE, 'plan.appl': PLAN });
        await expectWorkspaceSymbols(services.shared)({
            query: 'ehc plans',
            symbolToString: shown,
            expectedSymbols: [
                'W7 — The quality of EHC plans was not acceptable. [EnumMember] plan.appl:2',
                'ehcp-quality — EHC plans audited as good or better [Property] plan.appl:3',
                'ehcp-20-weeks — New EHC plans issued within 20 weeks [Property] plan.appl:4',
                '3 — Quality of EHC plans [Namespace] plan.appl:5',
            ],
        });
    });
});
