// What an editor does that a plan's text cannot: close documents that have no file, cancel requests,
// send malformed positions. The shipped server over stdio must answer each request with a result or a
// proper JSON-RPC error, and never exit.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc';
import { LspTestClient } from './lsp-client.js';

const SERVER = fileURLToPath(new URL('./server-entry.mjs', import.meta.url));

const PLAN = `plan "Riverside APP" {
  type APP
  local-area "Riverside"
  period 2020-03-01 to 2021-09-30
}
person jane-doe "Jane Doe"
`;

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

async function startServer(): Promise<LspTestClient> {
    tempDir = await mkdtemp(join(tmpdir(), 'appl-lsp-robust-'));
    client = LspTestClient.start([SERVER, '--stdio']);
    await client.initialize();
    await client.initialized();
    return client;
}

/** The request's outcome as the client sees it: a result, or the error's code. */
async function outcome(request: Promise<unknown>): Promise<{ result: unknown } | { error: number }> {
    try {
        return { result: await request };
    } catch (error) {
        if (error instanceof ResponseError) {
            return { error: error.code };
        }
        throw error;
    }
}

describe('language server robustness', () => {
    test('answers a cancelled request with the JSON-RPC error RequestCancelled, not a result', async () => {
        const server = await startServer();
        const uri = pathToFileURL(join(tempDir!, 'plan.appl')).href;
        await server.open(uri, PLAN);
        const source = new CancellationTokenSource();
        const pending = outcome(server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }, source.token));
        source.cancel();
        expect(await pending).toEqual({ error: -32800 });
    });

    test('answers a request about a document it does not know with a JSON-RPC error, not a result', async () => {
        const server = await startServer();
        const uri = pathToFileURL(join(tempDir!, 'nowhere.appl')).href;
        const answer = await outcome(server.request('textDocument/codeLens', { textDocument: { uri } }));
        expect(answer).toEqual({ error: -32802 });
    });

    test('keeps running when an untitled and an unsaved document are closed before they were built', async () => {
        const server = await startServer();
        const plan = pathToFileURL(join(tempDir!, 'plan.appl')).href;
        await writeFile(fileURLToPath(plan), PLAN);
        await server.open(plan, PLAN);
        await server.diagnosticsFor(plan);
        const untitled = 'untitled:Untitled-1';
        const unsaved = pathToFileURL(join(tempDir!, 'never-saved.appl')).href;
        for (const uri of [untitled, unsaved]) {
            await server.open(uri, PLAN);
            await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }
        const since = server.publishedCount();
        await server.change(plan, `${PLAN}person john-doe "John Doe" at nowhere\n`, 2);
        const diagnostics = await server.diagnosticsFor(plan, since);
        expect(diagnostics.map(d => [d.code, d.range.start.line])).toContainEqual(['unresolved-reference', 6]);
        expect(server.process.exitCode).toBeNull();
        expect(await server.shutdown()).toBe(0);
    });

    test('answers a request waiting for an unsaved document that is closed before it is built', async () => {
        const server = await startServer();
        for (const uri of ['untitled:Untitled-7', pathToFileURL(join(tempDir!, 'never-saved.appl')).href]) {
            await server.open(uri, PLAN);
            const pending = outcome(server.request('textDocument/codeLens', { textDocument: { uri } }));
            await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
            // An answer at all (the test times out otherwise): a result if the build won the race, else cancelled.
            const answer = await pending;
            if ('error' in answer) {
                expect([-32800, -32802]).toContain(answer.error);
            }
        }
    });

    test('answers a request about an unsaved document already closed with ServerCancelled, not an internal error', async () => {
        const server = await startServer();
        const uri = pathToFileURL(join(tempDir!, 'never-saved.appl')).href;
        await server.open(uri, PLAN);
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        const answer = await outcome(server.request('textDocument/documentHighlight', { textDocument: { uri }, position: { line: 0, character: 1 } }));
        expect(answer).toEqual({ error: -32802 });
    });

    test('answers a request whose position is null with InvalidParams (-32602)', async () => {
        const server = await startServer();
        const uri = pathToFileURL(join(tempDir!, 'plan.appl')).href;
        await server.open(uri, PLAN);
        await server.diagnosticsFor(uri);
        expect(await outcome(server.request('textDocument/hover', { textDocument: { uri }, position: null }))).toEqual({ error: -32602 });
        expect(await outcome(server.request('textDocument/hover', { textDocument: null, position: { line: 0, character: 0 } })))
            .toEqual({ error: -32602 });
        expect(await outcome(server.request('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0.5 } })))
            .toEqual({ error: -32602 });
        expect(await outcome(server.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } })))
            .toMatchObject({ result: expect.anything() });
    });

    test('keeps running on an import path holding a lone UTF-16 surrogate, and reports it at the import', async () => {
        const server = await startServer();
        const uri = pathToFileURL(join(tempDir!, 'plan.appl')).href;
        await server.open(uri, `import "\\ud800"\nimport "\ud800.appl"\n${PLAN}`);
        const diagnostics = await server.diagnosticsFor(uri);
        expect(diagnostics.filter(d => d.code === 'unresolved-reference').map(d => d.range.start.line)).toEqual([0, 1]);
        expect(server.process.exitCode).toBeNull();
        expect(await server.shutdown()).toBe(0);
    });

    test('keeps imports inside the workspace folder, even where a repository holds both', async () => {
        tempDir = await mkdtemp(join(tmpdir(), 'appl-lsp-robust-'));
        await mkdir(join(tempDir, '.git'));
        await mkdir(join(tempDir, 'workspace'));
        await writeFile(join(tempDir, 'people.appl'), 'person jane "Jane Doe"\n');
        const uri = pathToFileURL(join(tempDir, 'workspace', 'plan.appl')).href;
        const text = 'import "../people.appl"\nplan "P" { accountable jane }\n';
        await writeFile(fileURLToPath(uri), text);
        client = LspTestClient.start([SERVER, '--stdio']);
        await client.initialize([{ uri: pathToFileURL(join(tempDir, 'workspace')).href, name: 'workspace' }]);
        await client.initialized();
        await client.open(uri, text);
        const diagnostics = await client.diagnosticsFor(uri);
        expect(diagnostics.filter(d => d.code === 'unresolved-reference').map(d => d.message).sort()).toEqual([
            'Cannot import "../people.appl": it lies outside this plan\'s project folder (workspace). A plan imports only files inside its project: '
                + 'the workspace folder, or the folder holding appl.config.json or .git.',
            'No person called jane is declared in this file or in a file it imports. A person must be declared before it can be referred to; '
                + 'check the spelling or add an import.',
        ]);
    });
});
