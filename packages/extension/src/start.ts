import type { ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerCommands } from './commands.js';
import { answerFileRequests } from './file-requests.js';
import { registerNewPlanCommands } from './new-plan/new-plan-command.js';
import { PlanStatus } from './plan-status.js';
import { PlanPreviews } from './preview/plan-previews.js';

/**
 * What the desktop entry (extension.ts, the server as a Node process) and the browser entry
 * (browser/extension.ts, the server in a web worker) share once their client exists: the commands,
 * the preview, the status item, and the answers to the server's requests for files. Then it starts
 * the client.
 */
export async function startExtension(context: ExtensionContext, client: BaseLanguageClient): Promise<void> {
    const previews = new PlanPreviews(client);
    context.subscriptions.push(
        previews,
        ...registerCommands(client, previews),
        ...registerNewPlanCommands(),
        new PlanStatus(client),
        ...answerFileRequests(client),
    );
    await client.start();
}
