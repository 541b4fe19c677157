import {
    AstUtils, Cancellation, DefaultIndexManager, stream, type AstNode, type LangiumDocument, type ReferenceDescription,
    type Stream, type URI,
} from 'langium';

/**
 * Langium's index, answering "who refers to this node" from a lookup table instead of a scan of every
 * reference in the workspace: the `unused` rule asks it for every measure, person and organisation on
 * every keystroke, and code lenses and rename ask it too. The table is rebuilt on the first question
 * after the references of any document change, and lists references in the order Langium's scan does.
 */
export class ApplIndexManager extends DefaultIndexManager {
    private byTarget: Map<string, ReferenceDescription[]> | undefined;

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.byTarget ??= this.tabulate();
        return stream(this.byTarget.get(targetKey(AstUtils.getDocument(targetNode).uri.toString(), astNodePath)) ?? []);
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.updateReferences(document, cancelToken);
        this.byTarget = undefined;
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.byTarget = undefined;
    }

    private tabulate(): Map<string, ReferenceDescription[]> {
        const table = new Map<string, ReferenceDescription[]>();
        for (const descriptions of this.referenceIndex.values()) {
            for (const description of descriptions) {
                const key = targetKey(description.targetUri.toString(), description.targetPath);
                const list = table.get(key);
                if (list) {
                    list.push(description);
                } else {
                    table.set(key, [description]);
                }
            }
        }
        return table;
    }
}

function targetKey(uri: string, path: string): string {
    return `${uri}#${path}`;
}
