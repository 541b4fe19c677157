import {
    AstUtils, DefaultScopeProvider, MapScope, WorkspaceCache,
    type ReferenceInfo, type Scope,
} from 'langium';
import type { ApplServices } from '../appl-module.js';
import type { ImportResolver } from './import-resolver.js';

/**
 * A reference resolves against the names of its own file and of the files it imports (transitively),
 * never against other files that happen to be open or in the same folder.
 */
export class ApplScopeProvider extends DefaultScopeProvider {
    protected readonly imports: ImportResolver;
    protected readonly visibleScopes: WorkspaceCache<string, Scope>;

    constructor(services: ApplServices) {
        super(services);
        this.imports = services.references.ImportResolver;
        this.visibleScopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}\n${referenceType}`;
        return this.visibleScopes.get(key, () =>
            new MapScope(this.indexManager.allElements(referenceType, this.imports.visibleUris(document))));
    }
}
