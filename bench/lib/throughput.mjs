#!/usr/bin/env node
// @ts-check
// Parse + link + check throughput of the language core, in a process of its own:
//   node bench/lib/throughput.mjs <plan.appl> <export.json> [runs]
// The plan is built as `appl check` builds it (the core services, the files it imports loaded first),
// once cold, then `runs` times warm (the parser built, the JIT warmed up by a few discarded runs);
// each run parses the text from scratch and builds it with validation. JSON.parse of the plan's JSON
// export is timed the same way. Prints one JSON object.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allRules, createApplServices } from 'appl-language';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { median } from './stats.mjs';

const [planFile, jsonFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const warmup = 5;
const planText = readFileSync(planFile, 'utf8');
const planBytes = Buffer.byteLength(planText);
const jsonText = readFileSync(jsonFile, 'utf8');
const jsonBytes = Buffer.byteLength(jsonText);

const PHASES = /** @type {const} */ ([
    [DocumentState.IndexedContent, 'index'],
    [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'],
    [DocumentState.IndexedReferences, 'indexReferences'],
    [DocumentState.Validated, 'validate'],
]);

// Time each rule: wrap its check (the registered checks call rule.check on the shared rule objects).
/** @type {Record<string, number>} */
let ruleTimes = {};
for (const rule of /** @type {Array<{ id: string, check: Function }>} */ (/** @type {unknown} */ (allRules))) {
    const check = rule.check;
    rule.check = function timedCheck(...args) {
        const started = performance.now();
        try {
            return check.apply(this, args);
        } finally {
            ruleTimes[rule.id] = (ruleTimes[rule.id] ?? 0) + performance.now() - started;
        }
    };
}

const { shared, appl } = createApplServices(NodeFileSystem);
const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = shared.workspace;
/** @type {Record<string, number>} */
let marks = {};
let last = 0;
for (const [state, name] of PHASES) {
    DocumentBuilder.onBuildPhase(state, () => {
        const now = performance.now();
        marks[name] = now - last;
        last = now;
    });
}

const uri = URI.file(path.resolve(planFile));
let diagnostics = 0;

/** One check of the plan from its text: parse, then build (index, scopes, link, references, validate). */
async function checkOnce() {
    if (LangiumDocuments.hasDocument(uri)) {
        // Out of the timed part: forget the previous run's document and its index entries.
        await DocumentBuilder.update([], [uri]);
    }
    marks = {};
    ruleTimes = {};
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    const document = LangiumDocumentFactory.fromString(planText, uri);
    const parsed = performance.now();
    LangiumDocuments.addDocument(document);
    last = performance.now();
    // Pending: the new document and, on the first run, the files it imports (as checkPlans does).
    const pending = LangiumDocuments.all.filter(doc => doc.state < DocumentState.Validated).toArray();
    await DocumentBuilder.build(pending, { validation: true });
    const ended = performance.now();
    const cpu = process.cpuUsage(cpuStarted);
    diagnostics = document.diagnostics?.length ?? 0;
    return { total: ended - started, cpu: (cpu.user + cpu.system) / 1000, parse: parsed - started, ...marks, rules: { ...ruleTimes } };
}

// The imported people file is loaded by the first build; later runs rebuild the plan alone.
const cold = await checkOnce();
for (let i = 0; i < warmup; i++) await checkOnce();
/** @type {Array<Record<string, any>>} */
const samples = [];
for (let i = 0; i < runs; i++) samples.push(await checkOnce());

const jsonRuns = Math.max(50, runs * 3);
for (let i = 0; i < 10; i++) JSON.parse(jsonText);
const jsonTimes = [];
for (let i = 0; i < jsonRuns; i++) {
    const started = performance.now();
    JSON.parse(jsonText);
    jsonTimes.push(performance.now() - started);
}

const ruleMedians = Object.fromEntries(allRules.map(rule => [rule.id, median(samples.map(s => /** @type {any} */ (s).rules[rule.id] ?? 0))]));
const phaseMedians = Object.fromEntries(['parse', ...PHASES.map(([, name]) => name)].map(name => [name, median(samples.map(s => s[name] ?? 0))]));
const checkMs = median(samples.map(s => s.total));
const jsonMs = median(jsonTimes);
console.log(JSON.stringify({
    planBytes, jsonBytes, runs, diagnostics,
    coldMs: cold.total,
    checkMs, checkTimes: samples.map(s => s.total),
    // CPU time of the process during each check (GC threads included): less moved by other work on the machine.
    checkCpuMs: median(samples.map(s => s.cpu)),
    phases: phaseMedians,
    rules: ruleMedians,
    checkMBps: planBytes / 1e6 / (checkMs / 1000),
    jsonMs, jsonMBps: jsonBytes / 1e6 / (jsonMs / 1000),
    heapUsed: process.memoryUsage().heapUsed,
    parserBuilt: Boolean(appl.parser.LangiumParser),
}));
