// The editor features through the shipped server over stdio, as any LSP client (Neovim, Helix, …) uses it.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import type { CodeLens } from 'vscode-languageserver-types';
import { ExportPlanRequest, PreviewPlanRequest, ReviewPackRequest, type ExportPlanResult, type PreviewPlanResult } from '../../src/lsp/protocol.js';
import { LspTestClient } from './lsp-client.js';

const SERVER = fileURLToPath(new URL('./server-entry.mjs', import.meta.url));
const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

let client: LspTestClient | undefined;
let tempDir: string | undefined;

afterEach(async () => {
    await client?.dispose();
    client = undefined;
    if (tempDir) {
        await rm(tempDir, { recursive: true, force: true });
        tempDir = undefined;
    }
});

const PEOPLE = 'person jane-doe "Jane Doe" role "Head of SEND"\n';
const PLAN = `import "people.appl"
plan "Riverside <script>alert(1)</script> APP" {
  type APP
  local-area "Riverside"
  period 2020-03-01 to 2021-09-30
  as-of 2021-01-20
}
inspection revisit { weakness W7 "The quality of EHC plans was not acceptable." not-sufficient }
measure ehcp-quality "EHC plans audited as good or better" { unit percent baseline 35 on 2020-01-31 target 70 by 2021-03-31 actual 50 on 2020-12-31 }
area 3 "Quality" addresses W7 {
  action 3.1 "Train coordinators" {
    lead jane-doe
    due 2020-12-31
    target ehcp-quality
    milestone 3 months 2020-06-01 "First cohort trained" met
  }
}
`;

async function openPlan(capabilities: object = {}): Promise<string> {
    tempDir = await mkdtemp(join(tmpdir(), 'appl-lsp-'));
    await writeFile(join(tempDir, 'people.appl'), PEOPLE);
    await writeFile(join(tempDir, 'plan.appl'), PLAN);
    const uri = pathToFileURL(join(tempDir, 'plan.appl')).href;
    client = LspTestClient.start([SERVER, '--stdio']);
    await client.initialize(null, capabilities);
    await client.initialized();
    await client.open(uri, PLAN);
    await client.diagnosticsFor(uri);
    return uri;
}

