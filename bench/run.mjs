#!/usr/bin/env node
// @ts-check
// `npm run bench`: measures APPL against its performance budgets and writes bench/results.md.
//
//   node bench/run.mjs [--quick] [--only start,throughput,lsp,repo,large] [--keep] [--out file.md] [--soak-seconds N]
//                      [--server-node-options "--cpu-prof --cpu-prof-dir=DIR"]
//
// APPL_BENCH_SERVER=<file> runs another server entry in the lsp section: the unbundled one,
// packages/language/test/lsp/server-entry.mjs, gives a profile with the source's function names.
//
// Expects a built tree (`npm run build`: packages/*/out, the CLI bundle packages/cli/out/appl.cjs and
// packages/extension/out/server.cjs). Generates its plans into a temporary folder (bench/generator.mjs),
// then measures, in this order:
//   start       `appl check` of a 2k-line plan from a cold process (the shipped CLI: bin/appl.cjs and its
//               bundle), against node loading the same bundle without checking (the floor), against
//               ajv-cli validating the plan's JSON export, and the CLI run through a V8 code cache
//               (a loader that bench/build-cli-bundle.mjs writes into bench/out/);
//   throughput  parse + link + check of the 2k-line plan in MB/s, against JSON.parse of its JSON export;
//   lsp         keystroke-to-diagnostics latency over stdio (the shipped server bundle) on the 2k- and
//               20k-line plans, completion and hover on the 20k-line plan, the server's memory;
//   repo        `appl check` of a repository of 200 plans;
//   large       a 5 MB plan and a plan of 100,000 ids: `appl check` of each, and the server opening each
//               while another plan is open (how long requests on that one wait), then keystrokes.
// Timings are medians over repeats, taken in rounds so that a busy moment of the machine spreads over
// all the commands compared. --quick runs fewer repeats (a smoke test of the harness, not figures).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCachedCli } from './build-cli-bundle.mjs';
import { generateIdentifierPlan, generatePlan, generateRepository } from './generator.mjs';
import { benchLargePlan } from './lib/large-bench.mjs';
import { benchServer } from './lib/lsp-bench.mjs';
import { describeMachine, loadAverage } from './lib/machine.mjs';
import { measuresCpu, runTimed } from './lib/proc.mjs';
import { median, summary } from './lib/stats.mjs';
import { BUDGETS, renderResults, renderTable } from './lib/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const keep = args.includes('--keep');
const only = new Set((valueOf('--only') ?? 'start,throughput,lsp,repo,large').split(','));
const outFile = valueOf('--out') ?? path.join(root, 'bench', 'results.md');

const counts = quick
    ? { rounds: 3, throughputRuns: 5, edits2k: 40, edits20k: 20, completions: 10, hovers: 10, soak: 60, repoPlans: 20, repoRuns: 1 }
    : { rounds: 10, throughputRuns: 20, edits2k: 300, edits20k: 100, completions: 40, hovers: 40, soak: 900, repoPlans: 200, repoRuns: 3 };
// The 20k soak stops at this many seconds even if it has not made its edits (see lsp-bench.mjs).
// Extra options for the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/server-prof" to profile it.
const serverNodeOptions = (valueOf('--server-node-options') ?? '').split(' ').filter(Boolean);
const soakSeconds = Number(valueOf('--soak-seconds') ?? (quick ? 30 : 200));

const cli = path.join(root, 'packages/cli/bin/appl.cjs');
const server = process.env.APPL_BENCH_SERVER ?? path.join(root, 'packages/extension/out/server.cjs');
const schema = path.join(root, 'packages/language/schema/appl-export.v1.schema.json');
const ajvCli = path.join(path.dirname(createRequire(import.meta.url).resolve('ajv-cli/package.json')), 'dist/index.js');

