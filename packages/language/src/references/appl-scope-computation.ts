import { AstUtils, DefaultScopeComputation, type AstNodeDescription, type LangiumDocument } from 'langium';
import { Cancellation } from 'langium';

/**
 * Every named thing in a plan file is visible by its id to the whole file and to files that import
 * it: weaknesses inside inspections and actions inside areas included. Ids are not qualified.
 */
export class ApplScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        return this.collectExportedSymbolsForNode(document.parseResult.value, document, AstUtils.streamAllContents, cancelToken);
    }
}
