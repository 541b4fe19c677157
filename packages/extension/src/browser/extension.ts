// The extension's `browser` entry (vscode.dev, github.dev, and VS Code's web extension host): the same
// commands, preview and status item as the desktop entry, with the language server in a web worker
// (out/browser/server.js, built from appl-language's lsp/main-browser.ts, as the web page's is).
import { APPL_LANGUAGE_ID } from 'appl-language/protocol';
import { Uri, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startExtension } from '../start.js';

/** What the web extension host offers for starting the worker (its types are the DOM's, not compiled here). */
type ServerWorker = Extract<ConstructorParameters<typeof LanguageClient>[2], object>;
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const Blob: new (parts: string[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    const worker = await startWorker(Uri.joinPath(context.extensionUri, 'out', 'browser', 'server.js'));
    const outputChannel = window.createOutputChannel('APPL', { log: true });
    context.subscriptions.push(outputChannel);
    client = new LanguageClient(APPL_LANGUAGE_ID, 'APPL', worker, { documentSelector: [{ language: APPL_LANGUAGE_ID }], outputChannel });
    await startExtension(context, client);
}

/**
 * vscode.dev and github.dev serve an extension's files over https, and the worker starts from that
 * address. Where the extension's files live on a remote (VS Code in a browser connected to a server,
 * such as code-server), VS Code starts no worker from them: the worker starts from the script's text.
 */
async function startWorker(server: Uri): Promise<ServerWorker> {
    const options = { name: 'APPL language server' };
    if (server.scheme !== 'vscode-remote') {
        return new Worker(server.toString(true), options);
    }
    const script = new TextDecoder().decode(await workspace.fs.readFile(server));
    return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })), options);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
