import { afterEach, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import { addFiles, createLspTestServices, PEOPLE, planUri, reset } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

const FINDINGS = `inspection revisit {
  weakness W1 "There was a lack of joint strategic leadership." not-sufficient
  weakness W7 "The quality of EHC plans was not acceptable." not-sufficient
}
`;
const PLAN = `import "people.appl"
import "findings.appl"
area 3 "Quality" addresses W7 {
  action 3.1 "Train" { lead jane-doe partners pcf addresses W7 }
}
review 2021-01-20 { outcome W7 sufficient looking-for W7 "Audits" answered-by 3.1 }
`;

async function workspace(): Promise<Record<string, LangiumDocument>> {
    return addFiles(services, { 'people.appl': PEOPLE, 'findings.appl': FINDINGS, 'plan.appl': PLAN });
}

/** Renames the thing at the first occurrence of `at` in a document. */
function rename(document: LangiumDocument, at: string, newName: string) {
    const offset = document.textDocument.getText().indexOf(at);
    expect(offset).toBeGreaterThanOrEqual(0);
    return services.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset), newName,
    });
}

function rangeOf(text: string, line: number, word: string, nth = 0) {
    const lineText = text.split('\n')[line];
    let column = -1;
    for (let i = 0; i <= nth; i++) column = lineText.indexOf(word, column + 1);
    return { start: { line, character: column }, end: { line, character: column + word.length } };
}

describe('rename', () => {
    test('renames a weakness in the file that declares it and in the plan that imports it', async () => {
        const { 'plan.appl': plan } = await workspace();
        const edit = await rename(plan, 'W7 {', 'W9');
        expect(edit).toEqual({
            changes: {
                [planUri('findings.appl').toString()]: [{ range: rangeOf(FINDINGS, 2, 'W7'), newText: 'W9' }],
                [planUri('plan.appl').toString()]: [
                    { range: rangeOf(PLAN, 2, 'W7'), newText: 'W9' },
                    { range: rangeOf(PLAN, 3, 'W7'), newText: 'W9' },
                    { range: rangeOf(PLAN, 5, 'W7', 0), newText: 'W9' },
                    { range: rangeOf(PLAN, 5, 'W7', 1), newText: 'W9' },
                ],
            },
        });
    });

    test('renames a numbered action where reviewers name it', async () => {
        const { 'plan.appl': plan } = await workspace();
        const edit = await rename(plan, '3.1 "Train"', '3.4');
        expect(edit?.changes?.[planUri('plan.appl').toString()]).toEqual([
            { range: rangeOf(PLAN, 3, '3.1'), newText: '3.4' },
            { range: rangeOf(PLAN, 5, '3.1'), newText: '3.4' },
        ]);
    });

    test('refuses a name that another weakness already has', async () => {
        const { 'plan.appl': plan } = await workspace();
        await expect(rename(plan, 'W7 {', 'W1')).rejects.toEqual(new ResponseError(-32602,
            'Cannot rename weakness W7 to W1: weakness W1 already exists (findings.appl, line 2).'));
    });

    test('refuses to give an organisation the id of a person, since they share ids', async () => {
        const { 'plan.appl': plan } = await workspace();
        await expect(rename(plan, 'pcf', 'sam-lee')).rejects.toThrow(
            'Cannot rename organisation pcf to sam-lee: person sam-lee already exists (people.appl, line 4).');
    });

    test('refuses a clash in a file that imports the renamed thing\'s file', async () => {
        const { 'people.appl': people } = await addFiles(services, {
            'people.appl': PEOPLE,
            'plan.appl': 'import "people.appl"\nperson alex "Alex"\narea 1 "A" { action 1.1 "B" { lead jane-doe } }\n',
        });
        await expect(rename(people, 'jane-doe', 'alex')).rejects.toThrow(
            'Cannot rename person jane-doe to alex: person alex already exists (plan.appl, line 2).');
    });

    test('refuses text that cannot be an id, and the words of the language', async () => {
        const { 'plan.appl': plan } = await workspace();
        await expect(rename(plan, 'W7 {', 'W 9')).rejects.toThrow(
            '"W 9" cannot be an id: write letters, digits and _, joined by - or . (W1, ehcp-quality, 3.1).');
        await expect(rename(plan, 'jane-doe', 'lead')).rejects.toThrow(
            '"lead" is a word of the language and cannot be an id. Choose another name for person jane-doe.');
    });

    test('prepares a rename on an id, not on a keyword', async () => {
        const { 'plan.appl': plan } = await workspace();
        const at = (text: string) => plan.textDocument.positionAt(PLAN.indexOf(text));
        const prepare = (text: string) => services.lsp.RenameProvider!.prepareRename(plan, { textDocument: { uri: plan.uri.toString() }, position: at(text) });
        expect(await prepare('jane-doe')).toEqual(rangeOf(PLAN, 3, 'jane-doe'));
        expect(await prepare('lead')).toBeUndefined();
    });
});
