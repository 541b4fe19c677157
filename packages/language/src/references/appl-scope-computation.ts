import {
    Cancellation, DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols,
} from 'langium';
import { astTreeOf, visitInBatches } from '../workspace/ast-nodes.js';

/**
 * Every named thing in a plan file is visible by its id to the whole file and to files that import
 * it: weaknesses inside inspections and actions inside areas included. Ids are not qualified.
 * Both walks use the nodes listed once per parse (see workspace/ast-nodes.ts).
 */
export class ApplScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        await visitInBatches(astTreeOf(document.parseResult.value).nodes, cancelToken,
            node => this.addExportedSymbol(node, exports, document));
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const nodes = astTreeOf(document.parseResult.value).nodes;
        // The root is not a symbol of any scope: Langium's walk starts below it.
        await visitInBatches(nodes.slice(1), cancelToken, node => this.addLocalSymbol(node, document, symbols));
        return symbols;
    }
}
