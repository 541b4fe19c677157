// @ts-check
// The fuzzer: runs inputs 0..n-1 of a seed through worker threads (check-input.mjs), each input within a
// time bound, and sums up what broke. `npm run fuzz` (run.mjs) and the test suite's short run use it.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AstUtils, GrammarAST } from 'langium';
import { ApplGrammar } from '../packages/language/out/generated/grammar.js';
import { generateInput } from './inputs.mjs';

const EXAMPLES = new URL('../examples/', import.meta.url);

/** The examples (and their appl.config.json), path under examples/ -> text, the mutations' starting points. */
export function readCorpus() {
    return /** @type {string[]} */ (readdirSync(EXAMPLES, { recursive: true }))
        .filter(name => name.endsWith('.appl') || name.endsWith('appl.config.json'))
        .sort()
        .map(name => /** @type {[string, string]} */ ([`examples/${name}`, readFileSync(new URL(name, EXAMPLES), 'utf8')]));
}

/** Every keyword of the grammar, for random token streams. */
export function grammarKeywords() {
    return [...new Set(AstUtils.streamAllContents(ApplGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value))].sort();
}

/**
 * @typedef {{ index: number, property: string, detail: string, mutations: string[] }} FoundFailure
 * @typedef {{
 *   seed: number, inputs: number, seconds: number, inputsPerSecond: number, megabytes: number,
 *   counts: Record<string, number>, failures: FoundFailure[], slowest: { index: number, ms: number },
 *   overBudget: number, stageMs: Record<string, number>, mutations: Record<string, number>,
 * }} FuzzSummary
 */

/**
 * Runs inputs 0..inputs-1 of `seed`. An input that takes longer than `timeoutMs` is a hang: its worker
 * is stopped and replaced. Inputs over `budgetMs` are counted (a figure, not a failure).
 * @param {{ inputs: number, seed: number, workers?: number, timeoutMs?: number, budgetMs?: number,
 *   onProgress?: (done: number, summary: FuzzSummary) => void }} options
 * @returns {Promise<FuzzSummary>}
 */
export async function runFuzz(options) {
    const { inputs, seed } = options;
    const timeoutMs = options.timeoutMs ?? 20_000;
    const budgetMs = options.budgetMs ?? 2_000;
    const workerCount = Math.max(1, Math.min(options.workers ?? availableParallelism(), inputs));
    const corpus = readCorpus();
    const keywords = grammarKeywords();
    const counts = { exception: 0, hang: 0, schema: 0, idempotent: 0, tokens: 0, edits: 0, 'unsafe-fix': 0 };
    /** @type {FoundFailure[]} */
    const failures = [];
    const stageMs = /** @type {Record<string, number>} */ ({});
    const mutations = /** @type {Record<string, number>} */ ({});
    let bytes = 0;
    let done = 0;
    let next = 0;
    let overBudget = 0;
    let slowest = { index: -1, ms: 0 };
    const began = performance.now();

    const summary = () => {
        const seconds = (performance.now() - began) / 1000;
        return {
            seed, inputs: done, seconds, inputsPerSecond: done / seconds, megabytes: bytes / 1e6,
            counts, failures, slowest, overBudget, stageMs, mutations,
        };
    };
    const record = (index, property, detail, inputMutations) => {
        counts[property] = (counts[property] ?? 0) + 1;
        if (failures.length < 200) {
            failures.push({ index, property, detail, mutations: inputMutations });
        }
    };

    await new Promise((resolve, reject) => {
        let running = 0;
        const start = () => {
            const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { corpus, keywords } });
            running++;
            /** @type {{ index: number, began: number, timer: NodeJS.Timeout } | undefined} */
            let current;
            const feed = () => {
                if (next >= inputs) {
                    void worker.terminate();
                    return;
                }
                const index = next++;
                current = {
                    index, began: performance.now(),
                    timer: setTimeout(() => {
                        record(index, 'hang', `no answer within ${timeoutMs} ms`, generateInput(seed, index, corpus.filter(([n]) => n.endsWith('.appl')), keywords).mutations);
                        done++;
                        current = undefined;
                        void worker.terminate().then(() => undefined);
                        worker.removeAllListeners('exit');
                        running--;
                        start();
                    }, timeoutMs),
                };
                worker.postMessage({ seed, index });
            };
            worker.on('message', message => {
                if (message.ready) {
                    feed();
                    return;
                }
                if (!current || message.index !== current.index) {
                    return;
                }
                clearTimeout(current.timer);
                const ms = performance.now() - current.began;
                current = undefined;
                done++;
                bytes += message.bytes;
                if (ms > slowest.ms) slowest = { index: message.index, ms };
                if (ms > budgetMs) overBudget++;
                for (const [stage, time] of Object.entries(message.timings)) stageMs[stage] = (stageMs[stage] ?? 0) + time;
                for (const name of message.mutations) mutations[name] = (mutations[name] ?? 0) + 1;
                for (const failure of message.failures) record(message.index, failure.property, failure.detail, message.mutations);
                options.onProgress?.(done, summary());
                feed();
            });
            worker.on('error', error => {
                if (current) {
                    clearTimeout(current.timer);
                    record(current.index, 'exception', `the worker failed: ${error.stack ?? error}`, []);
                    done++;
                    current = undefined;
                }
                worker.removeAllListeners('exit');
                running--;
                start();
            });
            worker.on('exit', () => {
                running--;
                if (running === 0 && next >= inputs) {
                    resolve(undefined);
                }
            });
        };
        try {
            for (let i = 0; i < workerCount; i++) start();
        } catch (error) {
            reject(error);
        }
    });
    return summary();
}
