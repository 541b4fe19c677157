// A minimal LSP client for tests: spawns a server over stdio and speaks JSON-RPC to it, as an editor
// with no VS Code (Neovim, Helix, …) would. Also used by packages/extension/test/bundle.test.ts.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, Location, Position } from 'vscode-languageserver-types';

export interface PublishedDiagnostics {
    uri: string;
    version?: number;
    diagnostics: Diagnostic[];
}

export class LspTestClient {
    readonly connection: MessageConnection;
    /** Everything the server wrote to stderr, to explain a failure. */
    stderr = '';
    private readonly published: PublishedDiagnostics[] = [];
    /** The refresh requests the server sent (`codeLens`, `inlayHint`), in order. */
    readonly refreshes: string[] = [];
    private readonly waiters: Array<() => void> = [];

    private constructor(readonly process: ChildProcessWithoutNullStreams) {
        process.stderr.on('data', chunk => this.stderr += String(chunk));
        this.connection = createMessageConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
            this.published.push(params);
            this.waiters.splice(0).forEach(wake => wake());
        });
        // Answer the server's requests the way a plain client does (no settings, registrations accepted).
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => this.settings[item.section ?? ''] ?? null));
        this.connection.onRequest('workspace/codeLens/refresh', () => { this.refreshes.push('codeLens'); return null; });
        this.connection.onRequest('workspace/inlayHint/refresh', () => { this.refreshes.push('inlayHint'); return null; });
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.listen();
        // A server that dies fails the waiting requests at once, with its stderr, rather than at a timeout.
        process.on('exit', code => {
            this.stderr += `\n[the server exited with code ${code}]`;
            this.connection.dispose();
        });
    }

    /** Starts `node <args…>`; the server is expected to speak LSP over stdio. */
    static start(args: string[], cwd?: string): LspTestClient {
        return new LspTestClient(spawn(process.execPath, args, { cwd, stdio: 'pipe' }));
    }

    initialize(workspaceFolders: Array<{ uri: string, name: string }> | null = null, capabilities: object = {}): Promise<InitializeResult> {
        return this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: workspaceFolders?.[0]?.uri ?? null,
            workspaceFolders,
            capabilities: {
                textDocument: { publishDiagnostics: { relatedInformation: true } },
                ...capabilities,
            },
        });
    }

    /** What the client answers to `workspace/configuration` (per section; null when not set). */
    settings: Record<string, unknown> = {};

    async initialized(): Promise<void> {
        await this.connection.sendNotification('initialized', {});
    }

    async open(uri: string, text: string, version = 1): Promise<void> {
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'appl', version, text } });
    }

    /** Replaces the whole text of an open document. */
    async change(uri: string, text: string, version: number): Promise<void> {
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Any request, as a client would send it. */
    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params);
    }

    definition(uri: string, position: Position): Promise<Location | Location[] | null> {
        return this.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position });
    }

    /**
     * The next diagnostics published for `uri` after `since` (a count from publishedCount()), or the
     * first ever if omitted. Fails after `timeout` ms so that a silent server cannot pass a test.
     */
    async diagnosticsFor(uri: string, since = 0, timeout = 15_000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeout;
        for (;;) {
            const found = this.published.slice(since).find(p => p.uri === uri);
            if (found) {
                return found.diagnostics;
            }
            const left = deadline - Date.now();
            if (left <= 0) {
                throw new Error(`No diagnostics published for ${uri} within ${timeout} ms. Server stderr:\n${this.stderr}`);
            }
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, left);
                this.waiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    /** How many diagnostics notifications arrived so far: pass it to diagnosticsFor to wait for newer ones. */
    publishedCount(): number {
        return this.published.length;
    }

    /** shutdown, then exit, as the protocol asks; resolves with the exit code. */
    async shutdown(): Promise<number | null> {
        const exited = this.exited();
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
        const code = await exited;
        this.connection.dispose();
        return code;
    }

    /** Kills the server if it is still running (after a failed test). */
    async dispose(): Promise<void> {
        this.connection.dispose();
        if (this.process.exitCode === null && this.process.signalCode === null) {
            const exited = this.exited();
            this.process.kill();
            await exited;
        }
    }

    private async exited(): Promise<number | null> {
        if (this.process.exitCode !== null || this.process.signalCode !== null) {
            return this.process.exitCode;
        }
        const [code] = await once(this.process, 'exit') as [number | null];
        return code;
    }
}

/** Diagnostics as a user sees them: rule id, place, text and severity, in reading order. */
export function visible(diagnostics: Diagnostic[]): Array<Pick<Diagnostic, 'code' | 'range' | 'message' | 'severity'>> {
    return diagnostics
        .map(({ code, range, message, severity }) => ({ code, range, message, severity }))
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
