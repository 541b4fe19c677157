//@ts-check
// Builds what the `appl` package ships: CommonJS files with everything inside (Node loads one file
// several times faster than the graph of ES modules it replaces, and the package needs no dependency):
//   src/main.ts and all it imports       -> out/appl.cjs                  what bin/appl.cjs runs
//   the core's lsp/main.js and its graph -> out/appl-language-server.cjs  what bin/appl-language-server.cjs runs
//   the docx library                     -> out/docx.cjs                  required by both only when a Word
//                                                                         file is written: a megabyte that
//                                                                         `appl check` need not parse
// The core comes in through its tsc output (packages/language/out), as in the CLI's in-process tests:
// run after `tsc -b` (`npm run build` does). No source maps: the package ships none, and the bundles
// stay unminified, so an internal error's stack trace and a CPU profile are readable as they are
// (bench/profile-summary.mjs reads the bundle's module comments). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const watch = process.argv.includes('--watch');
const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

// CommonJS has no import.meta. The code reads files relative to its own module (main.ts reads
// `new URL('../package.json', import.meta.url)`), so a bundle defines import.meta.url as its own URL,
// taken where it runs: out/appl.cjs sits one folder below package.json, as src/main.ts does.
const IMPORT_META_URL = '__applImportMetaUrl';

/**
 * Writes each output to a temporary file first, then renames it over the old one: a CLI started while
 * the bundle is rebuilt (the tests build it from several files at once) runs the old bundle or the new
 * one, never half of one.
 * @type {esbuild.Plugin}
 */
const writeAtomically = {
    name: 'write-atomically',
    setup(build) {
        build.onEnd(async result => {
            for (const file of result.outputFiles ?? []) {
                const temporary = `${file.path}.${process.pid}.tmp`;
                await mkdir(dirname(file.path), { recursive: true });
                await writeFile(temporary, file.contents);
                await rename(temporary, file.path);
            }
        });
    },
};

/**
 * The core loads the Word writer with `import('docx')` when it first writes a Word file; in the bundle
 * that becomes a require of the sibling out/docx.cjs, built on its own below.
 * @type {esbuild.Plugin}
 */
const docxBesideTheBundle = {
    name: 'docx-beside-the-bundle',
    setup(build) {
        build.onResolve({ filter: /^docx$/ }, () => ({ path: './docx.cjs', external: true }));
    },
};

/** @type {esbuild.BuildOptions} */
const docxOptions = {
    absWorkingDir: here('.'),
    // The language package's own copy (the version it pins), resolved from there.
    stdin: { contents: 'module.exports = require("docx");', resolveDir: here('../language'), loader: 'js' },
    outfile: 'out/docx.cjs',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
    plugins: [writeAtomically],
    logLevel: 'warning',
};

/** @type {esbuild.BuildOptions} */
const common = {
    absWorkingDir: here('.'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    // "use strict" first: any code before it would turn the directive esbuild writes into a plain string.
    banner: { js: `"use strict";var ${IMPORT_META_URL}=require("node:url").pathToFileURL(__filename).href;` },
    define: { 'import.meta.url': IMPORT_META_URL },
    write: false,
    plugins: [docxBesideTheBundle, writeAtomically],
    logLevel: 'warning',
};

const bundles = [
    { ...common, entryPoints: ['src/main.ts'], outfile: 'out/appl.cjs' },
    { ...common, entryPoints: ['../language/out/lsp/main.js'], outfile: 'out/appl-language-server.cjs' },
];

if (watch) {
    await esbuild.build(docxOptions);
    for (const options of bundles) {
        await (await esbuild.context(options)).watch();
    }
    console.log('appl: watching for changes');
} else {
    await Promise.all([...bundles, docxOptions].map(options => esbuild.build(options)));
    console.log('appl: built out/appl.cjs, out/appl-language-server.cjs and out/docx.cjs');
}
