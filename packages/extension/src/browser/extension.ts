// The extension's `browser` entry (vscode.dev, github.dev, and VS Code's web extension host): the same
// commands, preview and status item as the desktop entry, with the language server in a web worker
// (out/browser/server.js, built from appl-language's lsp/main-browser.ts, as the web page's is).
import { APPL_LANGUAGE_ID } from 'appl-language/protocol';
import { Uri, window, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startExtension } from '../start.js';

/** The web extension host's Worker (its types are the DOM's, which the extension does not compile against). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    const server = Uri.joinPath(context.extensionUri, 'out', 'browser', 'server.js');
    const worker = new Worker(server.toString(true), { name: 'APPL language server' });
    const outputChannel = window.createOutputChannel('APPL', { log: true });
    context.subscriptions.push(outputChannel);
    client = new LanguageClient(APPL_LANGUAGE_ID, 'APPL', { documentSelector: [{ language: APPL_LANGUAGE_ID }], outputChannel }, worker);
    await startExtension(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
