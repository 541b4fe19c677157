import { type AstNode, type AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { describeForList } from './appl-completion-provider.js';

/**
 * "Go to Symbol in Workspace": every named thing in the loaded plans, found by its id or its words
 * ("quality" finds `ehcp-quality`, "EHC plans" finds it by its title), with its title beside it.
 */
export class ApplWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    protected readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.shared = shared;
    }

    override async getSymbols(params: WorkspaceSymbolParams, _cancelToken?: CancellationToken): Promise<WorkspaceSymbol[]> {
        const query = params.query.trim().toLowerCase();
        const symbols: WorkspaceSymbol[] = [];
        for (const description of this.indexManager.allElements()) {
            const node = this.nodeOf(description);
            const title = node ? describeForList(node) : undefined;
            if (matches(query, description.name) || (title !== undefined && matches(query, title))) {
                const symbol = this.getWorkspaceSymbol(description);
                if (symbol) {
                    symbols.push(title ? { ...symbol, containerName: title } : symbol);
                }
            }
        }
        return symbols;
    }

    protected nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) {
            return description.node;
        }
        const document = this.shared.workspace.LangiumDocuments.getDocument(description.documentUri);
        const root = document?.parseResult?.value;
        if (!root) {
            return undefined;
        }
        const services = this.shared.ServiceRegistry.getServices(description.documentUri);
        return services.workspace.AstNodeLocator.getAstNode(root, description.path);
    }
}

/** Every word of the query starts a word of the text, in order: "ehcp qual" finds "ehcp-quality". */
function matches(query: string, text: string): boolean {
    if (query === '' || text.toLowerCase().includes(query)) {
        return true;
    }
    const words = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    const wanted = query.split(/[^a-z0-9]+/).filter(Boolean);
    let at = 0;
    for (const part of wanted) {
        while (at < words.length && !words[at].startsWith(part)) {
            at++;
        }
        if (at === words.length) {
            return false;
        }
        at++;
    }
    return wanted.length > 0;
}
