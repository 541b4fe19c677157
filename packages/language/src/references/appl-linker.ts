import { Cancellation, DefaultLinker, type LangiumDocument } from 'langium';
import { astTreeOf, visitInBatches } from '../workspace/ast-nodes.js';

/** Langium's linker, walking the references listed once per parse (see workspace/ast-nodes.ts). */
export class ApplLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        await visitInBatches(astTreeOf(document.parseResult.value).references, cancelToken,
            reference => this.doLink(reference, document));
    }
}
