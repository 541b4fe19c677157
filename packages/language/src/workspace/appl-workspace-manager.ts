import { DefaultWorkspaceManager, type LangiumDocument, type Stream, type URI } from 'langium';
import { describeReadError } from './plan-files.js';

/**
 * Langium's workspace manager loads every plan file of the editor's workspace folders at start-up; one
 * file it cannot read (too large, no permission, gone since the folder was listed) would stop the whole
 * workspace from loading. This one leaves such a file out, says so in the server's log, and loads the rest.
 */
export class ApplWorkspaceManager extends DefaultWorkspaceManager {
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.toArray().map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.error(`APPL: left out ${uri.fsPath || uri.toString()}: ${describeReadError(error)}.`);
            }
        }));
    }
}
