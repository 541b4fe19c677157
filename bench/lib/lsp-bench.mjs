// @ts-check
// The language server as an editor sees it: the real server bundle over stdio, one plan open, and
// single-character edits at random places. Each edit is a keystroke: a character typed, then (the
// next edit) deleted again, so that the plan stays close to valid however many edits there are.
// After each edit the client waits for the plan's diagnostics; the time from sending the change to
// receiving them is the keystroke-to-diagnostics latency. The server's own CPU time per edit comes
// from /proc, which other work on the machine hardly moves.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { random } from '../generator.mjs';
import { LspClient } from './lsp-client.mjs';
import { summary } from './stats.mjs';

const probe = new URL('./heap-probe.cjs', import.meta.url).pathname;
const TYPED = 'abcdefghijklmnopqrstuvwxyz0123456789 -."';

/**
 * @param {{
 *   server: string, planFile: string, edits: number, seed?: number,
 *   completions?: number, hovers?: number, soakEdits?: number,
 *   soakSeconds?: number, nodeOptions?: string[], onProgress?: (text: string) => void,
 * }} options   nodeOptions: extra options for the server's node (e.g. --cpu-prof, to profile it)
 */
export async function benchServer(options) {
    const rnd = random(options.seed ?? 42);
    const heapFile = path.join(tmpdir(), `appl-bench-heap-${process.pid}-${Date.now()}.json`);
    const client = new LspClient((await import('node:child_process')).spawn(process.execPath,
        ['--expose-gc', '--require', probe, ...(options.nodeOptions ?? []), options.server, '--stdio'],
        { stdio: 'pipe', env: { ...process.env, APPL_BENCH_HEAP_FILE: heapFile } }));
    const progress = options.onProgress ?? (() => undefined);
    try {
        const uri = pathToFileURL(options.planFile).href;
        let lines = readFileSync(options.planFile, 'utf8').split('\n');
        // No workspace folder: the server loads the plan when it is opened, and the file it imports.
        await client.initialize();
        await delay(200);
        const idle = { ...client.memory(), ...await liveHeap(client, heapFile) };

        // Open: the first diagnostics (the plan and the file it imports, parsed, linked and checked).
        let started = performance.now();
        let next = client.nextDiagnostics(uri);
        await client.open(uri, lines.join('\n'));
        const openDiagnostics = await next;
        const openMs = performance.now() - started;
        await delay(100);
        const afterOpen = { ...client.memory(), ...await liveHeap(client, heapFile) };

        let version = 1;
        let lastKeyAt = 0;
        /** One keystroke at (line, character): insert `text`, or delete one character when text is ''. */
        const keystroke = async (/** @type {number} */ line, /** @type {number} */ character, /** @type {string} */ text) => {
            const range = text === ''
                ? { start: { line, character }, end: { line, character: character + 1 } }
                : { start: { line, character }, end: { line, character } };
            lines[line] = text === '' ? lines[line].slice(0, character) + lines[line].slice(character + 1)
                : lines[line].slice(0, character) + text + lines[line].slice(character);
            await client.change(uri, ++version, range, text);
            lastKeyAt = performance.now();
        };

        // Keystrokes one at a time, each waited for.
        const latencies = [];
        const cpuPerEdit = [];
        let cpuBefore = cpuTime(client);
        for (let i = 0; i < options.edits; i += 2) {
            const line = rnd.int(0, lines.length - 2);
            const character = rnd.int(0, lines[line].length);
            for (const text of [TYPED[rnd.int(0, TYPED.length - 1)], '']) {
                started = performance.now();
                next = client.nextDiagnostics(uri);
                await keystroke(line, character, text);
                await next;
                latencies.push(performance.now() - started);
                const cpu = cpuTime(client);
                cpuPerEdit.push(cpu - cpuBefore);
                cpuBefore = cpu;
            }
            if (i % 50 === 0) progress(`${i}/${options.edits} edits`);
        }
        const afterEdits = { ...client.memory(), ...await liveHeap(client, heapFile) };

        // Completion and hover at names: after `lead`, `partners`, `target`, `addresses`, `answered-by`.
        const places = namePlaces(lines);
        const completion = [];
        const hover = [];
        for (let i = 0; i < (options.completions ?? 0); i++) {
            const place = rnd.pick(places);
            started = performance.now();
            // As if the first two characters of the name were typed.
            await client.completion(uri, { line: place.line, character: place.start + Math.min(2, place.length) });
            completion.push(performance.now() - started);
        }
        for (let i = 0; i < (options.hovers ?? 0); i++) {
            const place = rnd.pick(places);
            started = performance.now();
            await client.hover(uri, { line: place.line, character: place.start + Math.floor(place.length / 2) });
            hover.push(performance.now() - started);
        }

        // Soak: more edits, typed as words (a keystroke every 40 ms, the word deleted again the same
        // way, then a 150 ms pause), as an author types: edits arrive while the server is still building.
        // Every fifth word, the time from its last keystroke until the diagnostics settle is recorded.
        const typing = [];
        let soaked = 0;
        let words = 0;
        /** Live heap every 200 edits of the soak: a leak shows as a steady climb, a cache as a plateau. */
        const heapTrend = [{ edits: options.edits, ...afterEdits }];
        let nextSample = 200;
        // Quiet time that means "no more diagnostics coming": above one build of this plan.
        const quiet = Math.min(2000, Math.max(300, 1.5 * summary(latencies).median));
        // The soak stops early at soakSeconds, so that a slow server (or a busy machine) cannot make the
        // benchmark overrun; the results say how many edits were made.
        const soakEnds = performance.now() + (options.soakSeconds ?? Infinity) * 1000;
        while (soaked < (options.soakEdits ?? 0) && performance.now() < soakEnds) {
            const line = rnd.int(0, lines.length - 2);
            const character = rnd.int(0, lines[line].length);
            const word = Array.from({ length: rnd.int(3, 7) }, () => TYPED[rnd.int(0, 25)]).join('');
            for (const phase of ['type', 'delete']) {
                for (let k = 0; k < word.length; k++) {
                    await (phase === 'type' ? keystroke(line, character + k, word[k]) : keystroke(line, character + word.length - 1 - k, ''));
                    soaked++;
                    if (k < word.length - 1) await delay(40);
                }
                if (phase === 'type' && words % 5 === 0) typing.push(await settle(client, uri, quiet, lastKeyAt));
                else await delay(150);
            }
            words++;
            if (words % 20 === 0) progress(`${options.edits + soaked} edits`);
            if (soaked >= nextSample && soaked < (options.soakEdits ?? 0)) {
                nextSample += 200;
                await settle(client, uri, quiet, lastKeyAt);
                heapTrend.push({ edits: options.edits + soaked, ...client.memory(), ...await liveHeap(client, heapFile) });
            }
        }
        // The last build settles before memory is read.
        if (soaked > 0) await settle(client, uri, quiet, lastKeyAt);
        const afterSoak = options.soakEdits ? { ...client.memory(), ...await liveHeap(client, heapFile) } : undefined;

        return {
            lines: lines.length - 1,
            openMs,
            openDiagnostics: openDiagnostics.length,
            keystroke: summary(latencies),
            keystrokeCpu: summary(cpuPerEdit),
            completion: completion.length > 0 ? summary(completion) : undefined,
            hover: hover.length > 0 ? summary(hover) : undefined,
            typing: typing.length > 0 ? summary(typing) : undefined,
            memory: { idle, afterOpen, afterEdits, afterSoak, edits: options.edits + soaked,
                trend: afterSoak ? [...heapTrend, { edits: options.edits + soaked, ...afterSoak }] : undefined },
        };
    } finally {
        await client.shutdown();
        rmSync(heapFile, { force: true });
    }
}

