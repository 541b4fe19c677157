// The page's files: the repository's examples (bundled when the page was built), the files the author
// opened from the disk, and new plans. The language server in the worker has no disk and reads a
// plan's imports from here (appl/readFile, appl/readDirectory); the editor shows one file at a time.
import type { DirectoryEntry } from 'appl-language/protocol';

export type FileOrigin = 'example' | 'disk' | 'new';

export interface PlanFile {
    /** file:///examples/medway/app-2020.appl, file:///my-plans/medway-app.appl */
    uri: string;
    /** What the page shows: medway/app-2020.appl, medway-app.appl */
    name: string;
    origin: FileOrigin;
    /** The text as last saved into this store (the editor holds newer text while it is open). */
    text: string;
    /** Where to save it back, when the browser opened it with the File System Access API. */
    handle?: FileSystemFileHandle;
}

export const EXAMPLES_FOLDER = 'file:///examples/';
export const MY_PLANS_FOLDER = 'file:///my-plans/';

export class PlanFiles {
    private readonly files = new Map<string, PlanFile>();

    add(file: PlanFile): PlanFile {
        this.files.set(file.uri, file);
        return file;
    }

    get(uri: string): PlanFile | undefined {
        return this.files.get(uri);
    }

    all(): PlanFile[] {
        return [...this.files.values()];
    }

    setText(uri: string, text: string): void {
        const file = this.files.get(uri);
        if (file) file.text = text;
    }

    /** The text of a file, for the server: null when there is none. */
    readFile(uri: string): string | null {
        return this.files.get(normalise(uri))?.text ?? null;
    }

    /** The entries directly inside a folder, for the server: null when no file lies under it. */
    readDirectory(uri: string): DirectoryEntry[] | null {
        const folder = normalise(uri).replace(/\/?$/, '/');
        const entries = new Map<string, DirectoryEntry>();
        for (const file of this.files.keys()) {
            if (!file.startsWith(folder)) continue;
            const [first, ...rest] = file.slice(folder.length).split('/');
            const entry = folder + first;
            entries.set(entry, { uri: entry, isFile: rest.length === 0, isDirectory: rest.length > 0 });
        }
        return entries.size > 0 ? [...entries.values()] : null;
    }
}

/** The server writes URIs in their canonical form (file:///my%20plans/…); the store keeps them so too. */
function normalise(uri: string): string {
    try {
        return new URL(uri).href;
    } catch {
        return uri;
    }
}

/** The URI of a file the author opened or created, by its name. */
export function myPlanUri(name: string): string {
    return new URL(encodeURIComponent(name), MY_PLANS_FOLDER).href;
}
