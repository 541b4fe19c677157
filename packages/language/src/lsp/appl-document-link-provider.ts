import { GrammarUtils, UriUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver';
import { isDocument } from '../generated/ast.js';
import type { ImportResolver } from '../references/import-resolver.js';
import type { ApplLspServices } from './appl-lsp-module.js';

/**
 * Each import's path is a link to the file it imports (Ctrl+click opens it), when the import is one the
 * checker accepts (inside the project, a plan file) and that file is loaded.
 */
export class ApplDocumentLinkProvider implements DocumentLinkProvider {
    protected readonly imports: ImportResolver;
    protected readonly documents: LangiumDocuments;

    constructor(services: ApplLspServices) {
        this.imports = services.references.ImportResolver;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    getDocumentLinks(document: LangiumDocument): DocumentLink[] {
        const root = document.parseResult.value;
        if (!isDocument(root)) {
            return [];
        }
        return root.imports.flatMap(imported => {
            const path = imported.path;
            const node = imported.$cstNode && GrammarUtils.findNodeForProperty(imported.$cstNode, 'path');
            if (!path || !node) {
                return [];
            }
            const target = this.imports.checkOf(document, path)?.uri;
            if (!target || !this.documents.hasDocument(target)) {
                return [];
            }
            // The path inside its quotes.
            const { start, end } = node.range;
            const range = { start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: end.character - 1 } };
            return [{ range, target: target.toString(), tooltip: `Open ${UriUtils.basename(target)}` }];
        });
    }
}
