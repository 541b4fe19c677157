//@ts-check
// Builds the web page into dist/, a folder of static files that any web server can host:
//   index.html, styles.css         the page (copied from src/)
//   start-worker.js                starts the language server's worker first, while app.js loads
//   app.js                         the page's code: the editor (CodeMirror), the LSP client, the panels,
//                                  the examples of the repository (examples/**/*.appl, read now)
//   server-worker.js               the language server in a web worker: the same entry as the VS Code
//                                  extension's browser build (packages/language/src/lsp/main-browser.ts)
//   *.gz, *.br                     each file compressed, for servers that send precompressed files
// Nothing is fetched from anywhere at run time: no CDN, no web fonts.
// `node build.mjs --dev` keeps the code readable and writes source maps.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dev = process.argv.includes('--dev');
const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const dist = here('dist/');
const examplesDir = here('../../examples/');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

/** `import examples from 'virtual:appl-examples'`: every plan under examples/, as { path, text }. */
const examplesPlugin = {
    name: 'appl-examples',
    setup(/** @type {esbuild.PluginBuild} */ build) {
        build.onResolve({ filter: /^virtual:appl-examples$/ }, args => ({ path: args.path, namespace: 'appl-examples' }));
        build.onLoad({ filter: /.*/, namespace: 'appl-examples' }, async () => {
            const files = (await readdir(examplesDir, { recursive: true }))
                .filter(name => name.endsWith('.appl'))
                .map(name => name.split('\\').join('/'))
                .sort();
            const examples = await Promise.all(files.map(async path => ({ path, text: await readFile(join(examplesDir, path), 'utf8') })));
            return { contents: `export default ${JSON.stringify(examples)};`, loader: 'js', watchFiles: files.map(path => join(examplesDir, path)) };
        });
    },
};

/** @type {esbuild.BuildOptions} */
const common = {
    absWorkingDir: here('.'),
    bundle: true,
    platform: 'browser',
    target: ['chrome111', 'firefox115', 'safari16.4'],
    minify: !dev,
    sourcemap: dev,
    legalComments: 'linked',
    logLevel: 'warning',
    // Langium and vscode-languageserver read process.env in a few places; a browser has none.
    define: { 'process.env.NODE_ENV': '"production"' },
};

const [app, worker] = await Promise.all([
    esbuild.build({ ...common, entryPoints: { app: 'src/main.ts', 'start-worker': 'src/start-worker.ts' }, outdir: dist, format: 'esm', plugins: [examplesPlugin], metafile: true }),
    esbuild.build({ ...common, entryPoints: { 'server-worker': '../language/src/lsp/main-browser.ts' }, outdir: dist, format: 'iife', metafile: true }),
]);
for (const file of ['index.html', 'styles.css']) {
    await copyFile(here(`src/${file}`), join(dist, file));
}

// Precompressed copies: sirv (npm run web) sends them; most static hosts compress by themselves.
const written = [];
for (const name of await readdir(dist)) {
    if (!/\.(html|css|js|txt)$/.test(name)) {
        continue;
    }
    const data = await readFile(join(dist, name));
    await writeFile(join(dist, `${name}.gz`), gzipSync(data, { level: 9 }));
    const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    await writeFile(join(dist, `${name}.br`), brotli);
    written.push(`${name} ${kB(data.length)} (${kB(brotli.length)} brotli)`);
}
const outputs = Object.keys({ ...app.metafile.outputs, ...worker.metafile.outputs }).length;
console.log(`appl-web: built ${relative(process.cwd(), dist) || '.'} (${outputs} bundles): ${written.join(', ')}`);

function kB(/** @type {number} */ bytes) {
    return `${(bytes / 1024).toFixed(0)} kB`;
}
