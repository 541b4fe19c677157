// Checks the built extension (run `npm run build` at the repository root first): the manifest points
// at files that exist, and the bundled server works on its own, Node 20 shim included.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APPL_LANGUAGE_ID, PreviewPlanRequest, type PreviewPlanResult } from 'appl-language/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { LspTestClient, visible } from '../../language/test/lsp/lsp-client.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(root(path), 'utf8'));

interface Manifest {
    main: string;
    activationEvents: string[];
    contributes: {
        languages: Array<{ id: string, extensions: string[], configuration: string }>;
        grammars: Array<{ language: string, scopeName: string, path: string }>;
    };
}
const manifest: Manifest = readJson('package.json');

describe('extension manifest', () => {
    test('declares the appl language for .appl files, with the id the server uses', () => {
        expect(manifest.contributes.languages).toEqual([
            expect.objectContaining({ id: 'appl', extensions: ['.appl'] }),
        ]);
        expect(APPL_LANGUAGE_ID).toBe('appl');
        expect(manifest.activationEvents).toEqual(['onLanguage:appl']);
    });

    test('points at a built main, a language configuration and the generated grammar', () => {
        expect(existsSync(root(manifest.main))).toBe(true);
        const [grammar] = manifest.contributes.grammars;
        expect(grammar.language).toBe('appl');
        expect(readJson(grammar.path)).toMatchObject({ scopeName: grammar.scopeName });
        const configuration = readJson(manifest.contributes.languages[0].configuration);
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });

    test('keeps ids, numbers and dates whole as words', () => {
        const { wordPattern } = readJson(manifest.contributes.languages[0].configuration);
        const words = 'addresses W7, ehcp-quality "x" 3.1 by 2020-06-30 {'.match(new RegExp(wordPattern, 'g'));
        expect(words).toEqual(['addresses', 'W7', 'ehcp-quality', 'x', '3.1', 'by', '2020-06-30']);
    });

    test('bundles the client without the language core', () => {
        const client = readFileSync(root('out/extension.cjs'), 'utf8');
        expect(client).toContain('require("vscode")');
        expect(client).not.toMatch(/langium/i);
    });
});

describe('bundled server (out/server.cjs)', () => {
    let client: LspTestClient | undefined;

    afterEach(async () => {
        await client?.dispose();
        client = undefined;
    });

    test('answers initialize and publishes diagnostics for a broken plan', async () => {
        client = LspTestClient.start([root('out/server.cjs'), '--stdio']);
        const { capabilities } = await client.initialize();
        expect(capabilities.textDocumentSync).toMatchObject({ openClose: true });
        await client.initialized();

        const uri = 'file:///plans/broken.appl';
        await client.open(uri, [
            'plan "Broken" { type APP local-area "Medway" period 2020-03-01 to 2021-09-30 }',
            'area 1 "Leadership" {',
            '  action 1.1 "Agree a joint SEND strategy" {',
            '    due 2020-12-31',
            '    target "Strategy agreed by all partners" 1 count by 2020-09-30 from 0 on 2020-03-01',
            '    milestone 2020-06-01 "Draft strategy consulted on"',
            '  }',
            '}',
        ].join('\n'));
        // The errors: the advisory rules (governance, horizons, …) have their own tests.
        expect(visible(await client.diagnosticsFor(uri)).filter(d => d.severity === DiagnosticSeverity.Error)).toEqual([{
            code: 'action-has-lead',
            range: { start: { line: 2, character: 9 }, end: { line: 2, character: 12 } },
            message: 'Action 1.1 has no lead. Add "lead <person-id>".',
            severity: DiagnosticSeverity.Error,
        }]);

        expect(await client.shutdown()).toBe(0);
    });

    test('serves the preview of the Medway example, as the extension shows it', async () => {
        const plan = fileURLToPath(new URL('../../../examples/medway/app-2020.appl', import.meta.url));
        const uri = pathToFileURL(plan).href;
        client = LspTestClient.start([root('out/server.cjs'), '--stdio']);
        await client.initialize();
        await client.initialized();
        await client.open(uri, readFileSync(plan, 'utf8'));
        await client.diagnosticsFor(uri);
        const preview = await client.request<PreviewPlanResult>(PreviewPlanRequest.method, { textDocument: { uri } });
        expect(preview.title).toBe('Medway Accelerated Progress Plan');
        expect(preview.html).toContain('<h1>Medway Accelerated Progress Plan</h1>');
        expect(preview.html.match(/<rect class="bar"/g)).toHaveLength(9);
        expect(preview.html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+';/);
        expect(await client.shutdown()).toBe(0);
    });
});
