// @ts-check
// A fuzz worker thread: generates the inputs it is given by number and checks each (check-input.mjs).
// The main thread times each input and replaces a worker that runs past the time bound.
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker } from './check-input.mjs';
import { generateInput } from './inputs.mjs';

const { corpus, keywords } = workerData;
const checker = createChecker(corpus);

parentPort?.on('message', async ({ seed, index }) => {
    const input = generateInput(seed, index, corpus.filter(([name]) => name.endsWith('.appl')), keywords);
    const { failures, timings } = await checker.check(input.base, input.text);
    parentPort?.postMessage({ index, failures, timings, bytes: Buffer.byteLength(input.text), mutations: input.mutations });
});
parentPort?.postMessage({ ready: true });
