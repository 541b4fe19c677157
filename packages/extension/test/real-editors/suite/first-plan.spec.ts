// A first plan in minutes: "APPL: New plan", "APPL: Open an Example Plan" and the snippets, run as a
// user runs them in real VS Code. (The walkthrough, the New File entry and the language status item are
// checked on screen by walkthrough.mjs.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, commandTitled, ruleId, waitFor } from './helpers.js';

/** Today's date in the extension host, as snippets write it ($CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE). */
function isoDate(date: Date): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function settledRules(document: vscode.TextDocument, expected: number): Promise<string[]> {
    await waitFor(`${expected} findings on ${document.uri.path}`, () => vscode.languages.getDiagnostics(document.uri).length === expected);
    return vscode.languages.getDiagnostics(document.uri).map(d => String(ruleId(d))).sort();
}

describe('a first plan', () => {
    afterEach(closeAllEditors);

    it('"APPL: New plan" writes a skeleton whose findings are the author\'s to-do list', async () => {
        const document = await vscode.commands.executeCommand<vscode.TextDocument>(commandTitled('APPL: New plan'),
            { type: 'APP', localArea: 'Medway', start: '2024-04-01', end: '2025-09-30' });
        assert.ok(document, 'the command returned no document');
        assert.equal(document.uri.scheme, 'untitled');
        assert.match(document.uri.path, /\/medway-app\.appl$/);
        assert.equal(document.languageId, 'appl');
        assert.equal(vscode.window.activeTextEditor?.document, document);
        assert.deepEqual(await settledRules(document, 8), [
            'action-dates', 'action-has-lead', 'action-has-milestone', 'action-has-target', 'app-horizons', 'coproduction', 'governance',
            'plan-accountable',
        ]);
    });

    it('the Action snippet fills the skeleton\'s action with a lead, dates, a target and milestones', async () => {
        const today = new Date();
        const start = isoDate(new Date(today.getFullYear(), today.getMonth() - 1, 1));
        const end = isoDate(new Date(today.getFullYear(), today.getMonth() + 17, 0));
        const document = await vscode.commands.executeCommand<vscode.TextDocument>(commandTitled('APPL: New plan'),
            { type: 'WSOA', localArea: 'Medway', start, end });
        const editor = vscode.window.activeTextEditor!;
        assert.equal(editor.document, document);
        await settledRules(document, 7);
        // The skeleton's empty action, replaced the way "Insert Snippet" does.
        const line = document.lineAt(document.getText().split('\n').findIndex(text => text.includes('action 1.1')));
        editor.selection = new vscode.Selection(line.range.start.translate(0, 2), line.range.end);
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'appl', name: 'Action' });
        await waitFor('the snippet', () => document.getText().includes('milestone 12 months'));
        assert.match(document.getText(), new RegExp(`  action 1\\.1 "What will be done" \\{\\n    lead person-id\\n    start ${isoDate(today)}\\n`));
        await vscode.commands.executeCommand('leaveSnippet');
        // The action now has everything a reviewer asks for; what is left is to name real people.
        const rules = await waitFor('the findings after the snippet', () => {
            const found = vscode.languages.getDiagnostics(document.uri).map(d => String(ruleId(d)));
            return found.includes('unresolved-reference') && !found.includes('action-has-lead') ? found.sort() : undefined;
        });
        assert.deepEqual(rules.filter(rule => /^(syntax-error|action-)/.test(rule)), []);
        assert.ok(rules.includes('governance') && rules.includes('plan-accountable'), rules.join(', '));
    });

    it('offers the plan, area, action and measure snippets in completion', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'appl', content: '\n' });
        await vscode.window.showTextDocument(document);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 0));
        const snippets = list.items.filter(item => item.kind === vscode.CompletionItemKind.Snippet)
            .map(item => typeof item.label === 'string' ? item.label : item.label.label);
        for (const prefix of ['plan', 'area', 'action', 'measure']) {
            assert.ok(snippets.includes(prefix), `no "${prefix}" snippet among ${snippets.join(', ')}`);
        }
    });

    it('"APPL: Open an Example Plan" opens a finished plan that checks clean', async () => {
        const document = await vscode.commands.executeCommand<vscode.TextDocument>(commandTitled('APPL: Open an Example Plan'), 'staffordshire-app-2022.appl');
        assert.ok(document);
        assert.match(document.getText(), /^plan "Staffordshire Accelerated Progress Plan" \{/m);
        // The server has checked it once the preview answers; then there is nothing to report.
        await vscode.commands.executeCommand(commandTitled('APPL: Open Preview to the Side'));
        await waitFor('the preview', () => vscode.window.tabGroups.all.flatMap(group => group.tabs).some(tab => tab.input instanceof vscode.TabInputWebview));
        await new Promise(resolve => setTimeout(resolve, 1000));
        assert.deepEqual(vscode.languages.getDiagnostics(document.uri).map(d => `${ruleId(d)}: ${d.message}`), []);
    });
});
