// Opening and saving .appl files on the author's computer: with the File System Access API where the
// browser has it (Chromium-based browsers: the file is saved back in place), else by upload and
// download, which every browser has.

const PICKER_TYPES = [{ description: 'APPL plans', accept: { 'text/plain': ['.appl'] } }];

export interface OpenedFile {
    name: string;
    text: string;
    handle?: FileSystemFileHandle;
}

/** Asks for one or more .appl files. An empty list when the author cancels. */
export async function openFromDisk(fallbackInput: HTMLInputElement): Promise<OpenedFile[]> {
    if (window.showOpenFilePicker) {
        let handles: FileSystemFileHandle[];
        try {
            handles = await window.showOpenFilePicker({ multiple: true, types: PICKER_TYPES });
        } catch (error) {
            if (isAbort(error)) return [];
            throw error;
        }
        return Promise.all(handles.map(async handle => {
            const file = await handle.getFile();
            return { name: file.name, text: await file.text(), handle };
        }));
    }
    return new Promise(resolve => {
        fallbackInput.value = '';
        fallbackInput.onchange = async () => {
            const files = [...fallbackInput.files ?? []];
            resolve(await Promise.all(files.map(async file => ({ name: file.name, text: await file.text() }))));
        };
        fallbackInput.oncancel = () => resolve([]);
        fallbackInput.click();
    });
}

/**
 * Saves a file: back where it came from when the browser gave us a handle, else where the author
 * chooses (a save dialog, or the browser's downloads). Returns the handle to save to next time, or
 * undefined when the author cancelled; "downloaded" when the file went to the downloads.
 */
export async function saveToDisk(name: string, text: string, handle?: FileSystemFileHandle): Promise<FileSystemFileHandle | 'downloaded' | undefined> {
    if (!handle && window.showSaveFilePicker) {
        try {
            handle = await window.showSaveFilePicker({ suggestedName: name, types: PICKER_TYPES });
        } catch (error) {
            if (isAbort(error)) return undefined;
            throw error;
        }
    }
    if (handle) {
        const writable = await handle.createWritable();
        await writable.write(text);
        await writable.close();
        return handle;
    }
    download(name, new Blob([text], { type: 'text/plain;charset=utf-8' }));
    return 'downloaded';
}

/** Gives a file to the browser's downloads. */
export function download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function isAbort(error: unknown): boolean {
    return error instanceof DOMException && error.name === 'AbortError';
}
