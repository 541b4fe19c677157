// Diagnostics as a user sees them in the editor (and in the Problems panel): our rule ids, messages and
// places, as `appl check` reports them, updated as the plan is edited.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openPlan, positionOf, restore, ruleId, visible, waitFor, workspaceUri } from './helpers.js';

const errorsOf = (uri: vscode.Uri) =>
    vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);

describe('diagnostics', () => {
    afterEach(closeAllEditors);

    it('shows each error of a broken plan with its rule id, message and place', async () => {
        const { document } = await openPlan('broken-plan.appl');
        const errors = await waitFor('the four errors of broken-plan.appl', () => {
            const found = errorsOf(document.uri);
            return found.length >= 4 && found;
        });
        assert.deepEqual(visible(errors), [
            {
                at: '24:12-24:14', rule: 'weakness-covered', severity: 'Error',
                message: 'Weakness W7 is judged not sufficient but no area or action addresses it. Add "addresses W7" to the area or action that tackles it.',
            },
            { at: '28:10-28:13', rule: 'action-has-lead', severity: 'Error', message: 'Action 1.1 has no lead. Add "lead <person-id>".' },
            {
                at: '38:41-38:43', rule: 'unresolved-reference', severity: 'Error',
                message: 'No weakness called W8 is declared in this file or in a file it imports. Did you mean W1?',
            },
            { at: '42:9-42:19', rule: 'valid-date', severity: 'Error', message: '2021-02-30 is not a real date: February 2021 has 28 days.' },
        ]);
    });

    it('gives every diagnostic an APPL rule id', async () => {
        const { document } = await openPlan('broken-plan.appl');
        const diagnostics = await waitFor('diagnostics of broken-plan.appl', () => {
            const found = vscode.languages.getDiagnostics(document.uri);
            return found.length > 0 && found;
        });
        for (const diagnostic of diagnostics) {
            assert.match(String(ruleId(diagnostic)), /^[a-z]+(-[a-z0-9]+)*$/, `"${diagnostic.message}" has no rule id`);
        }
    });

    it('updates as the plan is typed: adding the lead clears action-has-lead', async () => {
        const editor = await openPlan('broken-plan.appl');
        const { uri } = editor.document;
        await waitFor('the action-has-lead error', () => errorsOf(uri).some(d => ruleId(d) === 'action-has-lead'));
        const original = editor.document.getText();
        try {
            const title = 'Bring school leaders onto the SEND Improvement Board" {';
            const afterTitle = positionOf(editor.document, title, title.length); // action 1.1, which has no lead
            assert.ok(await editor.edit(edit => edit.insert(afterTitle, '\n    lead wendy-vincent')));
            const errors = await waitFor('action-has-lead to clear', () => {
                const found = errorsOf(uri);
                return !found.some(d => ruleId(d) === 'action-has-lead') && found;
            });
            assert.deepEqual(errors.map(ruleId).sort(), ['unresolved-reference', 'valid-date', 'weakness-covered']);
        } finally {
            await restore(editor, original);
        }
    });

    it('finds no errors in the Medway example', async () => {
        const editor = await openPlan('app-2020.appl');
        const { uri } = editor.document;
        // Break it first, so that "no errors" below is the server's answer and not a server that has not answered.
        const original = editor.document.getText();
        try {
            const w7 = positionOf(editor.document, 'addresses W7', 'addresses W'.length);
            assert.ok(await editor.edit(edit => edit.replace(new vscode.Range(w7, w7.translate(0, 1)), '9')));
            await waitFor('an unresolved-reference error for W9', () => errorsOf(uri).some(d => ruleId(d) === 'unresolved-reference'));
        } finally {
            await restore(editor, original);
        }
        await waitFor('the errors to clear', () => errorsOf(uri).length === 0);
        assert.deepEqual(visible(errorsOf(workspaceUri('app-2020.appl'))), []);
        assert.deepEqual(visible(errorsOf(workspaceUri('medway-people.appl'))), []);
    });
});
