#!/usr/bin/env node
// @ts-check
// Builds the CLI as one file, to measure what bundling does to `appl check` start-up:
//   bench/out/appl-cli.cjs        packages/cli/out/main.js and everything it imports, one CommonJS file
//   bench/out/appl-cli-cached.cjs the same bundle, run through a V8 code cache (bench/out/appl-cli.cache),
//                                 so that a second start skips compiling it (what Node 22's
//                                 module.enableCompileCache does; Node 20 has no such switch)
// Both run as `node bench/out/appl-cli.cjs check plan.appl`. The product does not ship these; see
// docs/performance.md for the proposal. Run after `npm run build` (it bundles the compiled out/ files).
import * as esbuild from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('./out/', import.meta.url));

/**
 * @param {{ minify?: boolean }} [options]
 * @returns {Promise<{ bundle: string, cached: string, bytes: number }>}
 */
export async function buildCliBundle(options = {}) {
    await mkdir(out, { recursive: true });
    const bundle = `${out}appl-cli.cjs`;
    const result = await esbuild.build({
        absWorkingDir: root,
        stdin: {
            contents: "import { main } from './packages/cli/out/main.js';\nmain();\n",
            resolveDir: root,
            sourcefile: 'appl-cli-entry.mjs',
        },
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        minify: options.minify ?? true,
        // main.js reads its version from ../package.json next to itself.
        define: { 'import.meta.url': JSON.stringify(pathToFileURL(`${root}packages/cli/out/main.js`).href) },
        outfile: bundle,
        logLevel: 'warning',
        metafile: true,
    });
    const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
    const cached = `${out}appl-cli-cached.cjs`;
    await writeFile(cached, CACHED_LOADER);
    return { bundle, cached, bytes };
}

// Loads appl-cli.cjs through vm.Script with V8's code cache: the first run compiles and writes the
// cache, later runs hand V8 the cached code. A cache that V8 rejects (another Node version) is rewritten.
const CACHED_LOADER = `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const file = path.join(__dirname, 'appl-cli.cjs');
const cacheFile = path.join(__dirname, 'appl-cli.cache');
const source = fs.readFileSync(file, 'utf8');
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(__dirname);
const fn = script.runInThisContext();
const writeCache = () => { try { fs.writeFileSync(cacheFile, script.createCachedData()); } catch {} };
if (cachedData === undefined || script.cachedDataRejected) {
  // After the run, so that the cache holds the functions the run compiled too.
  process.once('exit', writeCache);
}
fn.call(mod.exports, mod.exports, (id) => mod.require(id), mod, file, __dirname);
`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const { bundle, bytes } = await buildCliBundle({ minify: !process.argv.includes('--no-minify') });
    console.log(`built ${bundle} (${(bytes / 1024).toFixed(0)} KiB) and appl-cli-cached.cjs`);
}
