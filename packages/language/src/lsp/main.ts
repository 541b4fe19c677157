// The language server entry: `appl-language-server --stdio`, and the VS Code extension's bundled server.
import '../node-compat.js'; // first: Langium's parser needs Object.groupBy, which Node 20 lacks
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NodePlanFileSystemContext } from '../node/index.js';
import { createApplLspServices } from './appl-lsp-module.js';
import { addApplRequestHandlers } from './appl-request-handlers.js';
import { answerInvalidParams, checkedParams } from './request-params.js';

// The transport (--stdio, --node-ipc, --socket=<port>, --pipe=<name>) comes from the command line.
const connection = createConnection(ProposedFeatures.all, checkedParams());
answerInvalidParams(connection);
const { shared } = createApplLspServices({ connection, ...NodePlanFileSystemContext });
addApplRequestHandlers(connection, shared);
startLanguageServer(shared);
// A failure the code did not foresee is logged (to the editor's output); the editor keeps its server.
process.on('unhandledRejection', error => console.error('APPL: unexpected failure:', error));
