//@ts-check
// Builds the shipped CLI as one CommonJS file: Node loads it several times faster than the graph of
// ES modules it replaces (Langium, Chevrotain, commander and the core: hundreds of files to resolve).
//   src/main.ts and all it imports -> out/appl.cjs      what bin/appl.cjs runs; exports runCli and main
//                                  -> out/appl.cjs.map  linked: read only under node --enable-source-maps
//   the docx library               -> out/docx.cjs      required by out/appl.cjs only when a Word file is
//                                                       written: a megabyte that `appl check` need not parse
// The core comes in through its package, that is its tsc output (packages/language/out), as in the
// CLI's in-process tests: run after `tsc -b` (`npm run build` does). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const watch = process.argv.includes('--watch');
const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

// CommonJS has no import.meta. The code reads files relative to its own module (main.ts reads
// `new URL('../package.json', import.meta.url)`), so the bundle defines import.meta.url as its own URL,
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
const options = {
    absWorkingDir: here('.'),
    entryPoints: ['src/main.ts'],
    outfile: 'out/appl.cjs',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Not minified: that measured no faster a start (V8 compiles lazily), and an internal error's stack
    // trace and a CPU profile stay readable (bench/profile-summary.mjs reads the bundle's module comments).
    // The map costs nothing unless node runs with --enable-source-maps.
    sourcemap: 'linked',
    // "use strict" first: any code before it would turn the directive esbuild writes into a plain string.
    banner: { js: `"use strict";var ${IMPORT_META_URL}=require("node:url").pathToFileURL(__filename).href;` },
    define: { 'import.meta.url': IMPORT_META_URL },
    write: false,
    plugins: [docxBesideTheBundle, writeAtomically],
    logLevel: 'warning',
};

if (watch) {
    await esbuild.build(docxOptions);
    await (await esbuild.context(options)).watch();
    console.log('appl-cli: watching for changes');
} else {
    await Promise.all([esbuild.build(options), esbuild.build(docxOptions)]);
    console.log('appl-cli: built out/appl.cjs and out/docx.cjs');
}
