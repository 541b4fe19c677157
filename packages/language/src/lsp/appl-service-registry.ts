import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

/**
 * Langium's registry picks a document's language from its open editor, else from its file extension.
 * An editor document without a file (`untitled:Untitled-1`) has no extension, so once it is closed
 * the registry would no longer know it while it is still in the workspace, and every build step that
 * asks would throw. This registry remembers the language of each document it saw open until the
 * document leaves the workspace (`forget`).
 */
export class ApplServiceRegistry extends DefaultServiceRegistry {
    private readonly openedAs = new Map<string, LangiumCoreServices>();

    override getServices(uri: URI): LangiumCoreServices {
        const key = uri.toString();
        if (this.textDocuments?.get(key)) {
            const services = super.getServices(uri);
            this.openedAs.set(key, services);
            return services;
        }
        return this.openedAs.get(key) ?? super.getServices(uri);
    }

    /** The document left the workspace: its language need not be remembered any more. */
    forget(uri: URI): void {
        this.openedAs.delete(uri.toString());
    }
}
