// The shipped server under an editor's worst day: 10,000 edits, random and fast, to a real plan, with
// requests in between (some cancelled at once, some with positions past the end or null), changes that
// carry stale version numbers or malformed ranges, and untitled and unsaved documents opened, edited
// and closed all along. Every request must get a result or a proper JSON-RPC error, the server must
// never exit, and its memory must not keep growing once warm. The figures are printed; only generous
// bounds are asserted (timings belong to `npm run bench`).
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc';
import { LspTestClient } from './lsp-client.js';

const SERVER = fileURLToPath(new URL('./server-entry.mjs', import.meta.url));
const EXAMPLES = new URL('../../../../examples/', import.meta.url);
const PLAN = readFileSync(new URL('staffordshire-app-2022.appl', EXAMPLES), 'utf8');

const EDITS = 10_000;
/** Every this many edits the client waits for the answers so far, as an editor's requests settle. */
const SETTLE_EVERY = 250;

/** The PRNG of the fuzzer's inputs (mulberry32), so that a failing run can be repeated. */
function random(seed: number) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] };
}

type Position = { line: number, character: number };

function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The benchmark's probe: on SIGUSR2 the server collects its garbage and writes its memory figures. */
const HEAP_PROBE = fileURLToPath(new URL('../../../../bench/lib/heap-probe.cjs', import.meta.url));

/** The server's live heap in MB after a full collection (the probe writes it to `file`). */
async function liveHeapMb(server: LspTestClient, file: string): Promise<number> {
    await rm(file, { force: true });
    server.process.kill('SIGUSR2');
    for (let waited = 0; waited < 30_000; waited += 20) {
        try {
            return (JSON.parse(await readFile(file, 'utf8')) as { heapUsed: number }).heapUsed / 1024 / 1024;
        } catch {
            await new Promise(resolve => setTimeout(resolve, 20));
        }
    }
    throw new Error('the server wrote no memory figures');
}

const SNIPPETS = ['a', ' ', '\n', '{', '}', '"', '/*', '*/', '//', ',', 'lead ', 'target ', 'milestone 2022-06-01 "x" ', 'action 9.9 "New" { }\n',
    'weakness W9 "New weakness" open\n', '\u0000', '\ud800', '2022-02-30', '9'.repeat(320), 'é', '\r\n', 'import "../../x.appl"\n'];

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

