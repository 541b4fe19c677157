// @ts-check
// How fast the web page shows the checker's verdict on the Kent example, and how much it loads: the
// built page (packages/web/dist) served by sirv on 127.0.0.1 with its precompressed files, loaded
// `--rounds` times (default 7) in headless Chromium, each time in a fresh browser context (no cache).
// Prints, per phase, the median time from navigation start (milliseconds):
//   app-start           the page's code starts (HTML, styles.css and app.js fetched and evaluated)
//   server-ready        the language server in its worker answered `initialize` (server-worker.js
//                       fetched, compiled and run; Langium's services built)
//   first-diagnostics   the Kent example's findings are on the page (parsed, linked, checked, sent)
// and the bytes each file took on the wire. Figures, not a test: docs/performance.md records them.
//
//   npm run build && node packages/web/bench/first-diagnostics.mjs [--rounds=7]
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const rounds = Number(process.argv.find(arg => arg.startsWith('--rounds='))?.split('=')[1] ?? 7);
const server = createServer(sirv(dist, { gzip: true, brotli: true }));
await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no port');
const origin = `http://127.0.0.1:${address.port}`;
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

const phases = ['appl:app-start', 'appl:server-ready', 'appl:first-diagnostics'];
/** @type {Record<string, number[]>} */
const times = Object.fromEntries(phases.map(phase => [phase, []]));
/** @type {Record<string, { bytes: number, encoding: string }>} */
const wire = {};
try {
    for (let round = 0; round < rounds; round++) {
        const context = await browser.newContext();
        context.on('response', async response => {
            const headers = await response.allHeaders();
            wire[new URL(response.url()).pathname] = { bytes: Number(headers['content-length'] ?? NaN), encoding: headers['content-encoding'] ?? 'none' };
        });
        const page = await context.newPage();
        await page.goto(`${origin}/#example=kent-improvement-plan.appl`);
        await page.waitForFunction(() => performance.getEntriesByName('appl:first-diagnostics').length > 0, undefined, { timeout: 60_000 });
        const marks = await page.evaluate(names => names.map(name => performance.getEntriesByName(name)[0]?.startTime ?? NaN), phases);
        phases.forEach((phase, index) => times[phase].push(marks[index]));
        await context.close();
    }
} finally {
    await browser.close();
    server.close();
}

const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`Kent example, ${rounds} loads, median ms from navigation start:`);
for (const phase of phases) {
    console.log(`  ${phase.replace('appl:', '').padEnd(18)} ${Math.round(median(times[phase]))} (min ${Math.round(Math.min(...times[phase]))}, max ${Math.round(Math.max(...times[phase]))})`);
}
console.log('bytes on the wire:');
let total = 0;
for (const [path, { bytes, encoding }] of Object.entries(wire)) {
    total += Number.isFinite(bytes) ? bytes : 0;
    console.log(`  ${path.padEnd(18)} ${bytes} (${encoding})`);
}
console.log(`  total              ${total}`);
