import { URI, UriUtils, type FileSystemProvider, type LangiumDocument, type WorkspaceManager } from 'langium';
import { CONFIG_FILE_NAME } from '../config/project-config.js';
import { isInsideFolder } from '../workspace/plan-files.js';

/** What marks a project's root folder, for a file opened or checked outside an editor's workspace folder. */
const ROOT_MARKERS = [CONFIG_FILE_NAME, '.git'];

/**
 * The folder a plan's imports must stay inside: the editor's workspace folder that holds the plan;
 * else the nearest folder at or above the plan holding `appl.config.json` or `.git`; else the plan's
 * own folder. A file loaded because a plan imports it keeps that plan's root, so that a shared file's
 * own imports are judged as the plan's are. Marker look-ups are cached until `clear()`.
 */
export class ProjectRoots {
    private readonly markedFolders = new Map<string, Promise<boolean>>();
    private readonly inherited = new WeakMap<LangiumDocument, URI>();

    constructor(
        private readonly fileSystem: FileSystemProvider,
        private readonly workspaceManager: () => WorkspaceManager,
    ) {}

    async rootOf(document: LangiumDocument): Promise<URI> {
        const inherited = this.inherited.get(document);
        if (inherited) {
            return inherited;
        }
        const folder = this.workspaceFolderOf(document.uri);
        if (folder) {
            return folder;
        }
        const own = UriUtils.dirname(document.uri);
        for (let current = own; ; current = UriUtils.dirname(current)) {
            if (await this.isMarked(current)) {
                return current;
            }
            if (UriUtils.dirname(current).path === current.path) {
                return own;
            }
        }
    }

    /** A file loaded for an import: it is judged inside the importing plan's project. */
    inherit(document: LangiumDocument, root: URI): void {
        this.inherited.set(document, root);
    }

    clear(): void {
        this.markedFolders.clear();
    }

    private workspaceFolderOf(uri: URI): URI | undefined {
        const folders = this.workspaceManager().workspaceFolders ?? [];
        const containing = folders
            .map(folder => URI.parse(folder.uri))
            .filter(folder => folder.scheme === uri.scheme && isInsideFolder(folder.path, uri.path));
        // The innermost, when folders nest.
        return containing.sort((a, b) => b.path.length - a.path.length)[0];
    }

    private isMarked(folder: URI): Promise<boolean> {
        const key = folder.toString();
        let marked = this.markedFolders.get(key);
        if (!marked) {
            marked = Promise.all(ROOT_MARKERS.map(name => this.fileSystem.exists(UriUtils.joinPath(folder, name)).catch(() => false)))
                .then(found => found.some(Boolean));
            this.markedFolders.set(key, marked);
        }
        return marked;
    }
}