const began = Date.now();
const machine = describeMachine();
/** @type {Record<string, unknown>} */
const results = { machine, quick, counts, load: { start: loadAverage() } };
log(`APPL benchmark${quick ? ' (quick: fewer repeats, figures are rough)' : ''}: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);

// ---------------------------------------------------------------- plans
const work = mkdtempSync(path.join(tmpdir(), 'appl-bench-'));
const plan2k = writePlan('plan-2k', generatePlan({ lines: 2000, seed: 1 }));
const plan20k = writePlan('plan-20k', generatePlan({ lines: 20000, seed: 2 }));
const planErrors = writePlan('plan-2k-errors', generatePlan({ lines: 2000, seed: 1, errorShare: 0.1 }));
const repo = generateRepository({ count: counts.repoPlans, seed: 7 });
const repoDir = path.join(work, 'repo');
for (const [name, text] of Object.entries(repo.files)) {
    mkdirSync(path.dirname(path.join(repoDir, name)), { recursive: true });
    writeFileSync(path.join(repoDir, name), text);
}
results.plans = {
    '2k': plan2k.stats, '20k': plan20k.stats, '2k-errors': { ...planErrors.stats, injected: planErrors.injected.length },
    repo: { plans: repo.plans, lines: repo.lines, bytes: repo.bytes },
};
log(`plans in ${work}: 2k = ${plan2k.stats.lines} lines (${kib(plan2k.stats.bytes)}), 20k = ${plan20k.stats.lines} lines (${kib(plan20k.stats.bytes)}), `
    + `repository = ${repo.plans} plans, ${repo.lines} lines`);

// The generated plans must be what they claim: the valid ones clean, the other with its errors.
const sanity = await Promise.all([
    runTimed(process.execPath, [cli, 'check', plan2k.file]),
    runTimed(process.execPath, [cli, 'check', planErrors.file]),
]);
results.sanity = {
    validExit: sanity[0].code, validOutput: sanity[0].stdout.trim().split('\n').pop(),
    errorsExit: sanity[1].code, errorsOutput: sanity[1].stdout.trim().split('\n').pop(), injected: planErrors.injected.length,
};
if (sanity[0].code !== 0) {
    log(`warning: the valid 2k plan does not check clean: ${sanity[0].stdout.slice(0, 2000)}${sanity[0].stderr}`);
}

// The JSON export of the 2k plan, for ajv-cli and JSON.parse.
const exportJson = path.join(work, 'plan-2k', 'plan.json');
execFileSync(process.execPath, [cli, 'export', plan2k.file, '--format', 'json', '-o', exportJson], { stdio: 'ignore' });
results.exportBytes = readFileSync(exportJson).length;

// ---------------------------------------------------------------- start
if (only.has('start')) {
    // The shipped CLI through a V8 code cache (not shipped: measured as a proposal).
    const cachedCli = await buildCachedCli();
    results.bundleBytes = cachedCli.bundleBytes;
    log(`start: ${counts.rounds} rounds of 6 commands`);
    const commands = {
        nodeEmpty: [process.execPath, ['-e', '0']],
        floor: [process.execPath, [cli, '--version']],
        check: [process.execPath, [cli, 'check', plan2k.file]],
        ajv: [process.execPath, [ajvCli, 'validate', '-s', schema, '-d', exportJson, '--spec=draft2020']],
        // The check first: its first run writes the code cache, with the functions a check compiles.
        cachedCheck: [process.execPath, [cachedCli.cached, 'check', plan2k.file]],
        cachedFloor: [process.execPath, [cachedCli.cached, '--version']],
    };
    // One run of each first (fills the file cache and the code cache), not counted.
    for (const [file, argv] of Object.values(commands)) await runTimed(file, argv);
    /** @type {Record<string, { wall: number[], cpu: number[], maxRss: number[] }>} */
    const samples = Object.fromEntries(Object.keys(commands).map(name => [name, { wall: [], cpu: [], maxRss: [] }]));
    for (let round = 0; round < counts.rounds; round++) {
        for (const [name, [file, argv]] of Object.entries(commands)) {
            const run = await runTimed(file, argv);
            if (run.code !== 0) throw new Error(`${name} exited with ${run.code}: ${run.stderr || run.stdout}`);
            samples[name].wall.push(run.wall);
            samples[name].cpu.push(run.cpu);
            samples[name].maxRss.push(run.maxRss);
        }
    }
    results.start = Object.fromEntries(Object.entries(samples).map(([name, s]) =>
        [name, { wall: summary(s.wall), cpu: measuresCpu ? summary(s.cpu) : undefined, maxRss: median(s.maxRss) }]));
    results.load.afterStart = loadAverage();
}

// ---------------------------------------------------------------- throughput
if (only.has('throughput')) {
    log(`throughput: ${counts.throughputRuns} warm checks of the 2k plan, JSON.parse of its export`);
    const script = path.join(root, 'bench/lib/throughput.mjs');
    const run = (/** @type {string} */ file) => JSON.parse(execFileSync(process.execPath, [script, file, exportJson, String(counts.throughputRuns)], { encoding: 'utf8' }));
    results.throughput = run(plan2k.file);
    results.throughputErrors = run(planErrors.file);
    results.load.afterThroughput = loadAverage();
}

// ---------------------------------------------------------------- lsp
if (only.has('lsp')) {
    log(`lsp: ${counts.edits2k} keystrokes on the 2k plan`);
    results.lsp2k = await benchServer({ server, planFile: plan2k.file, edits: counts.edits2k, seed: 1, nodeOptions: serverNodeOptions, onProgress: progress });
    log(`lsp: ${counts.edits20k} keystrokes, ${counts.completions} completions, ${counts.hovers} hovers, then ${counts.soak} typed keystrokes on the 20k plan`);
    results.lsp20k = await benchServer({
        server, planFile: plan20k.file, edits: counts.edits20k, seed: 2, nodeOptions: serverNodeOptions,
        completions: counts.completions, hovers: counts.hovers, soakEdits: counts.soak, soakSeconds, onProgress: progress,
    });
    results.load.afterLsp = loadAverage();
}

// ---------------------------------------------------------------- repo
if (only.has('repo')) {
    // Past 8 minutes, one run only: `npm run bench` stays under 10 minutes.
    if ((Date.now() - began) / 1000 > 480) counts.repoRuns = 1;
    log(`repo: appl check of ${repo.plans} plans, ${counts.repoRuns} runs`);
    /** @type {number[]} */
    const walls = [];
    /** @type {number[]} */
    const cpus = [];
    let output = '';
    for (let i = 0; i < counts.repoRuns; i++) {
        const run = await runTimed(process.execPath, [cli, 'check', repoDir]);
        if (run.code !== 0) throw new Error(`appl check of the repository exited with ${run.code}: ${run.stderr || run.stdout.slice(0, 2000)}`);
        output = run.stdout.trim().split('\n').pop() ?? '';
        walls.push(run.wall);
        cpus.push(run.cpu);
    }
    results.repo = {
        output,
        shipped: { wall: summary(walls), cpu: measuresCpu ? summary(cpus) : undefined },
    };
    results.load.afterRepo = loadAverage();
}

// ---------------------------------------------------------------- large
if (only.has('large')) {
    const large = writePlan('plan-5mb', generatePlan({ lines: quick ? 20_000 : 120_000, seed: 3 }));
    const ids = generateIdentifierPlan({ identifiers: quick ? 10_000 : 100_000 });
    const idsFile = path.join(work, 'plan-ids.appl');
    writeFileSync(idsFile, ids.text);
    results.plans.large = large.stats;
    results.plans.identifiers = ids.stats;
    const runs = quick ? 1 : 3;
    /** @type {Record<string, unknown>} */
    const checks = {};
    for (const [name, file] of [['large', large.file], ['identifiers', idsFile]]) {
        log(`large: appl check of the ${name} plan, ${runs} runs`);
        const walls = [], cpus = [], rss = [];
        let output = '';
        for (let i = 0; i < runs; i++) {
            const run = await runTimed(process.execPath, [cli, 'check', file]);
            if (run.code === 2) throw new Error(`appl check of the ${name} plan failed: ${run.stderr}`);
            output = run.stdout.trim().split('\n').pop() ?? '';
            walls.push(run.wall);
            cpus.push(run.cpu);
            rss.push(run.maxRss);
        }
        checks[name] = { output, wall: summary(walls), cpu: measuresCpu ? summary(cpus) : undefined, maxRss: median(rss) };
    }
    log('large: the server opening each plan beside a small one');
    results.large = {
        cli: checks,
        server: {
            large: await benchLargePlan({ server, planFile: large.file, keystrokes: quick ? 2 : 10, nodeOptions: serverNodeOptions }),
            identifiers: await benchLargePlan({ server, planFile: idsFile, keystrokes: quick ? 2 : 10, nodeOptions: serverNodeOptions }),
        },
    };
    results.load.afterLarge = loadAverage();
}

results.seconds = (Date.now() - began) / 1000;
const table = renderTable(results);
console.log(`\n${table}`);
writeFileSync(outFile, renderResults(results, { command: `node bench/run.mjs ${args.join(' ')}`.trim() }));
writeFileSync(outFile.replace(/\.md$/, '.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${path.relative(process.cwd(), outFile)} in ${results.seconds.toFixed(0)} s`);
if (!keep) rmSync(work, { recursive: true, force: true });
else log(`kept the plans in ${work}`);

// ---------------------------------------------------------------- helpers

/** @param {string} name @param {import('./generator.mjs').GeneratedPlan} plan */
function writePlan(name, plan) {
    const folder = path.join(work, name);
    mkdirSync(folder, { recursive: true });
    for (const [file, text] of Object.entries(plan.files)) writeFileSync(path.join(folder, file), text);
    return { ...plan, file: path.join(folder, plan.planFile) };
}

/** @param {string} flag */
function valueOf(flag) {
    const inline = args.find(arg => arg.startsWith(`${flag}=`));
    if (inline) return inline.slice(flag.length + 1);
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
}

/** @param {string} text */
function log(text) {
    process.stderr.write(`bench: ${text}\n`);
}

/** @param {string} text */
function progress(text) {
    process.stderr.write(`bench:   ${text}\n`);
}

/** @param {number} bytes */
function kib(bytes) {
    return `${(bytes / 1024).toFixed(0)} KiB`;
}

export { BUDGETS };
