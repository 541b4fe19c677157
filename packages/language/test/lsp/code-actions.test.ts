import { afterEach, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { addFiles, createLspTestServices, planUri, reset } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

const URI = planUri('plan.appl').toString();
const PLAN = `plan "P" { type improvement-plan period 2020-03-01 to 2021-09-30 }
person jane-doe "Jane Doe"
area 1 "A" {
  action 1.1 "Train staff" {
    lead jane-doo
    due 2020-12-31
    milestone 2020-06-01 "Trained"
  }
}
`;

async function open(text = PLAN): Promise<LangiumDocument> {
    return (await addFiles(services, { 'plan.appl': text }))['plan.appl'];
}

function diagnostic(document: LangiumDocument, code: string): Diagnostic {
    const found = document.diagnostics?.find(d => d.code === code);
    expect(found, code).toBeDefined();
    return found!;
}

function codeActions(document: LangiumDocument, diagnostics: Diagnostic[], only?: string[]) {
    const params: CodeActionParams = {
        textDocument: { uri: URI },
        range: diagnostics[0]?.range ?? { start: at(0, 0), end: at(0, 0) },
        context: { diagnostics, ...(only ? { only } : {}) },
    };
    return services.lsp.CodeActionProvider!.getCodeActions(document, params);
}

const at = (line: number, character: number) => ({ line, character });

describe('code actions', () => {
    test('offer the "did you mean" name as the preferred fix, then creating the person, then the suppression', async () => {
        const document = await open();
        const typo = diagnostic(document, 'unresolved-reference');
        expect(await codeActions(document, [typo])).toEqual([
            {
                title: 'Change to jane-doe', kind: 'quickfix', diagnostics: [typo], isPreferred: true,
                edit: { changes: { [URI]: [{ range: { start: at(4, 9), end: at(4, 17) }, newText: 'jane-doe' }] } },
            },
            {
                title: 'Create person jane-doo', kind: 'quickfix', diagnostics: [typo],
                edit: { changes: { [URI]: [{ range: { start: at(9, 0), end: at(9, 0) }, newText: 'person jane-doo "TODO: name" role "TODO: role"\n' }] } },
            },
            {
                title: 'Silence unresolved-reference on this line', kind: 'quickfix', diagnostics: [typo],
                edit: { changes: { [URI]: [{ range: { start: at(4, 0), end: at(4, 0) }, newText: '    // appl-disable-next-line unresolved-reference -- TODO: why\n' }] } },
            },
        ]);
    });

    test('offer a target skeleton for an action without a target', async () => {
        const document = await open();
        const noTarget = diagnostic(document, 'action-has-target');
        expect((await codeActions(document, [noTarget]))?.[0]).toEqual({
            title: 'Add a target', kind: 'quickfix', diagnostics: [noTarget],
            edit: { changes: { [URI]: [{ range: { start: at(7, 0), end: at(7, 0) }, newText: '    target "TODO: what will be measured" 0 count by 2020-12-31\n' }] } },
        });
    });

    test('answer for every diagnostic the client sends, each action naming its own', async () => {
        const document = await open();
        const sent = [diagnostic(document, 'unresolved-reference'), diagnostic(document, 'action-has-target')];
        const actions = (await codeActions(document, sent)) ?? [];
        expect(actions.map(action => 'diagnostics' in action && action.diagnostics?.[0].code)).toEqual([
            'unresolved-reference', 'unresolved-reference', 'unresolved-reference', 'action-has-target', 'action-has-target',
        ]);
    });

    test('offer nothing when the client asks only for other kinds of action', async () => {
        const document = await open();
        expect(await codeActions(document, [diagnostic(document, 'action-has-target')], ['refactor'])).toEqual([]);
    });

    test('fix all (source.fixAll.appl) applies every fix that needs no choice, as editor.codeActionsOnSave asks', async () => {
        const document = await open(`${PLAN}// appl-disable-next-line vague-action
person jane-doe-2 "Jane Doe"
`);
        const expected = [{
            title: 'Fix all: apply 2 fixes that need no choice', kind: 'source.fixAll.appl',
            edit: { changes: { [URI]: [
                { range: { start: at(4, 9), end: at(4, 17) }, newText: 'jane-doe' },
                { range: { start: at(9, 0), end: at(10, 0) }, newText: '' },
            ] } },
        }];
        // VS Code asks for the kind itself on save, or for source.fixAll to run every language's.
        expect(await codeActions(document, [], ['source.fixAll.appl'])).toEqual(expected);
        expect(await codeActions(document, [], ['source.fixAll'])).toEqual(expected);
        expect(await codeActions(document, [], ['source'])).toEqual(expected);
        // Quick fixes alone, or no kind asked, never run the fixes of the whole file.
        expect((await codeActions(document, document.diagnostics!, ['quickfix'])).every(action => action.kind === 'quickfix')).toBe(true);
        expect((await codeActions(document, document.diagnostics!)).every(action => action.kind === 'quickfix')).toBe(true);
    });

    test('fix all offers nothing when no fix is safe', async () => {
        const document = await open(PLAN.replace('jane-doo', 'jane-doe'));
        expect(await codeActions(document, [], ['source.fixAll.appl'])).toEqual([]);
    });
});
