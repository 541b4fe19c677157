// The language server from the core's build (out/lsp/main.js), over stdio: what the LSP tests in this
// package start. The shipped entry, the `appl` package's bin/appl-language-server.cjs, runs the same
// module bundled; packages/cli/test/package.test.ts starts that one from an installed tarball.
if (!process.argv.slice(2).some(arg => /^--(stdio|node-ipc|socket|pipe)/.test(arg))) {
    process.argv.push('--stdio');
}
await import('../../out/lsp/main.js');
