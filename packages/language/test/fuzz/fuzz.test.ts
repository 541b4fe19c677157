// A short, fixed-seed run of the fuzzer (`npm run fuzz` runs as many inputs as asked, with any seed):
// mutated examples and random token streams through parse, link, every rule, the model, every export,
// the formatter and the safe fixes. Runs on the built core (packages/language/out), as `npm test` builds it.
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the repository's fuzz/ folder
import { runFuzz } from '../../../../fuzz/fuzzer.mjs';

describe('fuzz (short run, seed 20261214)', () => {
    test('nothing throws or hangs, formatting is idempotent and changes no token, safe fixes add no finding, JSON fits its schema', async () => {
        const summary = await runFuzz({ inputs: 200, seed: 20261214, workers: 1, timeoutMs: 30_000 });
        expect(summary.inputs).toBe(200);
        expect(summary.failures).toEqual([]);
        expect(summary.counts).toEqual({ exception: 0, hang: 0, schema: 0, idempotent: 0, tokens: 0, edits: 0, 'unsafe-fix': 0 });
    }, 240_000);
});
