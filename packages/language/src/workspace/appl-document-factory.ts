import {
    Cancellation, DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type ParserOptions, type TextDocument, type URI,
} from 'langium';
import { reparseDeclaration } from './declaration-reparse.js';
import { dropInfiniteNumbers } from './finite-numbers.js';

/**
 * Langium's document factory, re-parsing only the declaration an edit falls inside when it can
 * (see declaration-reparse.ts), and the whole text otherwise.
 */
export class ApplDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The parse results of the documents being updated, by URI: what the new text is compared with. */
    private readonly previous = new Map<string, ParseResult<AstNode>>();

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancelToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancelToken);
        } finally {
            this.previous.delete(key);
        }
    }

    /**
     * An editor document that was closed (an `untitled:` one has no file to go back to) or a file that
     * went away keeps its last text until the workspace forgets it, rather than failing the build.
     */
    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined,
        cancelToken: Cancellation.CancellationToken): Promise<string> {
        try {
            return await super.getUpdatedText(document, textDocument, cancelToken);
        } catch {
            return document.parseResult.value.$cstNode?.root.fullText ?? '';
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancelToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const previous = this.previous.get(uri.toString());
        const spliced = previous && reparseDeclaration(this.serviceRegistry.getServices(uri).parser.LangiumParser, previous, text);
        const result = spliced ? spliced as unknown as ParseResult<T> : await super.parseAsync<T>(uri, text, cancelToken);
        dropInfiniteNumbers(text, result.value);
        return result;
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        const result = super.parse<T>(uri, text, options);
        dropInfiniteNumbers(text, result.value);
        return result;
    }
}
