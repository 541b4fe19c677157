// The extension's commands, run as the Command Palette runs them (found by their titles in the manifest):
// the exports write the same files as `appl export`, and the preview opens beside the plan.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import * as vscode from 'vscode';
import { closeAllEditors, commandTitled, env, openPlan, waitFor, workspaceUri } from './helpers.js';

async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
    try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
        return undefined;
    }
}

function expected(name: string): string {
    assert.ok(env.expectedDir, 'run-tests.mjs sets APPL_EXPECTED_DIR to the exports `appl export` wrote');
    return readFileSync(join(env.expectedDir, name), 'utf8');
}

/** One entry of a zip file (a Word file's word/document.xml), as text. */
function zipEntry(bytes: Uint8Array, name: string): string | undefined {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let offset = 0; offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50;) {
        const size = view.getUint32(offset + 18, true);
        const nameLength = view.getUint16(offset + 26, true);
        const start = offset + 30 + nameLength + view.getUint16(offset + 28, true);
        if (new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLength)) === name) {
            const data = bytes.subarray(start, start + size);
            return new TextDecoder().decode(view.getUint16(offset + 8, true) === 8 ? inflateRawSync(data) : data);
        }
        offset = start + size;
    }
    return undefined;
}

describe('commands', () => {
    afterEach(closeAllEditors);

    it('"APPL: Export to JSON" writes medway-app.json beside the plan, as `appl export` does', async () => {
        const plan = (await openPlan('app-2020.appl')).document.uri;
        // Run from the palette, the command asks where to save (a Save dialog, beside the plan by default);
        // its arguments (plan, target) answer that question here.
        await vscode.commands.executeCommand(commandTitled('APPL: Export to JSON'), plan, workspaceUri('medway-app.json'));
        const written = await waitFor('medway-app.json', () => readIfExists(workspaceUri('medway-app.json')));
        assert.deepEqual(JSON.parse(written), JSON.parse(expected('medway-app.json')));
    });

    it('"APPL: Export to Markdown" writes medway-app.md beside the plan, as `appl export` does', async () => {
        const plan = (await openPlan('app-2020.appl')).document.uri;
        // Run from the palette, the command asks where to save (a Save dialog, beside the plan by default);
        // its arguments (plan, target) answer that question here.
        await vscode.commands.executeCommand(commandTitled('APPL: Export to Markdown'), plan, workspaceUri('medway-app.md'));
        const written = await waitFor('medway-app.md', () => readIfExists(workspaceUri('medway-app.md')));
        assert.equal(written.trimEnd(), expected('medway-app.md').trimEnd());
    });

    it('"APPL: Export to Word" writes medway-app.docx beside the plan, the same document as `appl export --format docx`', async () => {
        const plan = (await openPlan('app-2020.appl')).document.uri;
        await vscode.commands.executeCommand(commandTitled('APPL: Export to Word'), plan, workspaceUri('medway-app.docx'));
        await waitFor('medway-app.docx', () => readIfExists(workspaceUri('medway-app.docx')));
        const written = await vscode.workspace.fs.readFile(workspaceUri('medway-app.docx'));
        const document = zipEntry(written, 'word/document.xml');
        assert.ok(document?.includes('Medway Accelerated Progress Plan'), 'the Word file holds no document');
        assert.equal(document, zipEntry(readFileSync(join(env.expectedDir!, 'medway-app.docx')), 'word/document.xml'));
    });

    it('"APPL: Write the Progress Review Pack" writes the pack `appl review` writes, in the format of the file named', async () => {
        const plan = (await openPlan('app-2020.appl')).document.uri;
        await vscode.commands.executeCommand(commandTitled('APPL: Write the Progress Review Pack'), plan, workspaceUri('medway-app-review.md'));
        const written = await waitFor('medway-app-review.md', () => readIfExists(workspaceUri('medway-app-review.md')));
        assert.equal(written.trimEnd(), expected('medway-app-review.md').trimEnd());
    });

    it('"APPL: Open Preview to the Side" opens the plan\'s preview beside it', async () => {
        await openPlan('app-2020.appl');
        await vscode.commands.executeCommand(commandTitled('APPL: Open Preview to the Side'));
        const preview = await waitFor('a preview tab', () => vscode.window.tabGroups.all
            .flatMap(group => group.tabs)
            .find(tab => tab.input instanceof vscode.TabInputWebview && /appl/i.test(tab.input.viewType)));
        assert.equal(preview.group.viewColumn, vscode.ViewColumn.Two, 'the preview is not beside the plan');
        assert.match(preview.label, /app-2020|Medway Accelerated Progress Plan/);
        assert.equal(vscode.window.tabGroups.all[0].activeTab?.label, 'app-2020.appl', 'the plan is no longer shown in the first column');
    });
});
