#!/usr/bin/env node
// @ts-check
// Builds a loader that runs the shipped CLI bundle (packages/cli/out/appl.cjs, from `npm run build`)
// through a V8 code cache, to measure what caching its compiled code would still save at start-up:
//   bench/out/appl-cli-cached.cjs  run as `node bench/out/appl-cli-cached.cjs check plan.appl`
//   bench/out/appl-cli.cache       the cache, written when the first run ends (so that it holds the
//                                  functions that run compiled) and handed to V8 by later runs
// That is what Node 22's module.enableCompileCache does; Node 20 has no such switch. The product does
// not ship it; see docs/performance.md.
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('./out/', import.meta.url));

/** @returns {Promise<{ bundle: string, cached: string, bundleBytes: number }>} */
export async function buildCachedCli() {
    const bundle = `${root}packages/cli/out/appl.cjs`;
    const { size } = await stat(bundle).catch(() => {
        throw new Error(`${bundle} is missing: run \`npm run build\` first`);
    });
    await mkdir(out, { recursive: true });
    // A cache of an older bundle would only be rejected and rewritten; start from none.
    await rm(`${out}appl-cli.cache`, { force: true });
    const cached = `${out}appl-cli-cached.cjs`;
    await writeFile(cached, CACHED_LOADER);
    return { bundle, cached, bundleBytes: size };
}

// Loads the bundle through vm.Script with V8's code cache, as the module it is (its own __filename, so
// that it finds its package.json), then starts the CLI as bin/appl.cjs does. A cache that V8 rejects
// (another Node version, another bundle) is rewritten.
const CACHED_LOADER = `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const file = path.join(__dirname, '../../packages/cli/out/appl.cjs');
const cacheFile = path.join(__dirname, 'appl-cli.cache');
const source = fs.readFileSync(file, 'utf8');
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(path.dirname(file));
const fn = script.runInThisContext();
const writeCache = () => { try { fs.writeFileSync(cacheFile, script.createCachedData()); } catch {} };
if (cachedData === undefined || script.cachedDataRejected) {
  // After the run, so that the cache holds the functions the run compiled too.
  process.once('exit', writeCache);
}
fn.call(mod.exports, mod.exports, (id) => mod.require(id), mod, file, path.dirname(file));
mod.exports.main();
`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const { cached, bundleBytes } = await buildCachedCli();
    console.log(`built ${cached}, around packages/cli/out/appl.cjs (${(bundleBytes / 1024).toFixed(0)} KiB)`);
}
