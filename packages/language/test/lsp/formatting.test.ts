import { afterEach, describe, expect, test } from 'vitest';
import { expectFormatting } from 'langium/test';
import { createLspTestServices, parseAt, reset } from './lsp-services.js';

const services = createLspTestServices();
const format = expectFormatting(services);
afterEach(() => reset(services));

describe('formatting', () => {
    test('Format Document gives the canonical layout, whatever the editor\'s tab size', async () => {
        await format({
            before: 'plan "Riverside APP" { type APP\n\tlocal-area "Riverside"   // where\n}\narea 1 "A" { action 1.1 "B" { lead jane-doe due 2020-12-31 } }',
            after: 'plan "Riverside APP" {\n  type APP\n  local-area "Riverside"  // where\n}\n\narea 1 "A" {\n  action 1.1 "B" {\n    lead jane-doe\n    due 2020-12-31\n  }\n}\n',
            options: { tabSize: 8, insertSpaces: false },
        });
    });

    test('Format Selection changes only the lines selected', async () => {
        await format({
            before: 'person a "A"   role "x"\nperson b "B"   role "y"\nperson c "C"   role "z"\n',
            after: 'person a "A"   role "x"\nperson b "B" role "y"\nperson c "C"   role "z"\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 23 } },
        });
    });

    test('a formatted document gets no edits', async () => {
        const document = await parseAt(services, 'plan.appl')('person a "A"\n');
        expect(await services.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true },
        })).toEqual([]);
    });

    test('edits are small: one per stretch of whitespace that changes', async () => {
        const document = await parseAt(services, 'plan.appl')('person a "A"  role "x"\nperson b "B"\n\n\n\nperson c "C"');
        expect(await services.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true },
        })).toEqual([
            { range: { start: { line: 0, character: 12 }, end: { line: 0, character: 14 } }, newText: ' ' },
            { range: { start: { line: 1, character: 12 }, end: { line: 5, character: 0 } }, newText: '\n\n' },
            { range: { start: { line: 5, character: 12 }, end: { line: 5, character: 12 } }, newText: '\n' },
        ]);
    });
});
