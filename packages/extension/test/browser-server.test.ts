// The extension's browser build (run `npm run build` first): its language server, out/browser/server.js,
// is the bundle that vscode.dev and github.dev start in a web worker (the web page's is built from the
// same entry). Here it runs in a Node worker thread that looks like a web worker to it (a global
// `self` with `postMessage` and `onmessage`), and a client speaks LSP to it through the same messages,
// answering its requests for files as the extension does through VS Code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PreviewPlanRequest, ReadDirectoryRequest, ReadFileRequest, type FileParams, type PreviewPlanResult } from 'appl-language/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { createMessageConnection, PortMessageReader, PortMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';

const server = fileURLToPath(new URL('../out/browser/server.js', import.meta.url));
const examples = (path: string) => readFileSync(fileURLToPath(new URL(`../../../examples/${path}`, import.meta.url)), 'utf8');

/** What a web worker offers the script it runs, as much as vscode-languageserver/browser uses. */
const WEB_WORKER_SHIM = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.addEventListener = () => {};
globalThis.postMessage = message => parentPort.postMessage(message);
parentPort.on('message', data => globalThis.onmessage?.({ data }));
require('node:vm').runInThisContext(require('node:fs').readFileSync(workerData.server, 'utf8'), { filename: workerData.server });
`;

class BrowserServerClient {
    readonly worker = new Worker(WEB_WORKER_SHIM, { eval: true, workerData: { server } });
    readonly connection: MessageConnection;
    readonly fileRequests: string[] = [];
    private readonly published = new Map<string, Diagnostic[]>();
    private wake: Array<() => void> = [];

    constructor(files: Record<string, string>) {
        this.connection = createMessageConnection(new PortMessageReader(this.worker), new PortMessageWriter(this.worker));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string, diagnostics: Diagnostic[] }) => {
            this.published.set(params.uri, params.diagnostics);
            this.wake.splice(0).forEach(wake => wake());
        });
        this.connection.onRequest(ReadFileRequest.method, ({ uri }: FileParams) => {
            this.fileRequests.push(uri);
            return files[uri] ?? null;
        });
        this.connection.onRequest(ReadDirectoryRequest.method, () => null);
        this.connection.listen();
    }

    async start(): Promise<void> {
        await this.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
        await this.connection.sendNotification('initialized', {});
    }

    async open(uri: string, text: string): Promise<void> {
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'appl', version: 1, text } });
    }

    async diagnosticsFor(uri: string): Promise<Diagnostic[]> {
        const deadline = Date.now() + 15_000;
        while (!this.published.has(uri)) {
            if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
            await new Promise<void>(resolve => { this.wake.push(resolve); setTimeout(resolve, 200); });
        }
        return this.published.get(uri)!;
    }

    async dispose(): Promise<void> {
        this.connection.dispose();
        await this.worker.terminate();
    }
}

describe('the browser build\'s language server (out/browser/server.js)', () => {
    let client: BrowserServerClient | undefined;

    afterEach(async () => {
        await client?.dispose();
        client = undefined;
    });

    test('checks a plan and reports its mistakes with their rule ids', async () => {
        client = new BrowserServerClient({});
        await client.start();
        const uri = 'vscode-vfs://github/council/plans/broken.appl';
        await client.open(uri, [
            'plan "Broken" { type WSOA local-area "Medway" period 2020-03-01 to 2021-09-30 }',
            'area 1 "Leadership" {',
            '  action 1.1 "Agree a joint SEND strategy" {',
            '    due 2020-12-31',
            '    target "Strategy agreed by all partners" 1 count by 2020-09-30 from 0 on 2020-03-01',
            '    milestone 2020-06-01 "Draft strategy consulted on"',
            '  }',
            '}',
        ].join('\n'));
        const errors = (await client.diagnosticsFor(uri)).filter(d => d.severity === 1);
        expect(errors.map(({ code, range, message }) => ({ code, range, message }))).toEqual([{
            code: 'action-has-lead',
            range: { start: { line: 2, character: 9 }, end: { line: 2, character: 12 } },
            message: 'Action 1.1 has no lead. Add "lead <person-id>".',
        }]);
    });

    test('reads the files a plan imports through the client, and checks the Medway APP clean', async () => {
        const folder = 'vscode-vfs://github/council/plans/medway';
        client = new BrowserServerClient({
            [`${folder}/medway-people.appl`]: examples('medway/medway-people.appl'),
            [`${folder}/medway-findings.appl`]: examples('medway/medway-findings.appl'),
        });
        await client.start();
        const uri = `${folder}/app-2020.appl`;
        await client.open(uri, examples('medway/app-2020.appl'));
        expect(await client.diagnosticsFor(uri)).toEqual([]);
        expect([...new Set(client.fileRequests)].sort()).toEqual([`${folder}/medway-findings.appl`, `${folder}/medway-people.appl`]);
        const preview = await client.connection.sendRequest<PreviewPlanResult>(PreviewPlanRequest.method, { textDocument: { uri } });
        expect(preview.title).toBe('Medway Accelerated Progress Plan');
        expect(preview.html).toContain('Dr Lee-Anne Farach');
    });

    test('reports an import the client cannot read as a missing file', async () => {
        client = new BrowserServerClient({});
        await client.start();
        const uri = 'vscode-vfs://github/council/plans/alone.appl';
        await client.open(uri, 'import "people.appl"\n');
        const [missing] = await client.diagnosticsFor(uri);
        expect(missing).toMatchObject({ code: 'unresolved-reference', range: { start: { line: 0, character: 7 } } });
        expect(client.fileRequests).toContain('vscode-vfs://github/council/plans/people.appl');
    });
});
