import { APPL_LANGUAGE_ID } from 'appl-language/protocol';
import * as path from 'node:path';
import { window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * The client for the bundled language server (out/server.cjs, built from appl-language's lsp/main.ts).
 * Its id `appl` makes the `appl.trace.server` setting trace the messages in the "APPL" output channel.
 */
export function createClient(context: ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        // "Run Extension" in debug mode: attach a debugger to the server on port 6009.
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const outputChannel = window.createOutputChannel('APPL', { log: true });
    context.subscriptions.push(outputChannel);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: APPL_LANGUAGE_ID }],
        outputChannel,
    };
    return new LanguageClient(APPL_LANGUAGE_ID, 'APPL', serverOptions, clientOptions);
}