/**
 * After a burst of keystrokes, the time from the last one until the diagnostics stop changing: the
 * last diagnostics that arrive, with nothing more for `quiet` ms.
 * @param {LspClient} client @param {string} uri @param {number} quiet @param {number} sent when the last keystroke was sent
 */
async function settle(client, uri, quiet, sent) {
    for (;;) {
        await delay(10);
        const last = client.lastPublished.get(uri) ?? 0;
        if (last > sent && performance.now() - last >= quiet) {
            return last - sent;
        }
        if (performance.now() - sent > 120_000) {
            throw new Error(`no diagnostics for ${uri} within 120 s of typing; server stderr:\n${client.stderr}`);
        }
    }
}

/** Where names are referred to: line, start column and length of each name after a keyword. @param {string[]} lines */
export function namePlaces(lines) {
    const places = [];
    const pattern = /^(\s*(?:lead|partners|target|addresses|answered-by|accountable|chairs|members)\s+)([A-Za-z][\w.-]*)/;
    const area = /^(area\s+\S+\s+"[^"]*"\s+addresses\s+)([A-Za-z][\w.-]*)/;
    lines.forEach((text, line) => {
        const match = pattern.exec(text) ?? area.exec(text);
        if (match) places.push({ line, start: match[1].length, length: match[2].length });
    });
    return places;
}

/**
 * The server's CPU time so far, in ms, from /proc: the main thread's time on the CPU (schedstat, in
 * nanoseconds), which is where the JavaScript runs; else the process's user + system time (10 ms ticks).
 * @param {LspClient} client
 */
function cpuTime(client) {
    try {
        return Number(readFileSync(`/proc/${client.process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    } catch {
        try {
            const fields = readFileSync(`/proc/${client.process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
            return (Number(fields[11]) + Number(fields[12])) * 10;
        } catch {
            return NaN;
        }
    }
}

/**
 * The server's live heap: a full GC in the server (through the preloaded probe), then its heap in use.
 * @param {LspClient} client @param {string} file
 */
async function liveHeap(client, file) {
    rmSync(file, { force: true });
    client.process.kill('SIGUSR2');
    for (let waited = 0; waited < 10_000; waited += 20) {
        if (existsSync(file)) {
            try {
                const probe = JSON.parse(readFileSync(file, 'utf8'));
                const code = (probe.spaces.code_space ?? 0) + (probe.spaces.code_large_object_space ?? 0);
                return { heap: probe.heapUsed, code };
            } catch {
                // Half written: read again.
            }
        }
        await delay(20);
    }
    return { heap: NaN, code: NaN };
}

/** @param {number} ms */
function delay(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
