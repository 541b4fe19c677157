#!/usr/bin/env node
// `appl-language-server`: the APPL language server for any LSP client. Without a transport option
// (--stdio, --node-ipc, --socket=<port>, --pipe=<name>) it speaks over stdio, as most editors expect.
if (!process.argv.slice(2).some(arg => /^--(stdio|node-ipc|socket|pipe)/.test(arg))) {
    process.argv.push('--stdio');
}
require('../out/appl-language-server.cjs');
