import { URI, type FileSystemProvider, type TextDocument, type TextDocumentProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import { ApplServiceRegistry } from './appl-service-registry.js';

/**
 * What the workspace does when the editor closes a document. A document with a file behind it goes
 * back to the file's text (the editor may close it unsaved); one without (`untitled:`, an unsaved new
 * file, a `git:` diff view) leaves the workspace, so that no build ever tries to read it from disk.
 * A build that fails is logged: the server goes on serving the next edit.
 */
export class ApplDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    protected readonly fileSystem: FileSystemProvider;
    protected readonly textDocuments: TextDocumentProvider | undefined;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.textDocuments = services.workspace.TextDocuments;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        this.afterReady(token => {
            if (this.textDocuments?.get(uri.toString())) {
                return Promise.resolve(); // opened again since: the open's own update rebuilds it
            }
            if (this.hasFile(uri)) {
                return this.documentBuilder.update([uri], [], token);
            }
            const update = this.documentBuilder.update([], [uri], token);
            if (this.serviceRegistry instanceof ApplServiceRegistry) {
                this.serviceRegistry.forget(uri);
            }
            return update;
        });
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.afterReady(token => this.documentBuilder.update(changed, deleted, token));
    }

    private afterReady(action: Parameters<LangiumSharedServices['workspace']['WorkspaceLock']['write']>[0]): void {
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(action))
            .catch((error: unknown) => console.error('APPL: a build of the workspace failed; the next edit starts a new one.', error));
    }

    private hasFile(uri: URI): boolean {
        try {
            return uri.scheme === 'file' && this.fileSystem.statSync(uri).isFile;
        } catch {
            return false;
        }
    }
}
