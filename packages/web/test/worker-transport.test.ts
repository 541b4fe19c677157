// The line between CodeMirror's LSP client and the worker: the client's messages go to the worker as
// objects, the server's answers and notifications come back as text, and the server's own requests
// are answered by the page (a file's text) or declined.
import { describe, expect, test } from 'vitest';
import { workerTransport } from '../src/lsp/worker-transport.js';

class FakeWorker extends EventTarget {
    readonly posted: unknown[] = [];
    postMessage(message: unknown): void {
        this.posted.push(message);
    }
    fromServer(message: object): void {
        this.dispatchEvent(new MessageEvent('message', { data: { jsonrpc: '2.0', ...message } }));
    }
}

async function settle(): Promise<void> {
    await new Promise(resolve => setTimeout(resolve, 0));
}

describe('the worker transport', () => {
    test('sends the client\'s messages and hands back the server\'s answers and notifications', () => {
        const worker = new FakeWorker();
        const transport = workerTransport(worker as unknown as Worker, {});
        const received: string[] = [];
        transport.subscribe(message => received.push(message));
        transport.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} }));
        expect(worker.posted).toEqual([{ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} }]);
        worker.fromServer({ id: 1, result: { capabilities: {} } });
        worker.fromServer({ method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.appl', diagnostics: [] } });
        expect(received.map(message => JSON.parse(message))).toEqual([
            { jsonrpc: '2.0', id: 1, result: { capabilities: {} } },
            { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.appl', diagnostics: [] } },
        ]);
    });

    test('answers the server\'s requests for files, accepts registrations, and declines the rest', async () => {
        const worker = new FakeWorker();
        const transport = workerTransport(worker as unknown as Worker, {
            'appl/readFile': (params: { uri: string }) => params.uri === 'file:///people.appl' ? 'person jo "Jo"' : null,
        });
        const received: string[] = [];
        transport.subscribe(message => received.push(message));
        worker.fromServer({ id: 7, method: 'appl/readFile', params: { uri: 'file:///people.appl' } });
        worker.fromServer({ id: 8, method: 'appl/readFile', params: { uri: 'file:///missing.appl' } });
        worker.fromServer({ id: 9, method: 'client/registerCapability', params: { registrations: [] } });
        worker.fromServer({ id: 10, method: 'workspace/applyEdit', params: {} });
        await settle();
        const byId = (a: unknown, b: unknown) => (a as { id: number }).id - (b as { id: number }).id;
        expect([...worker.posted].sort(byId)).toEqual([
            { jsonrpc: '2.0', id: 7, result: 'person jo "Jo"' },
            { jsonrpc: '2.0', id: 8, result: null },
            { jsonrpc: '2.0', id: 9, result: null },
            { jsonrpc: '2.0', id: 10, error: { code: -32601, message: 'workspace/applyEdit is not handled by the page' } },
        ]);
        expect(received).toEqual([]);
    });
});
