import { UriUtils, type FileSystemProvider, type LangiumCoreServices, type LangiumDocument, type LangiumDocuments, URI } from 'langium';
import { isDocument, type Import } from '../generated/ast.js';
import { describeReadError, isInsideFolder, isPlanFileSystem, PLAN_FILE_EXTENSION } from '../workspace/plan-files.js';
import { ProjectRoots } from './project-root.js';

/** Half of a UTF-16 surrogate pair: no file name holds one, and a URI cannot encode it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why an import cannot be used; the unresolved-reference rule words each for the author. */
export type ImportProblem =
    /** The path cannot name a file: empty, or holding a character no file name holds (NUL, half a UTF-16 pair). */
    | { kind: 'invalid-path' }
    /** The importing document has no folder (an editor's unsaved `untitled:` document). */
    | { kind: 'no-folder' }
    | { kind: 'outside-project', root: URI }
    | { kind: 'missing' }
    | { kind: 'folder' }
    | { kind: 'not-plan-file' }
    /** A device, a pipe or a socket, which a read would hang on or never finish. */
    | { kind: 'not-regular-file' }
    /** Found but not readable (permission, size); the reason in words. */
    | { kind: 'unreadable', reason: string };

/** What an import statement leads to: a plan file to load, or why it cannot be used. */
export interface ImportCheck {
    uri?: URI;
    problem?: ImportProblem;
}

/**
 * Resolves `import "file.appl"` relative to the importing file, keeps imports inside the importing
 * plan's project (ProjectRoots; through real paths, so a symbolic link cannot lead out), and computes
 * the set of files a document can see: itself and everything it imports, directly or through other
 * imports. `checkImports` runs before each build of a document (ApplDocumentBuilder); until then a
 * document sees no imports at all, so nothing outside the project is ever read or seen.
 */
export class ImportResolver {
    protected readonly documents: LangiumDocuments;
    protected readonly fileSystem: FileSystemProvider;
    readonly roots: ProjectRoots;
    private readonly checks = new WeakMap<LangiumDocument, Map<string, ImportCheck>>();

    constructor(services: LangiumCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.roots = new ProjectRoots(this.fileSystem, () => services.shared.workspace.WorkspaceManager);
    }

    /** The URI an import path points at, whether or not that file exists; undefined when no file can have that name. */
    resolve(importingUri: URI, path: string): URI | undefined {
        if (!path || LONE_SURROGATE.test(path) || path.includes('\0')) {
            return undefined;
        }
        return UriUtils.resolvePath(UriUtils.dirname(importingUri), path);
    }

    /** Works out where each import of the document leads, or why it cannot be used (see ImportCheck). */
    async checkImports(document: LangiumDocument): Promise<Map<string, ImportCheck>> {
        const checks = new Map<string, ImportCheck>();
        for (const path of importPaths(document)) {
            if (!checks.has(path)) {
                checks.set(path, await this.checkImport(document, path));
            }
        }
        this.checks.set(document, checks);
        return checks;
    }

    /** The check of one import path of a document, as the last build worked it out. */
    checkOf(document: LangiumDocument, path: string): ImportCheck | undefined {
        return this.checks.get(document)?.get(path);
    }

    /** An import that looked usable could not be read after all. */
    refuse(document: LangiumDocument, path: string, problem: ImportProblem): void {
        this.checks.get(document)?.set(path, { problem });
    }

    /** The URIs of the usable imports of a document, in the order they are written. */
    importedUris(document: LangiumDocument): URI[] {
        const checks = this.checks.get(document);
        if (!checks) {
            return [];
        }
        return [...checks.values()].flatMap(check => check.uri ? [check.uri] : []);
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

    /**
     * The shortest chain of imports from `target` back to `document` (both included, `document` at
     * both ends), when importing `target` closes a cycle.
     */
    cycleThrough(document: LangiumDocument, target: URI): URI[] | undefined {
        const start = document.uri.toString();
        if (target.toString() === start) {
            return [document.uri, document.uri];
        }
        const previous = new Map<string, string | undefined>([[target.toString(), undefined]]);
        const queue = [target];
        while (queue.length > 0) {
            const current = queue.shift()!;
            const loaded = this.documents.getDocument(current);
            for (const next of loaded ? this.importedUris(loaded) : []) {
                const key = next.toString();
                if (key === start) {
                    const chain = [document.uri];
                    for (let at: string | undefined = current.toString(); at !== undefined; at = previous.get(at)) {
                        chain.push(URI.parse(at));
                    }
                    return [document.uri, ...chain.slice(1).reverse(), document.uri];
                }
                if (!previous.has(key)) {
                    previous.set(key, current.toString());
                    queue.push(next);
                }
            }
        }
        return undefined;
    }

    private async checkImport(document: LangiumDocument, path: string): Promise<ImportCheck> {
        const uri = this.resolve(document.uri, path);
        if (!uri) {
            return { problem: { kind: 'invalid-path' } };
        }
        // An editor's unsaved new file has a name but no folder. Any other scheme (file:, and a browser
        // editor's vscode-vfs: or the web page's own) has folders, read through the file system provider.
        if (document.uri.scheme === 'untitled') {
            return { problem: { kind: 'no-folder' } };
        }
        const root = await this.roots.rootOf(document);
        if (!isInsideFolder(root.path, uri.path)) {
            return { problem: { kind: 'outside-project', root } };
        }
        let node;
        try {
            node = await this.fileSystem.stat(uri);
        } catch (error) {
            const code = (error as { code?: string })?.code;
            if (code === 'ENOENT' || code === 'ENOTDIR' || code === undefined) {
                // An editor's unsaved new file can still be imported: its text is in the workspace.
                return this.documents.hasDocument(uri) && uri.path.endsWith(PLAN_FILE_EXTENSION)
                    ? { uri } : { problem: { kind: 'missing' } };
            }
            return { problem: { kind: 'unreadable', reason: describeReadError(error) } };
        }
        if (node.isDirectory) {
            return { problem: { kind: 'folder' } };
        }
        if (!node.isFile) {
            return { problem: { kind: 'not-regular-file' } };
        }
        if (!uri.path.endsWith(PLAN_FILE_EXTENSION)) {
            return { problem: { kind: 'not-plan-file' } };
        }
        if (isPlanFileSystem(this.fileSystem)) {
            try {
                const [realRoot, realTarget] = await Promise.all([this.fileSystem.realPath(root), this.fileSystem.realPath(uri)]);
                if (!isInsideFolder(realRoot.path, realTarget.path)) {
                    return { problem: { kind: 'outside-project', root } };
                }
            } catch (error) {
                return { problem: { kind: 'unreadable', reason: describeReadError(error) } };
            }
        }
        return { uri };
    }
}

/** The import paths of a document, in the order they are written (an import without a path has none). */
export function importPaths(document: LangiumDocument): string[] {
    const root = document.parseResult.value;
    return isDocument(root) ? root.imports.filter(hasPath).map(imp => imp.path) : [];
}

function hasPath(imp: Import): boolean {
    return typeof imp.path === 'string';
}
