import {
    DefaultDocumentValidator,
    type AstReflection, type LangiumCoreServices, type LangiumDocument, type ScopeProvider, type ValidationOptions,
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { UNRESOLVED_REFERENCE, unresolvedReferenceMessage } from './rules/unresolved-reference.js';

/** Not a rule (it cannot be turned off): text that does not parse. */
export const SYNTAX_ERROR = 'syntax-error';

/**
 * Gives Langium's own diagnostics APPL's codes: parse errors become `syntax-error`, and names that
 * refer to nothing become `unresolved-reference` with a "did you mean" suggestion.
 */
export class ApplDocumentValidator extends DefaultDocumentValidator {
    protected readonly scopeProvider: ScopeProvider;
    protected readonly reflection: AstReflection;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopeProvider = services.references.ScopeProvider;
        this.reflection = services.shared.AstReflection;
    }

    protected override processLexingErrors(...args: Parameters<DefaultDocumentValidator['processLexingErrors']>): void {
        this.withCode(args[1], SYNTAX_ERROR, () => super.processLexingErrors(...args));
    }

    protected override processParsingErrors(...args: Parameters<DefaultDocumentValidator['processParsingErrors']>): void {
        this.withCode(args[1], SYNTAX_ERROR, () => super.processParsingErrors(...args));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const info = error.info;
            const name = info.reference.$refText;
            const candidates = this.scopeProvider.getScope(info).getAllElements().map(element => element.name);
            const message = unresolvedReferenceMessage(this.reflection.getReferenceType(info), name, candidates);
            diagnostics.push(this.toDiagnostic('error', message, {
                node: info.container,
                range: reference.$refNode?.range,
                property: info.property,
                index: info.index,
                code: UNRESOLVED_REFERENCE,
                data: { code: UNRESOLVED_REFERENCE, name },
            }));
        }
    }

    /** Runs Langium's own step and gives the diagnostics it added an APPL code (data.code stays Langium's). */
    private withCode(diagnostics: Diagnostic[], code: string, step: () => void): void {
        const before = diagnostics.length;
        step();
        for (let i = before; i < diagnostics.length; i++) {
            diagnostics[i].code = code;
        }
    }
}
