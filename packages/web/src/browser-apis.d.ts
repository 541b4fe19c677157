// What the page uses that TypeScript's DOM library does not declare yet.

declare module 'virtual:appl-examples' {
    /** Every plan under the repository's examples/, read when the page was built (build.mjs). */
    const examples: Array<{ path: string, text: string }>;
    export default examples;
}

/** The File System Access API's pickers (Chromium-based browsers; others fall back to upload/download). */
interface FilePickerOptions {
    types?: Array<{ description: string, accept: Record<string, string[]> }>;
    excludeAcceptAllOption?: boolean;
    multiple?: boolean;
    suggestedName?: string;
}

interface Window {
    /** The language server's worker, started by start-worker.js before the page's code loads. */
    applServerWorker?: Worker;
    showOpenFilePicker?(options?: FilePickerOptions): Promise<FileSystemFileHandle[]>;
    showSaveFilePicker?(options?: FilePickerOptions): Promise<FileSystemFileHandle>;
}
