import { Cancellation, DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';
import { astTreeOf, visitInBatches } from '../workspace/ast-nodes.js';

/** Langium's reference index entries, from the references listed once per parse (see workspace/ast-nodes.ts). */
export class ApplReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await visitInBatches(astTreeOf(document.parseResult.value).references, cancelToken, info => {
            if (!info.reference.error) {
                descriptions.push(...this.createInfoDescriptions(info));
            }
        });
        return descriptions;
    }
}
