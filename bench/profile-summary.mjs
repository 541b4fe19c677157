#!/usr/bin/env node
// @ts-check
// Reads a V8 CPU profile (`node --cpu-prof …` writes CPU.*.cpuprofile) and prints where the time went:
// self time by package (langium, chevrotain, the APPL core, Node's module loader, …), the functions
// with the most self time, and the total time under a few functions of interest (inclusive time).
//
//   node bench/profile-summary.mjs CPU.20250101.123456.1234.0.001.cpuprofile [--top 25] [--under name,name]
import { readFileSync } from 'node:fs';

/**
 * @param {{ nodes: Array<{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }>, samples: number[], timeDeltas: number[] }} profile
 * @param {string[]} interesting
 */
export function summarise(profile, interesting) {
    /** @type {Map<number, typeof profile.nodes[number]>} */
    const nodes = new Map(profile.nodes.map(node => [node.id, node]));
    /** @type {Map<number, number>} */
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    /** @type {Map<number, number>} */
    const selfById = new Map();
    let total = 0;
    profile.samples.forEach((id, i) => {
        const delta = profile.timeDeltas[i] ?? 0;
        selfById.set(id, (selfById.get(id) ?? 0) + delta);
        total += delta;
    });
    /** @type {Map<string, number>} */ const byOrigin = new Map();
    /** @type {Map<string, number>} */ const bySelf = new Map();
    /** @type {Map<string, number>} */ const inclusive = new Map(interesting.map(name => [name, 0]));
    let idle = 0, gc = 0;
    for (const [id, self] of selfById) {
        const node = /** @type {typeof profile.nodes[number]} */ (nodes.get(id));
        const { functionName, url, lineNumber } = node.callFrame;
        if (functionName === '(idle)') idle += self;
        if (functionName === '(garbage collector)') gc += self;
        const origin = originOf(url, functionName, lineNumber);
        byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + self);
        const label = `${functionName || '(anonymous)'}  ${shortUrl(url)}:${lineNumber + 1}`;
        bySelf.set(label, (bySelf.get(label) ?? 0) + self);
        // Inclusive: count this sample once for each interesting function on its stack.
        const seen = new Set();
        for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parent.get(at)) {
            const name = nodes.get(at)?.callFrame.functionName ?? '';
            if (inclusive.has(name) && !seen.has(name)) {
                seen.add(name);
                inclusive.set(name, /** @type {number} */ (inclusive.get(name)) + self);
            }
        }
    }
    const sorted = (/** @type {Map<string, number>} */ map) => [...map].sort((a, b) => b[1] - a[1]);
    return {
        total, idle, gc,
        byOrigin: sorted(byOrigin),
        bySelf: sorted(bySelf).map(([name, self]) => ({ name, self })),
        inclusive: sorted(inclusive).filter(([, time]) => time > 0),
    };
}

/**
 * In an esbuild bundle that is not minified, each module starts after a comment naming its file
 * (`// ../../node_modules/langium/lib/utils/stream.js`): the package or APPL folder of a bundle line.
 * @type {Map<string, string[]>}
 */
const bundleMarkers = new Map();
/** @param {string} url @param {number} line */
function bundleModule(url, line) {
    let markers = bundleMarkers.get(url);
    if (!markers) {
        markers = [];
        try {
            let current = '';
            for (const text of readFileSync(new URL(url), 'utf8').split('\n')) {
                const marker = /^\/\/ ((?:\.\.\/|src\/|node_modules\/)\S+\.(?:m?js|ts))$/.exec(text);
                if (marker) current = marker[1];
                markers.push(current);
            }
        } catch {
            // Not readable: fall back to the bundle's name.
        }
        bundleMarkers.set(url, markers);
    }
    const file = markers[line];
    if (!file) return undefined;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    if (pkg) return pkg[1];
    // The CLI's bundle (packages/cli/out/appl.cjs) names its own sources src/…, and the core ../language/….
    if (file.startsWith('src/') && /packages\/cli\//.test(url)) return 'appl-cli';
    return /generated/.test(file) ? 'appl-language (generated grammar)' : 'appl-language';
}

/** @param {string} url @param {string} functionName @param {number} [lineNumber] */
function originOf(url, functionName, lineNumber = 0) {
    if (!url) return functionName.startsWith('(') ? functionName : '(native)';
    if (url.startsWith('node:')) return /loader|modules/.test(url) ? 'node: module loading' : 'node: other built-ins';
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return pkg[1];
    // A bundle first: the CLI's sits in packages/cli/out/ but holds Langium and the core too.
    if (/\.cjs$/.test(url)) return bundleModule(url, lineNumber) ?? `bundle: ${shortUrl(url)}`;
    if (/packages\/language\/(out|src)\/generated/.test(url)) return 'appl-language (generated grammar)';
    if (/packages\/language\//.test(url)) return 'appl-language';
    if (/packages\/cli\//.test(url)) return 'appl-cli';
    return shortUrl(url);
}

/** @param {string} url */
function shortUrl(url) {
    return url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(/^.*\/packages\//, 'packages/');
}

/** @param {string} flag */
function valueOf(flag) {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
}

// ---------------------------------------------------------------- main (after the helpers it uses)
const args = process.argv.slice(2);
const file = args.find(arg => !arg.startsWith('--'));
if (!file) {
    console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N] [--under fn1,fn2]');
    process.exit(2);
}
const top = Number(valueOf('--top') ?? 25);
const under = (valueOf('--under') ?? 'performSelfAnalysis,createApplServices,createApplLspServices,buildDocuments,parse,link,validate,computeExports,updateContent,updateReferences').split(',');

const profile = JSON.parse(readFileSync(file, 'utf8'));
const summary = summarise(profile, under);
const ms = (/** @type {number} */ us) => `${(us / 1000).toFixed(1)} ms`;
console.log(`profile: ${file}`);
console.log(`sampled ${ms(summary.total)} (idle ${ms(summary.idle)}, GC ${ms(summary.gc)})\n`);
console.log('self time by origin');
for (const [origin, time] of summary.byOrigin.slice(0, 12)) {
    console.log(`  ${ms(time).padStart(10)}  ${(100 * time / summary.total).toFixed(1).padStart(5)}%  ${origin}`);
}
console.log(`\ntop ${top} functions by self time`);
for (const { name, self } of summary.bySelf.slice(0, top)) {
    console.log(`  ${ms(self).padStart(10)}  ${name}`);
}
console.log('\ninclusive time under');
for (const [name, time] of summary.inclusive) {
    console.log(`  ${ms(time).padStart(10)}  ${name}`);
}

