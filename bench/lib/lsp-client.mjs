// @ts-check
// A small LSP client over stdio for the benchmark: spawns the server, speaks JSON-RPC to it as an editor
// with incremental sync would, and records when diagnostics arrive. Timing is taken on this side of the
// pipe, so it includes (de)serialisation and the transport, as an editor sees it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/** @typedef {{ line: number, character: number }} Position */

export class LspClient {
    /** @param {import('node:child_process').ChildProcessWithoutNullStreams} child */
    constructor(child) {
        this.process = child;
        this.stderr = '';
        child.stderr.on('data', chunk => { this.stderr += String(chunk); });
        this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        /** @type {Map<string, Array<(diagnostics: unknown[]) => void>>} */
        this.waiting = new Map();
        /** @type {Array<(params: { uri: string, diagnostics: unknown[] }) => void>} called on every publishDiagnostics */
        this.listeners = [];
        /** @type {Map<string, number>} when diagnostics for each URI last arrived (performance.now()) */
        this.lastPublished = new Map();
        this.connection.onNotification('textDocument/publishDiagnostics', (/** @type {{ uri: string, diagnostics: unknown[] }} */ params) => {
            this.lastPublished.set(params.uri, performance.now());
            for (const listener of this.listeners) listener(params);
            const waiters = this.waiting.get(params.uri) ?? [];
            this.waiting.delete(params.uri);
            for (const wake of waiters) wake(params.diagnostics);
        });
        this.connection.onRequest('workspace/configuration', (/** @type {{ items: unknown[] }} */ params) => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
        this.connection.onRequest('workspace/codeLens/refresh', () => null);
        this.connection.onRequest('workspace/inlayHint/refresh', () => null);
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.listen();
    }

    /** `node <args>` speaking LSP on stdio. @param {string[]} args @param {string[]} [nodeOptions] */
    static start(args, nodeOptions = []) {
        return new LspClient(spawn(process.execPath, [...nodeOptions, ...args], { stdio: 'pipe' }));
    }

    /**
     * `initialize` and `initialized`. Without a root (the default) the server starts with no workspace
     * folder, as an editor does for a single file: it loads the open plan and the files it imports.
     * @param {string | null} [rootUri]
     */
    async initialize(rootUri = null) {
        const result = await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
            capabilities: {
                textDocument: {
                    synchronization: { didSave: true, dynamicRegistration: false },
                    publishDiagnostics: { relatedInformation: true },
                    completion: { completionItem: { snippetSupport: true } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                },
                workspace: { configuration: true, workspaceFolders: true },
            },
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    /**
     * Resolves with the next diagnostics published for `uri`. Call it before the action that causes
     * them, so that a fast answer cannot be missed.
     * @param {string} uri @param {number} [timeout]
     * @returns {Promise<unknown[]>}
     */
    nextDiagnostics(uri, timeout = 120_000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeout} ms; server stderr:\n${this.stderr}`)), timeout);
            const list = this.waiting.get(uri) ?? [];
            list.push(diagnostics => { clearTimeout(timer); resolve(diagnostics); });
            this.waiting.set(uri, list);
        });
    }

    /** @param {string} uri @param {string} text */
    open(uri, text) {
        return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'appl', version: 1, text } });
    }

    /**
     * One incremental change: `text` replaces the range.
     * @param {string} uri @param {number} version @param {{ start: Position, end: Position }} range @param {string} text
     */
    change(uri, version, range, text) {
        return this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range, text }],
        });
    }

    /** @param {string} uri @param {Position} position */
    completion(uri, position) {
        return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } });
    }

    /** @param {string} uri @param {Position} position */
    hover(uri, position) {
        return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    }

    /** Resident and peak resident memory of the server process, from /proc (Linux), in bytes. */
    memory() {
        const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
        const kb = (/** @type {string} */ key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
        return { rss: kb('VmRSS'), peak: kb('VmHWM') };
    }

    async shutdown() {
        const exited = this.process.exitCode === null ? once(this.process, 'exit') : Promise.resolve();
        try {
            await Promise.race([
                this.connection.sendRequest('shutdown').then(() => this.connection.sendNotification('exit')),
                new Promise(resolve => setTimeout(resolve, 5000)),
            ]);
        } catch {
            // A server that is gone already has shut down.
        }
        const timer = setTimeout(() => this.process.kill(), 5000);
        await exited;
        clearTimeout(timer);
        this.connection.dispose();
    }
}
