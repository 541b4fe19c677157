// Completion, hover and go to definition on the Medway example, through VS Code's own commands: what
// the editor shows when a user presses Ctrl+Space, hovers a name or presses F12.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openPlan, positionOf, waitFor, workspaceUri } from './helpers.js';

/** Where a definition leads: the file and the declared name's range (a link's selection range). */
async function definitionAt(uri: vscode.Uri, position: vscode.Position) {
    const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
        'vscode.executeDefinitionProvider', uri, position);
    return (found ?? []).map(target => 'targetUri' in target
        ? { uri: target.targetUri.toString(), range: target.targetSelectionRange ?? target.targetRange }
        : { uri: target.uri.toString(), range: target.range });
}

/** The range of `name` where `declaration` (e.g. `weakness W7`) is written in `file`. */
async function declared(file: string, declaration: string, name: string) {
    const document = await vscode.workspace.openTextDocument(workspaceUri(file));
    const start = positionOf(document, declaration, declaration.indexOf(name));
    return { uri: document.uri.toString(), range: new vscode.Range(start, start.translate(0, name.length)) };
}

describe('language features', () => {
    let plan: vscode.TextDocument;

    before(async () => {
        plan = (await openPlan('app-2020.appl')).document;
        // The server is up once it has answered for this document.
        await waitFor('the language server', async () => (await definitionAt(plan.uri, positionOf(plan, 'addresses W7', 10))).length > 0);
    });
    after(closeAllEditors);

    it('completes a weakness id after "addresses"', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider', plan.uri, positionOf(plan, 'addresses W7', 'addresses '.length));
        const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        assert.deepEqual(labels.filter(label => /^W\d+$/.test(label)).sort(), ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8']);
    });

    it('shows the weakness text when hovering its id', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
            'vscode.executeHoverProvider', plan.uri, positionOf(plan, 'addresses W7', 'addresses W'.length));
        const text = hovers.flatMap(hover => hover.contents)
            .map(content => typeof content === 'string' ? content : content.value).join('\n');
        assert.ok(text.includes('The quality of EHC plans was not acceptable.'), `the hover shows: ${JSON.stringify(text)}`);
    });

    it('goes to the declaration of a weakness in the same plan', async () => {
        const targets = await definitionAt(plan.uri, positionOf(plan, 'addresses W7', 'addresses W'.length));
        assert.deepEqual(targets, [await declared('medway-findings.appl', 'weakness W7 "', 'W7')]);
    });

    it('goes to the declaration of a person in the imported people file', async () => {
        const targets = await definitionAt(plan.uri, positionOf(plan, 'lead ad-education-send', 'lead ad'.length));
        assert.deepEqual(targets, [await declared('medway-people.appl', 'person ad-education-send "', 'ad-education-send')]);
    });
});
