// The "appl-language/lsp" entry: the language server's services, for embedding the server elsewhere.
import '../node-compat.js';

export * from './appl-lsp-module.js';
export * from './appl-request-handlers.js';
