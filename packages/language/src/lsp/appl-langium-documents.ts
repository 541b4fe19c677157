import { DefaultLangiumDocuments, isOperationCancelled, type Cancellation, type LangiumDocument, type URI } from 'langium';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/**
 * A request about a document the workspace does not hold makes Langium read it from disk; when there is
 * no such file (an unsaved document the editor has just closed) the request fails with the protocol's
 * ServerCancelled, as a request waiting for an unknown document does, instead of an internal error.
 */
export class ApplLangiumDocuments extends DefaultLangiumDocuments {
    override async getOrCreateDocument(uri: URI, cancelToken?: Cancellation.CancellationToken): Promise<LangiumDocument> {
        try {
            return await super.getOrCreateDocument(uri, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error) || error instanceof ResponseError || this.hasDocument(uri)) {
                throw error;
            }
            throw new ResponseError(LSPErrorCodes.ServerCancelled, `No document found for URI: ${uri.toString()}`);
        }
    }
}
