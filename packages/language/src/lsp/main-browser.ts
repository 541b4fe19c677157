// The language server in a web worker: the VS Code extension's `browser` entry (vscode.dev, github.dev)
// and the web page (packages/web) both start this bundle. The same services and rules as main.ts; the
// messages are the worker's, and files are read through the client (client-file-system.ts).
import '../node-compat.js'; // first, as in main.ts (browsers have Object.groupBy; older engines may not)
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createApplLspServices } from './appl-lsp-module.js';
import { addApplRequestHandlers } from './appl-request-handlers.js';
import { ClientFileSystemProvider } from './client-file-system.js';

/** The worker's global scope, as much of it as the message reader and writer use. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared } = createApplLspServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
addApplRequestHandlers(connection, shared);
startLanguageServer(shared);
