import { afterEach, describe, expect, test } from 'vitest';
import { addFiles, createLspTestServices, planUri, reset } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

describe('document links', () => {
    test('make each import\'s path a link to the file it imports, and only when that file exists', async () => {
        const { 'app.appl': document } = await addFiles(services, {
            'shared/people.appl': 'person jane-doe "Jane Doe"\n',
            'app.appl': 'import "shared/people.appl"\nimport "missing.appl"\nplan "P" { type APP }\n',
        });
        const links = await services.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        expect(links).toEqual([{
            range: { start: { line: 0, character: 8 }, end: { line: 0, character: 26 } },
            target: planUri('shared/people.appl').toString(),
            tooltip: 'Open people.appl',
        }]);
    });
});
