#!/usr/bin/env node
// @ts-check
// `npm run fuzz`: mutations of the examples and random token streams through the whole checker.
//
//   node fuzz/run.mjs [--inputs N] [--seed S] [--workers W] [--timeout-ms T] [--out file.json]
//
// Defaults: 5,000 inputs, a seed from the clock (printed, so that a run can be repeated), one worker per
// core, 20 s per input. Prints the figures and the first failures (each with its seed and input number:
// `node fuzz/show.mjs --seed S --index I` prints that input); exits 1 when anything broke.
import { writeFileSync } from 'node:fs';
import { runFuzz } from './fuzzer.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
};
const inputs = option('--inputs', 5000);
const seed = option('--seed', Date.now() % 1_000_000);
const workers = option('--workers', undefined);
const timeoutMs = option('--timeout-ms', 20_000);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
if (!Number.isInteger(inputs) || inputs < 1 || !Number.isInteger(seed)) {
    console.error('usage: node fuzz/run.mjs [--inputs N] [--seed S] [--workers W] [--timeout-ms T] [--out file.json]');
    process.exit(2);
}

console.log(`APPL fuzz: ${inputs} inputs, seed ${seed}`);
let shown = 0;
const summary = await runFuzz({
    inputs, seed, workers, timeoutMs,
    onProgress: (done, now) => {
        if (done % 1000 === 0 || done === inputs) {
            const broken = Object.values(now.counts).reduce((a, b) => a + b, 0);
            console.log(`  ${done} inputs, ${now.inputsPerSecond.toFixed(1)}/s, ${broken} failures`);
        }
        for (; shown < now.failures.length; shown++) {
            const failure = now.failures[shown];
            console.log(`  FAIL ${failure.property} (seed ${seed}, input ${failure.index}; ${failure.mutations.join(', ')}): ${failure.detail}`);
        }
    },
});

const stages = Object.entries(summary.stageMs).map(([stage, ms]) => `${stage} ${(ms / summary.inputs).toFixed(1)} ms`).join(', ');
console.log(`
${summary.inputs} inputs (${summary.megabytes.toFixed(1)} MB) in ${summary.seconds.toFixed(0)} s: ${summary.inputsPerSecond.toFixed(1)} inputs/s
per input: ${stages}; slowest ${summary.slowest.ms.toFixed(0)} ms (input ${summary.slowest.index}); ${summary.overBudget} over 2 s
exceptions ${summary.counts.exception}, hangs ${summary.counts.hang}, non-idempotent formats ${summary.counts.idempotent}, `
    + `changed tokens ${summary.counts.tokens}, wrong edits ${summary.counts.edits}, unsafe fixes ${summary.counts['unsafe-fix']}, `
    + `schema failures ${summary.counts.schema}`);
if (out) {
    writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
}
process.exit(Object.values(summary.counts).some(count => count > 0) ? 1 : 0);
