import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { registerCommands } from './commands.js';
import { PlanPreviews } from './preview/plan-previews.js';

let client: LanguageClient | undefined;

/** Runs when the first `.appl` file opens: starts the language server, which does all the work. */
export async function activate(context: ExtensionContext): Promise<void> {
    client = createClient(context);
    const previews = new PlanPreviews(client);
    context.subscriptions.push(previews, ...registerCommands(client, previews));
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