describe('language server features over stdio', () => {
    test('advertises every editor feature in initialize, and no server command that could clash with the extension\'s', async () => {
        client = LspTestClient.start([SERVER, '--stdio']);
        const { capabilities } = await client.initialize();
        expect(capabilities).toMatchObject({
            completionProvider: expect.any(Object),
            hoverProvider: true,
            definitionProvider: true,
            referencesProvider: true,
            renameProvider: { prepareProvider: true },
            documentSymbolProvider: true,
            workspaceSymbolProvider: expect.any(Object),
            foldingRangeProvider: true,
            documentHighlightProvider: true,
            documentFormattingProvider: true,
            documentRangeFormattingProvider: true,
            codeLensProvider: { resolveProvider: false },
            inlayHintProvider: { resolveProvider: false },
            semanticTokensProvider: { full: expect.anything(), range: true },
        });
        expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toEqual(expect.arrayContaining(['enumMember', 'property', 'variable', 'class', 'namespace', 'function', 'struct']));
        expect(capabilities.executeCommandProvider).toBeUndefined();
        expect(await client.shutdown()).toBe(0);
    });

    test('names itself and announces links, fix-all on save, triggers, selection ranges and rename of files', async () => {
        client = LspTestClient.start([SERVER, '--stdio']);
        const result = await client.initialize();
        expect(result.serverInfo).toEqual({ name: 'appl-language-server', version: PACKAGE_VERSION });
        expect(result.capabilities).toMatchObject({
            codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.appl'] },
            completionProvider: { triggerCharacters: [' ', ','] },
            documentLinkProvider: { resolveProvider: false },
            selectionRangeProvider: true,
            workspace: { fileOperations: { willRename: { filters: [
                { scheme: 'file', pattern: { glob: '**/*.appl', matches: 'file' } },
                { scheme: 'file', pattern: { glob: '**/*', matches: 'folder' } },
            ] } } },
        });
        expect(await client.shutdown()).toBe(0);
    });

    test('links an import, rewrites it when the file is renamed, fixes all on request, and completes on a space', async () => {
        const uri = await openPlan();
        const people = pathToFileURL(join(tempDir!, 'people.appl')).href;
        const links = await client!.request<Array<{ target: string, range: unknown }>>('textDocument/documentLink', { textDocument: { uri } });
        expect(links).toEqual([{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 19 } }, target: people, tooltip: 'Open people.appl' }]);

        const renamed = pathToFileURL(join(tempDir!, 'shared', 'people.appl')).href;
        expect(await client!.request('workspace/willRenameFiles', { files: [{ oldUri: people, newUri: renamed }] })).toEqual({
            changes: { [uri]: [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 20 } }, newText: '"shared/people.appl"' }] },
        });

        const since = client!.publishedCount();
        await client!.change(uri, PLAN.replace('lead jane-doe', 'lead jane-do'), 2);
        await client!.diagnosticsFor(uri, since);
        const fixAll = await client!.request<Array<{ kind: string, edit: unknown }>>('textDocument/codeAction', {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll.appl'] },
        });
        expect(fixAll).toEqual([{
            title: 'Fix all: apply 1 fix that needs no choice', kind: 'source.fixAll.appl',
            edit: { changes: { [uri]: [{ range: { start: { line: 11, character: 9 }, end: { line: 11, character: 16 } }, newText: 'jane-doe' }] } },
        }]);

        const typed = PLAN.replace('    target ehcp-quality\n', '    target \n');
        const again = client!.publishedCount();
        await client!.change(uri, typed, 3);
        await client!.diagnosticsFor(uri, again);
        const completion = await client!.request<{ items: Array<{ label: string }> }>('textDocument/completion', {
            textDocument: { uri }, position: { line: 13, character: 11 },
            context: { triggerKind: 2, triggerCharacter: ' ' },
        });
        expect(completion.items.map(item => item.label)).toEqual(['ehcp-quality']);
    });

    test('appl/exportPlan returns the JSON and Markdown exports of an open plan, imports resolved from disk', async () => {
        const uri = await openPlan();
        const json = await client!.request<ExportPlanResult>(ExportPlanRequest.method, { textDocument: { uri }, format: 'json' });
        expect(json.fileName).toBe('plan.json');
        expect(json.errors).toBe(0);
        expect(JSON.parse(json.text)).toMatchObject({ version: 1, files: { plan: 'plan.appl', imports: ['people.appl'] } });
        const markdown = await client!.request<ExportPlanResult>(ExportPlanRequest.method, { textDocument: { uri }, format: 'markdown' });
        expect(markdown.fileName).toBe('plan.md');
        expect(markdown.text.split('\n')[0]).toBe('# Riverside \\<script\\>alert(1)\\</script\\> APP');
    });

    test('appl/exportPlan returns a Word file in base64, and appl/reviewPack the progress-review pack', async () => {
        const uri = await openPlan();
        const word = await client!.request<ExportPlanResult>(ExportPlanRequest.method, { textDocument: { uri }, format: 'docx' });
        expect([word.fileName, word.encoding]).toEqual(['plan.docx', 'base64']);
        expect(Buffer.from(word.text, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
        const html = await client!.request<ExportPlanResult>(ExportPlanRequest.method, { textDocument: { uri }, format: 'html' });
        expect([html.fileName, html.encoding]).toEqual(['plan.html', undefined]);
        expect(html.text).toContain('<h1>Riverside &lt;script&gt;alert(1)&lt;/script&gt; APP</h1>');
        const pack = await client!.request<ExportPlanResult>(ReviewPackRequest.method, { textDocument: { uri }, format: 'markdown' });
        expect(pack.fileName).toBe('plan-review.md');
        expect(pack.text.split('\n')[0]).toBe('# Progress review pack: Riverside \\<script\\>alert(1)\\</script\\> APP');
    });

    test('appl/previewPlan returns the plan as HTML with a fresh nonce, its title escaped', async () => {
        const uri = await openPlan();
        const first = await client!.request<PreviewPlanResult>(PreviewPlanRequest.method, { textDocument: { uri } });
        const second = await client!.request<PreviewPlanResult>(PreviewPlanRequest.method, { textDocument: { uri } });
        expect(first.title).toBe('Riverside <script>alert(1)</script> APP');
        expect(first.html).toContain('<h1>Riverside &lt;script&gt;alert(1)&lt;/script&gt; APP</h1>');
        const nonce = (html: string) => /script-src 'nonce-([^']+)'/.exec(html)?.[1];
        expect(nonce(first.html)).toMatch(/^[A-Za-z0-9+/=]{24}$/);
        expect(nonce(first.html)).not.toBe(nonce(second.html));
        expect(first.html).toContain('<circle class="milestone met"');
    });

    test('reads the appl settings from the client, and asks it to redraw lenses and hints when they change', async () => {
        const capabilities = { workspace: { configuration: true, codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } } };
        tempDir = await mkdtemp(join(tmpdir(), 'appl-lsp-'));
        await writeFile(join(tempDir, 'people.appl'), PEOPLE);
        const uri = pathToFileURL(join(tempDir, 'plan.appl')).href;
        client = LspTestClient.start([SERVER, '--stdio']);
        client.settings = { appl: { codeLens: { enabled: false } } };
        await client.initialize(null, capabilities);
        await client.initialized();
        await client.open(uri, PLAN);
        await client.diagnosticsFor(uri);
        expect(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } })).toEqual([]);

        client.settings = { appl: { codeLens: { enabled: true } } };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { appl: { codeLens: { enabled: true } } } });
        await expect.poll(() => client!.refreshes).toEqual(['codeLens', 'inlayHint']);
        const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
        expect(lenses.map(lens => lens.command?.title)).toEqual([
            'addressed by 1 action', 'behind its path: 50% vs expected 62.6%', 'RAG red: 1 red', 'RAG red: 1 measure behind',
        ]);
    });
});
