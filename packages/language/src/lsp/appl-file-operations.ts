import { GrammarUtils, URI, UriUtils, type LangiumDocuments } from 'langium';
import type { FileOperationHandler, LangiumSharedServices } from 'langium/lsp';
import type { FileOperationOptions, RenameFilesParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { isDocument } from '../generated/ast.js';

/**
 * Keeps imports right when plan files or folders are renamed or moved in the editor
 * (`workspace/willRenameFiles`): every `import` that points at a renamed file, and every import of a
 * moved file (its paths are relative to it), gets the path from the file's new place. The edits are
 * applied before the rename, so they are keyed by the files' present URIs.
 */
export class ApplFileOperationHandler implements FileOperationHandler {
    protected readonly documents: LangiumDocuments;

    readonly fileOperationOptions: FileOperationOptions = {
        willRename: {
            filters: [
                { scheme: 'file', pattern: { glob: '**/*.appl', matches: 'file' } },
                { scheme: 'file', pattern: { glob: '**/*', matches: 'folder' } },
            ],
        },
    };

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
    }

    willRenameFiles(params: RenameFilesParams): WorkspaceEdit | null {
        const renames = params.files.map(file => ({ from: URI.parse(file.oldUri).toString(), to: URI.parse(file.newUri).toString() }));
        const moved = (uri: URI): URI => {
            const text = uri.toString();
            for (const { from, to } of renames) {
                if (text === from) {
                    return URI.parse(to);
                }
                if (text.startsWith(`${from}/`)) {
                    return URI.parse(to + text.slice(from.length));
                }
            }
            return uri;
        };
        const changes: Record<string, TextEdit[]> = {};
        for (const document of this.documents.all) {
            const root = document.parseResult.value;
            if (!isDocument(root)) {
                continue;
            }
            const newHome = moved(document.uri);
            for (const imported of root.imports) {
                const node = imported.$cstNode && GrammarUtils.findNodeForProperty(imported.$cstNode, 'path');
                if (!imported.path || !node) {
                    continue;
                }
                const target = UriUtils.resolvePath(UriUtils.dirname(document.uri), imported.path);
                const path = relativePath(newHome, moved(target), imported.path);
                if (path !== imported.path) {
                    (changes[document.uri.toString()] ??= []).push({ range: node.range, newText: JSON.stringify(path) });
                }
            }
        }
        return Object.keys(changes).length > 0 ? { changes } : null;
    }
}

/** The path from a file's folder to another file, with / and in the style written before (a leading ./). */
function relativePath(from: URI, to: URI, written: string): string {
    const path = UriUtils.relative(UriUtils.dirname(from), to);
    return written.startsWith('./') && !path.startsWith('../') ? `./${path}` : path;
}
