// @ts-check
// The language server on a plan far beyond real ones (a 5 MB plan; a plan of 100,000 ids): how long it
// takes to open, and whether the server stays responsive while it builds. A small second plan is open
// beside it; while the large one builds, the client asks for a hover on the small one every 25 ms and
// times each answer: the time a request waits behind the build is what an author would feel in the
// other file. Then keystrokes in the large plan, a completion and a hover at a name in it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { random } from '../generator.mjs';
import { LspClient } from './lsp-client.mjs';
import { namePlaces } from './lsp-bench.mjs';
import { summary } from './stats.mjs';

const PING_EVERY_MS = 25;
const SMALL_PLAN = 'person jo "Jo Lead"\nperson sam "Sam Lee"\n';

/**
 * @param {{ server: string, planFile: string, keystrokes?: number, nodeOptions?: string[] }} options
 */
export async function benchLargePlan(options) {
    const rnd = random(5);
    const client = LspClient.start([...(options.nodeOptions ?? []), options.server, '--stdio']);
    const folder = mkdtempSync(path.join(tmpdir(), 'appl-bench-large-'));
    try {
        await client.initialize();
        const small = pathToFileURL(path.join(folder, 'small.appl')).href;
        writeFileSync(path.join(folder, 'small.appl'), SMALL_PLAN);
        let next = client.nextDiagnostics(small);
        await client.open(small, SMALL_PLAN);
        await next;

        const uri = pathToFileURL(options.planFile).href;
        const lines = readFileSync(options.planFile, 'utf8').split('\n');
        /** @type {number[]} */
        const pings = [];
        let building = true;
        const pinging = (async () => {
            while (building) {
                const sent = performance.now();
                await client.hover(small, { line: 0, character: 8 });
                pings.push(performance.now() - sent);
                await delay(Math.max(0, PING_EVERY_MS - (performance.now() - sent)));
            }
        })();
        const opened = performance.now();
        next = client.nextDiagnostics(uri, 600_000);
        await client.open(uri, lines.join('\n'));
        const diagnostics = await next;
        const openMs = performance.now() - opened;
        building = false;
        await pinging;
        const afterOpen = client.memory();

        // Keystrokes in the text of a title or a milestone (a character typed, then deleted), each
        // waited for: the edits an author makes most, which re-parse only their declaration.
        /** @type {number[]} */
        const keystrokes = [];
        let version = 1;
        const texts = lines.flatMap((text, line) => text.includes('"') && !text.trimStart().startsWith('//') ? [line] : []);
        for (let i = 0; i < (options.keystrokes ?? 10); i++) {
            const line = rnd.pick(texts);
            const character = lines[line].indexOf('"') + 2;
            for (const text of ['x', '']) {
                const range = text ? { start: { line, character }, end: { line, character } }
                    : { start: { line, character }, end: { line, character: character + 1 } };
                const sent = performance.now();
                next = client.nextDiagnostics(uri, 600_000);
                await client.change(uri, ++version, range, text);
                await next;
                keystrokes.push(performance.now() - sent);
            }
        }

        const place = namePlaces(lines)[0];
        let sent = performance.now();
        const items = /** @type {any} */ (await client.completion(uri, { line: place.line, character: place.start + 1 }));
        const completionMs = performance.now() - sent;
        sent = performance.now();
        await client.hover(uri, { line: place.line, character: place.start + 1 });
        const hoverMs = performance.now() - sent;
        return {
            bytes: Buffer.byteLength(lines.join('\n')),
            openMs,
            openDiagnostics: diagnostics.length,
            pings: summary(pings),
            keystroke: summary(keystrokes),
            completionMs,
            completionItems: Array.isArray(items) ? items.length : items?.items?.length,
            hoverMs,
            memory: { afterOpen, end: client.memory() },
        };
    } finally {
        await client.shutdown();
        rmSync(folder, { recursive: true, force: true });
    }
}

/** @param {number} ms */
function delay(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
