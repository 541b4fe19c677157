//@ts-check
// Builds the extension: two CommonJS bundles (VS Code loads extensions as CommonJS) and the grammar.
//   src/extension.ts              -> out/extension.cjs   the client; `vscode` is provided by the editor
//   ../language/src/lsp/main.ts   -> out/server.cjs      the language server, core included
// and the `browser` entry (vscode.dev, github.dev): the client and the server in a web worker, the same
// worker entry as the web page's (packages/web):
//   src/browser/extension.ts              -> out/browser/extension.js
//   ../language/src/lsp/main-browser.ts   -> out/browser/server.js
// The server bundle has no externals: anything that reached for `vscode` would fail to build.
// `node esbuild.mjs --watch` rebuilds on change; `--minify` (what `vscode:prepublish` runs before
// `vsce package`) minifies and drops the source maps, for a small .vsix.
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const here = (/** @type {string} */ path) => new URL(path, import.meta.url);

// The TextMate grammar is generated at the repository root by `npm run langium:generate`.
await mkdir(here('syntaxes/'), { recursive: true });
await copyFile(here('../../syntaxes/appl.tmLanguage.json'), here('syntaxes/appl.tmLanguage.json'));
// The project config's schema, so that VS Code completes and checks appl.config.json even offline.
// (Exported plans name their schema's URL, which VS Code downloads: jsonValidation in package.json.)
await mkdir(here('schemas/'), { recursive: true });
await copyFile(here('../language/schema/appl-config.schema.json'), here('schemas/appl-config.schema.json'));

/** @type {import('esbuild').BuildOptions} */
const common = {
    absWorkingDir: fileURLToPath(here('.')),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: !minify,
    minify,
    logLevel: 'warning',
};

/** @type {import('esbuild').BuildOptions} */
const browser = { ...common, platform: 'browser', target: 'es2022', loader: { '.appl': 'text' } };

const bundles = [
    { ...common, entryPoints: ['src/extension.ts'], outfile: 'out/extension.cjs', external: ['vscode'], loader: { '.appl': 'text' } },
    { ...common, entryPoints: ['../language/src/lsp/main.ts'], outfile: 'out/server.cjs' },
    // VS Code's web extension host loads a CommonJS module named *.js.
    { ...browser, entryPoints: ['src/browser/extension.ts'], outfile: 'out/browser/extension.js', external: ['vscode'] },
    { ...browser, format: 'iife', entryPoints: ['../language/src/lsp/main-browser.ts'], outfile: 'out/browser/server.js' },
];

if (watch) {
    for (const options of bundles) {
        await (await esbuild.context(options)).watch();
    }
    console.log('appl-vscode: watching for changes');
} else {
    await Promise.all(bundles.map(options => esbuild.build(options)));
    console.log('appl-vscode: built out/extension.cjs, out/server.cjs and the browser entry in out/browser/');
}