describe('language server under stress', () => {
    test(`answers every request over ${EDITS.toLocaleString('en')} random edits with churn of unsaved documents, and stays up`, async () => {
        const rng = random(20261214);
        tempDir = await mkdtemp(join(tmpdir(), 'appl-lsp-stress-'));
        const uri = pathToFileURL(join(tempDir, 'plan.appl')).href;
        await writeFile(fileURLToPath(uri), PLAN);
        const heapFile = join(tempDir, 'heap.json');
        process.env.APPL_BENCH_HEAP_FILE = heapFile;
        client = LspTestClient.start(['--expose-gc', '--require', HEAP_PROBE, SERVER, '--stdio']);
        delete process.env.APPL_BENCH_HEAP_FILE;
        const server = client;
        await server.initialize([{ uri: pathToFileURL(tempDir).href, name: 'stress' }]);
        await server.initialized();

        let text = PLAN;
        let version = 1;
        await server.open(uri, text, version);
        await server.diagnosticsFor(uri);

        const outcomes = { results: 0, errors: new Map<number, number>(), requests: 0, cancelled: 0 };
        const pending: Array<Promise<void>> = [];
        /** The requests not answered yet, to name them if the server leaves one unanswered. */
        const unanswered = new Map<Promise<void>, string>();
        const internalErrors: string[] = [];
        const settle = async () => {
            const all = Promise.all(pending.splice(0));
            const late = await Promise.race([all.then(() => false), new Promise(resolve => setTimeout(resolve, 60_000, true))]);
            expect(late ? [...unanswered.values()].slice(0, 5) : [], 'requests unanswered after 60 s').toEqual([]);
        };
        const errorShaped: unknown[] = [];
        /** The server's live heap (after a full collection) every 1,000 edits. */
        const memory: Array<{ edits: number, mb: number }> = [];

        const send = (method: string, params: unknown, cancel: boolean) => {
            const source = new CancellationTokenSource();
            outcomes.requests++;
            const answer = server.connection.sendRequest(method, params, source.token).then(result => {
                outcomes.results++;
                // A result that is an error in disguise (two copies of vscode-jsonrpc) is a failure.
                if (result && typeof result === 'object' && !Array.isArray(result) && 'code' in result && 'message' in result) {
                    errorShaped.push(result);
                }
            }, error => {
                if (!(error instanceof ResponseError)) {
                    throw error;
                }
                if (error.code === -32603) {
                    internalErrors.push(`${method}: ${error.message.slice(0, 300)}`);
                }
                outcomes.errors.set(error.code, (outcomes.errors.get(error.code) ?? 0) + 1);
            });
            if (cancel) {
                outcomes.cancelled++;
                source.cancel();
            }
            const tracked = answer.finally(() => unanswered.delete(tracked));
            unanswered.set(tracked, `${method} ${JSON.stringify(params).slice(0, 200)}`);
            pending.push(tracked);
        };

        const request = (target: string, targetText: string) => {
            const offset = rng.int(0, targetText.length + 20);
            const position = rng.next() < 0.05 ? null : rng.next() < 0.05 ? { line: 100_000, character: 3 } : positionAt(targetText, Math.min(offset, targetText.length));
            const document = { uri: target };
            const range = { start: positionAt(targetText, 0), end: positionAt(targetText, Math.min(offset, targetText.length)) };
            const [method, params] = rng.pick<[string, object]>([
                ['textDocument/hover', { textDocument: document, position }],
                ['textDocument/completion', { textDocument: document, position }],
                ['textDocument/definition', { textDocument: document, position }],
                ['textDocument/references', { textDocument: document, position, context: { includeDeclaration: true } }],
                ['textDocument/documentHighlight', { textDocument: document, position }],
                ['textDocument/prepareRename', { textDocument: document, position }],
                ['textDocument/documentSymbol', { textDocument: document }],
                ['textDocument/foldingRange', { textDocument: document }],
                ['textDocument/formatting', { textDocument: document, options: { tabSize: 2, insertSpaces: true } }],
                ['textDocument/rangeFormatting', { textDocument: document, range, options: { tabSize: 2, insertSpaces: true } }],
                ['textDocument/codeLens', { textDocument: document }],
                ['textDocument/inlayHint', { textDocument: document, range }],
                ['textDocument/semanticTokens/full', { textDocument: document }],
                ['textDocument/codeAction', { textDocument: document, range, context: { diagnostics: [] } }],
                ['appl/exportPlan', { textDocument: document, format: rng.pick(['json', 'markdown']) }],
                ['appl/previewPlan', { textDocument: document }],
                ['workspace/symbol', { query: rng.pick(['', 'W', '3.1', 'x']) }],
            ]);
            send(method, params, rng.next() < 0.2);
        };

        /** One random edit of the plan: an insertion, a deletion, the whole text, sometimes stale or malformed. */
        const edit = async () => {
            const roll = rng.next();
            version++;
            if (roll < 0.45) {
                const at = rng.int(0, text.length);
                const insert = rng.pick(SNIPPETS);
                const position = positionAt(text, at);
                text = text.slice(0, at) + insert + text.slice(at);
                await server.connection.sendNotification('textDocument/didChange', {
                    textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text: insert }],
                });
            } else if (roll < 0.8) {
                const at = rng.int(0, Math.max(0, text.length - 1));
                const end = Math.min(text.length, at + rng.int(1, 40));
                const range = { start: positionAt(text, at), end: positionAt(text, end) };
                text = text.slice(0, at) + text.slice(end);
                await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: '' }] });
            } else if (roll < 0.88) {
                // Back to the plan as written, so that the text keeps looking like a plan.
                text = rng.next() < 0.5 ? PLAN : PLAN.slice(0, rng.int(0, PLAN.length));
                await server.change(uri, text, version);
            } else if (roll < 0.94) {
                // A stale version number: an editor that sends changes out of order.
                await server.change(uri, text, rng.int(0, version - 1));
            } else {
                // A malformed range: the server drops the change (the client's text stays as it was).
                version--;
                await server.connection.sendNotification('textDocument/didChange', {
                    textDocument: { uri, version: version + 1 }, contentChanges: [{ range: { start: { line: -1, character: 0 }, end: null }, text: 'x' }],
                });
            }
        };

        /** An untitled or an unsaved document: opened, edited, asked about and closed, often before it was built. */
        const churn = async (n: number) => {
            const other = rng.next() < 0.5 ? `untitled:Untitled-${n}` : pathToFileURL(join(tempDir!, `unsaved-${n}.appl`)).href;
            let otherText = rng.next() < 0.5 ? PLAN.slice(0, rng.int(0, 2000)) : 'plan "Draft" {\n';
            await server.open(other, otherText, 1);
            for (let i = 0; i < rng.int(0, 3); i++) {
                otherText += rng.pick(SNIPPETS);
                await server.change(other, otherText, i + 2);
            }
            if (rng.next() < 0.5) {
                request(other, otherText);
            }
            await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
        };

        for (let n = 1; n <= EDITS; n++) {
            await edit();
            if (n % 4 === 0) {
                request(uri, text);
            }
            if (n % 40 === 0) {
                await churn(n);
            }
            if (n % SETTLE_EVERY === 0) {
                await settle();
                expect(server.process.exitCode, `the server exited: ${server.stderr}`).toBeNull();
                if (n % 1000 === 0) {
                    memory.push({ edits: n, mb: await liveHeapMb(server, heapFile) });
                }
            }
        }
        await settle();

        // Still answering, on the text the client holds: a final full text and a request that needs it built.
        version++;
        await server.change(uri, PLAN, version);
        const symbols = await server.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri } });
        expect(symbols.length).toBeGreaterThan(0);

        const warm = memory.find(sample => sample.edits === 2_000)!.mb;
        const last = memory.at(-1)!.mb;
        const errors = Object.fromEntries([...outcomes.errors].sort(([a], [b]) => a - b));
        console.log(`stress: ${EDITS} edits, ${outcomes.requests} requests (${outcomes.cancelled} cancelled): ${outcomes.results} results, `
            + `errors by code ${JSON.stringify(errors)}; live heap after a full collection, MB by edits: `
            + memory.map(sample => `${sample.edits}: ${sample.mb.toFixed(1)}`).join(', '));

        expect(errorShaped).toEqual([]);
        expect(internalErrors).toEqual([]);
        expect(outcomes.results + [...outcomes.errors.values()].reduce((a, b) => a + b, 0)).toBe(outcomes.requests);
        // Only the protocol's own errors: cancelled, content modified, server cancelled, invalid params.
        expect([...outcomes.errors.keys()].filter(code => ![-32800, -32801, -32802, -32602].includes(code))).toEqual([]);
        // Flat after warm-up: the live heap at the end within half as much again as after 2,000 edits.
        expect(last).toBeLessThan(1.5 * warm);
        expect(server.process.exitCode).toBeNull();
        expect(await server.shutdown()).toBe(0);
    }, 600_000);
});
