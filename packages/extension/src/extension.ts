import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { startExtension } from './start.js';

let client: LanguageClient | undefined;

/** Runs when the first `.appl` file opens: starts the language server, which does all the work. */
export async function activate(context: ExtensionContext): Promise<void> {
    client = createClient(context);
    await startExtension(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
