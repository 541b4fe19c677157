import { URI, UriUtils, type LangiumDocument, type LangiumDocuments, type LangiumCoreServices } from 'langium';
import { isDocument, type Import } from '../generated/ast.js';

/**
 * Resolves `import "file.appl"` relative to the importing file, and the set of files a document can
 * see: itself and everything it imports, directly or through other imports.
 */
export class ImportResolver {
    protected readonly documents: LangiumDocuments;

    constructor(services: LangiumCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** The URI an import statement points at, whether or not that file exists. */
    resolve(importingUri: URI, path: string): URI {
        return UriUtils.resolvePath(UriUtils.dirname(importingUri), path);
    }

    /** The URIs that the imports of a document point at, in the order they are written. */
    importedUris(document: LangiumDocument): URI[] {
        const root = document.parseResult.value;
        if (!isDocument(root)) {
            return [];
        }
        return root.imports.filter(hasPath).map(imp => this.resolve(document.uri, imp.path));
    }

    /** The document and every loaded document it imports, transitively; cycles are harmless. */
    visibleDocuments(document: LangiumDocument): LangiumDocument[] {
        const seen = new Map<string, LangiumDocument>([[document.uri.toString(), document]]);
        const queue = [document];
        while (queue.length > 0) {
            for (const uri of this.importedUris(queue.shift()!)) {
                const key = uri.toString();
                if (!seen.has(key) && this.documents.hasDocument(uri)) {
                    const imported = this.documents.getDocument(uri)!;
                    seen.set(key, imported);
                    queue.push(imported);
                }
            }
        }
        return [...seen.values()];
    }

    /** URIs of visibleDocuments, as the index expects them. */
    visibleUris(document: LangiumDocument): Set<string> {
        return new Set(this.visibleDocuments(document).map(doc => doc.uri.toString()));
    }
}

function hasPath(imp: Import): boolean {
    return typeof imp.path === 'string' && imp.path.length > 0;
}
