import {
    DefaultDocumentBuilder, delayNextTick, DocumentState, isOperationCancelled, OperationCancelled, URI, UriUtils,
    type BuildOptions, type Cancellation, type LangiumDocument,
} from 'langium';
import type { ApplServices } from '../appl-module.js';
import { CONFIG_FILE_NAME } from '../config/project-config.js';
import type { ImportResolver } from '../references/import-resolver.js';
import { describeReadError } from './plan-files.js';

/**
 * Builds documents together with the files they import. `appl check plan.appl` names one file, and an
 * editor may open a single plan with no workspace folder (Neovim, or a file outside the folder), so
 * nothing else has loaded the files it imports; before each build this loads them, transitively,
 * through the FileSystemProvider, and builds them in the same pass, so the plan's names resolve on the
 * first diagnostics. Files already loaded (open in the editor or found in the workspace folder) are
 * left alone; an import that cannot be read is reported by the unresolved-reference rule, and is
 * looked for again on the next build.
 */
export class ApplDocumentBuilder extends DefaultDocumentBuilder {
    /** Whether the update being built changed a project config: then every plan is re-checked. */
    private configChanged = false;
    /** Requests waiting for the workspace to reach a state (see awaitBuilderState). */
    private readonly builderWaiters = new Set<{ state: DocumentState, wake: () => void }>();

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        // A parse cannot be interrupted, and the language server reads one message per turn of the
        // event loop: let the keystrokes already waiting in the queue arrive (each cancels this build)
        // before starting to parse, so that a burst of typing costs one parse, not one per keystroke.
        if (documents.some(document => document.state < DocumentState.Parsed)) {
            await delayNextTick();
            await delayNextTick();
            if (cancelToken.isCancellationRequested) {
                throw OperationCancelled;
            }
        }
        // Imports are known only once a document is parsed, so run the build's first phase here; the
        // default build then finds nothing left to parse.
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken,
            document => this.langiumDocumentFactory.update(document, cancelToken));
        const imported = await this.loadMissingImports(documents, cancelToken);
        await super.buildDocuments(imported.length > 0 ? [...documents, ...imported] : documents, options, cancelToken);
        for (const waiter of [...this.builderWaiters]) {
            if (this.currentState >= waiter.state) {
                waiter.wake();
            }
        }
    }

    /**
     * Langium wakes a request waiting for the workspace to reach a state from that phase's event, which
     * a build with no document to rebuild (after an editor closed an unsaved document, say) never
     * fires, though the workspace reaches the state: such a request waited for the next edit. The wait
     * also ends when a build ends in the state.
     */
    protected override awaitBuilderState(state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const waiting = super.awaitBuilderState(state, cancelToken);
        if (this.currentState >= state) {
            return waiting;
        }
        return new Promise((resolve, reject) => {
            const waiter = { state, wake: () => { this.builderWaiters.delete(waiter); resolve(); } };
            this.builderWaiters.add(waiter);
            waiting.then(waiter.wake, (error: unknown) => { this.builderWaiters.delete(waiter); reject(error); });
        });
    }

    /**
     * A plan's findings depend on the files it imports (weaknesses to cover, boards), and a shared
     * file's on the plans importing it (whether anyone refers to a person), so a change to one
     * re-checks the other even when no reference between them changed.
     */
    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        // A project config that changed, appeared or went away changes the levels of every plan's findings.
        this.configChanged = [...changed, ...deleted].some(uri => UriUtils.basename(uri) === CONFIG_FILE_NAME);
        if (this.configChanged) {
            for (const services of this.serviceRegistry.all) {
                (services as Partial<ApplServices>).config?.ProjectConfig.clear();
                (services as Partial<ApplServices>).references?.ImportResolver.roots.clear();
            }
        }
        return super.update(changed, deleted, cancelToken);
    }

    /**
     * A request waits for its document to be built; a document that leaves the workspace first (an
     * editor closing an unsaved one) is never built again, so the wait ends there, as cancelled.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: Cancellation.CancellationToken): Promise<URI> {
        const waiting = super.awaitDocumentState(state, uri, cancelToken);
        return new Promise((resolve, reject) => {
            const gone = this.onUpdate((_changed, deleted) => {
                if (deleted.some(other => UriUtils.equals(other, uri))) {
                    gone.dispose();
                    reject(OperationCancelled);
                }
            });
            waiting.then(value => { gone.dispose(); resolve(value); }, (error: unknown) => { gone.dispose(); reject(error); });
        });
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.configChanged || super.shouldRelink(document, changedUris)) {
            return true;
        }
        const resolver = this.importResolver(document.uri);
        if (!resolver) {
            return false;
        }
        if ([...resolver.visibleUris(document)].some(uri => changedUris.has(uri))) {
            return true;
        }
        const key = document.uri.toString();
        return [...changedUris].some(uri => {
            const changed = this.langiumDocuments.getDocument(URI.parse(uri));
            return changed !== undefined && changed !== document && resolver.visibleUris(changed).has(key);
        });
    }

    /**
     * Works out where the imports of the given documents lead (ImportResolver.checkImports: inside the
     * project, regular plan files) and reads the files they import, directly or not, that are not
     * loaded yet. A file that cannot be read is reported at the import by the unresolved-reference rule
     * and looked for again on the next build.
     */
    protected async loadMissingImports(documents: readonly LangiumDocument[], cancelToken: Cancellation.CancellationToken): Promise<LangiumDocument[]> {
        const loaded: LangiumDocument[] = [];
        const checked = new Set<LangiumDocument>();
        const queue = [...documents];
        while (queue.length > 0) {
            const importing = queue.shift()!;
            const resolver = this.importResolver(importing.uri);
            if (!resolver || checked.has(importing)) {
                continue;
            }
            checked.add(importing);
            for (const [path, check] of await resolver.checkImports(importing)) {
                if (!check.uri || this.langiumDocuments.hasDocument(check.uri) || !this.serviceRegistry.hasServices(check.uri)) {
                    continue;
                }
                const document = await this.readDocument(check.uri, cancelToken);
                if (!document.document) {
                    resolver.refuse(importing, path, { kind: 'unreadable', reason: document.reason });
                } else if (!this.langiumDocuments.hasDocument(check.uri)) {
                    this.langiumDocuments.addDocument(document.document);
                    resolver.roots.inherit(document.document, await resolver.roots.rootOf(importing));
                    loaded.push(document.document);
                    queue.push(document.document);
                }
            }
        }
        return loaded;
    }

    protected async readDocument(uri: URI, cancelToken: Cancellation.CancellationToken): Promise<{ document?: LangiumDocument, reason: string }> {
        try {
            return { document: await this.langiumDocumentFactory.fromUri(uri, cancelToken), reason: '' };
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            return { reason: describeReadError(error) };
        }
    }

    private importResolver(uri: URI): ImportResolver | undefined {
        const references = this.serviceRegistry.getServices(uri).references as { ImportResolver?: ImportResolver };
        return references.ImportResolver;
    }
}
