import { afterEach, describe, expect, test } from 'vitest';
import { addFiles, createLspTestServices, planUri, reset } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

const uri = (name: string) => planUri(name).toString();

async function willRename(files: Record<string, string>, renames: Array<[string, string]>) {
    await addFiles(services, files);
    return services.shared.lsp.FileOperationHandler!.willRenameFiles!({
        files: renames.map(([from, to]) => ({ oldUri: uri(from), newUri: uri(to) })),
    });
}

describe('renaming files and folders', () => {
    test('announces that it keeps imports right when .appl files or folders are renamed', () => {
        expect(services.shared.lsp.FileOperationHandler!.fileOperationOptions).toEqual({
            willRename: { filters: [
                { scheme: 'file', pattern: { glob: '**/*.appl', matches: 'file' } },
                { scheme: 'file', pattern: { glob: '**/*', matches: 'folder' } },
            ] },
        });
    });

    test('rewrites the imports of a renamed file in every file that imports it', async () => {
        const edit = await willRename({
            'people.appl': 'person jane-doe "Jane Doe"\n',
            'app.appl': 'import "people.appl"\nplan "App" { type APP }\n',
            'wsoa/wsoa.appl': 'import "../people.appl" // the same people\nplan "Wsoa" { type WSOA }\n',
            'other.appl': 'person bob "Bob"\n',
        }, [['people.appl', 'shared/medway-people.appl']]);
        expect(edit).toEqual({ changes: {
            [uri('app.appl')]: [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 20 } }, newText: '"shared/medway-people.appl"' }],
            [uri('wsoa/wsoa.appl')]: [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 23 } }, newText: '"../shared/medway-people.appl"' }],
        } });
    });

    test('rewrites the imports of a file moved to another folder, which are relative to it', async () => {
        const edit = await willRename({
            'people.appl': 'person jane-doe "Jane Doe"\n',
            'app.appl': 'import "./people.appl"\nplan "App" { type APP }\n',
        }, [['app.appl', '2021/app.appl']]);
        expect(edit).toEqual({ changes: {
            [uri('app.appl')]: [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 22 } }, newText: '"../people.appl"' }],
        } });
    });

    test('follows a renamed folder: imports into it and out of it, none between files that move together', async () => {
        const edit = await willRename({
            'shared/people.appl': 'person jane-doe "Jane Doe"\n',
            'shared/findings.appl': 'import "people.appl"\ninspection revisit { }\n',
            'app.appl': 'import "shared/people.appl"\nimport "shared/findings.appl"\nplan "App" { type APP }\n',
            'shared/outside.appl': 'import "../app.appl"\n',
        }, [['shared', 'medway']]);
        expect(edit).toEqual({ changes: {
            [uri('app.appl')]: [
                { range: { start: { line: 0, character: 7 }, end: { line: 0, character: 27 } }, newText: '"medway/people.appl"' },
                { range: { start: { line: 1, character: 7 }, end: { line: 1, character: 29 } }, newText: '"medway/findings.appl"' },
            ],
        } });
    });

    test('changes nothing when no import is affected', async () => {
        expect(await willRename({ 'a.appl': 'person a "A"\n', 'b.appl': 'import "a.appl"\n' }, [['c.appl', 'd.appl']])).toBeNull();
    });
});
