import { ReadDirectoryRequest, ReadFileRequest, type DirectoryEntry, type FileParams } from 'appl-language/protocol';
import { FileType, Uri, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/**
 * The browser server has no disk: it asks for the files a plan imports and for the workspace's
 * folders (protocol.ts), and the extension reads them through VS Code, whatever the file system
 * (a GitHub repository on github.dev, a local folder on vscode.dev). The desktop server reads the
 * disk itself and never asks.
 */
export function answerFileRequests(client: BaseLanguageClient): Disposable[] {
    return [
        client.onRequest(ReadFileRequest.method, async ({ uri }: FileParams): Promise<string | null> => {
            try {
                return new TextDecoder().decode(await workspace.fs.readFile(Uri.parse(uri)));
            } catch {
                return null; // no such file: the importing plan reports the missing import
            }
        }),
        client.onRequest(ReadDirectoryRequest.method, async ({ uri }: FileParams): Promise<DirectoryEntry[] | null> => {
            const folder = Uri.parse(uri);
            try {
                return (await workspace.fs.readDirectory(folder)).map(([name, type]) => ({
                    uri: Uri.joinPath(folder, name).toString(),
                    isFile: (type & FileType.File) !== 0,
                    isDirectory: (type & FileType.Directory) !== 0,
                }));
            } catch {
                return null;
            }
        }),
    ];
}
