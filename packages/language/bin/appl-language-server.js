#!/usr/bin/env node
// `appl-language-server --stdio`: the APPL language server for any LSP client. Without a transport
// option it speaks over stdio, which is what most editors expect.
if (!process.argv.slice(2).some(arg => /^--(stdio|node-ipc|socket|pipe)/.test(arg))) {
    process.argv.push('--stdio');
}
await import('../out/lsp/main.js');
