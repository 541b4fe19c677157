import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck, UriUtils,
    type AstNode, type AstReflection, type LangiumDocument, type ScopeProvider, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ApplServices } from '../appl-module.js';
import type { ProjectConfigProvider, RuleLevel } from '../config/project-config.js';
import type { ImportResolver } from '../references/import-resolver.js';
import { ApplParserErrorMessageProvider } from '../syntax/appl-parser-error-messages.js';
import { withoutCascades } from '../syntax/syntax-cascades.js';
import { syntaxErrors } from '../syntax/syntax-errors.js';
import type { SyntaxMessages } from '../syntax/syntax-messages.js';
import { astTreeOf } from '../workspace/ast-nodes.js';
import { ApplValidationRegistry } from './appl-validation-registry.js';
import { ruleDocUrl } from './rule-docs.js';
import { UNRESOLVED_REFERENCE, unresolvedReferenceMessage } from './rules/unresolved-reference.js';
import { applySuppressions, UNUSED_SUPPRESSION } from './suppressions.js';
import { textProblems } from './text-problems.js';

/** Not a rule (it cannot be turned off or silenced): text that does not parse. */
export const SYNTAX_ERROR = 'syntax-error';
/** Not a rule: the project config file has a mistake. */
export const INVALID_CONFIG = 'invalid-config';

const UNSUPPRESSIBLE = new Set([SYNTAX_ERROR, INVALID_CONFIG, UNUSED_SUPPRESSION]);
const SEVERITY: Record<Exclude<RuleLevel, 'off'>, Diagnostic['severity']> = { error: 1, warning: 2, info: 3 };

/**
 * Everything the checker reports about a file passes through here, for the CLI and the server alike:
 * Langium's parse and link errors get APPL codes (`syntax-error`, with text it cannot use: a number too
 * large, bytes that are not UTF-8; `unresolved-reference` with a "did you mean"), the project config's problems are reported, suppression comments are applied, and each
 * finding links to its rule's documentation.
 */
export class ApplDocumentValidator extends DefaultDocumentValidator {
    protected readonly scopeProvider: ScopeProvider;
    protected readonly reflection: AstReflection;
    protected readonly config: ProjectConfigProvider;
    protected readonly imports: ImportResolver;
    protected readonly syntaxMessages: SyntaxMessages | undefined;

    constructor(services: ApplServices) {
        super(services);
        this.scopeProvider = services.references.ScopeProvider;
        this.reflection = services.shared.AstReflection;
        this.config = services.config.ProjectConfig;
        this.imports = services.references.ImportResolver;
        const provider = services.parser.ParserErrorMessageProvider;
        this.syntaxMessages = provider instanceof ApplParserErrorMessageProvider ? provider.messages : undefined;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {},
        cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        diagnostics.push(...textProblems(document).map(problem => ({ ...problem, code: SYNTAX_ERROR, source: this.getSource() })));
        const config = this.config.configFor(document.uri);
        const configProblems = config.problems.map((problem): Diagnostic => ({
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 1,
            code: INVALID_CONFIG,
            message: `The project config ${config.file ? UriUtils.basename(config.file) : ''} has a mistake: ${problem}${/[.?!]$/.test(problem) ? '' : '.'}`,
            source: this.getSource(),
        }));
        const unusedLevel = this.config.levelFor(UNUSED_SUPPRESSION, document.uri, 'warning');
        const { diagnostics: suppressed } = applySuppressions(document, [...configProblems, ...diagnostics],
            this.config.ruleIds, UNSUPPRESSIBLE);
        // After the suppressions: a finding that waits for a syntax error to be fixed still counts as
        // silenced, so its suppression is not reported as unused meanwhile.
        const result = withoutCascades(document, suppressed, this.imports, SYNTAX_ERROR);
        return result
            .filter(diagnostic => diagnostic.code !== UNUSED_SUPPRESSION || unusedLevel !== 'off')
            .map(diagnostic => this.finish(diagnostic, unusedLevel));
    }

    /**
     * Langium's walk, over the nodes listed once per parse and without a promise per node and check
     * (the rules are synchronous): on a large plan the walk cost more than the rules. It still yields to
     * the event loop, and stops when the build is cancelled, every few hundred nodes.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const registry = this.validationRegistry;
        if (this.profiler?.isActive('validating') || !(registry instanceof ApplValidationRegistry)) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const nodes = astTreeOf(rootNode).nodes;
        for (let i = 0; i < nodes.length; i++) {
            if (i % 256 === 0) {
                await interruptAndCheck(cancelToken);
            }
            const node = nodes[i];
            for (const check of registry.checksFor(node.$type, options.categories)) {
                const pending = check(node, acceptor, cancelToken);
                if (pending) {
                    await pending;
                }
            }
        }
    }

    /** Lexing and parsing errors are reported together, one per mistake, in processParsingErrors. */
    protected override processLexingErrors(): void {
        // See processParsingErrors.
    }

    protected override processParsingErrors(...args: Parameters<DefaultDocumentValidator['processParsingErrors']>): void {
        const [parseResult, diagnostics] = args;
        if (!this.syntaxMessages) {
            this.withCode(diagnostics, SYNTAX_ERROR, () => {
                super.processLexingErrors(...args);
                super.processParsingErrors(...args);
            });
            return;
        }
        for (const { range, message } of syntaxErrors(parseResult, this.syntaxMessages)) {
            diagnostics.push({ range, message, severity: 1, code: SYNTAX_ERROR, data: { code: SYNTAX_ERROR }, source: this.getSource() });
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const level = this.config.levelFor(UNRESOLVED_REFERENCE, document.uri, 'error');
        if (level === 'off') {
            return;
        }
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const info = error.info;
            const name = info.reference.$refText;
            const candidates = this.scopeProvider.getScope(info).getAllElements().map(element => element.name);
            const message = unresolvedReferenceMessage(this.reflection.getReferenceType(info), name, candidates);
            diagnostics.push(this.toDiagnostic(level, message, {
                node: info.container,
                range: reference.$refNode?.range,
                property: info.property,
                index: info.index,
                code: UNRESOLVED_REFERENCE,
                data: { code: UNRESOLVED_REFERENCE, name },
            }));
        }
    }

    /** Severity for the validator's own findings, and a link to the rule's documentation for every finding. */
    protected finish(diagnostic: Diagnostic, unusedLevel: RuleLevel): Diagnostic {
        const code = String(diagnostic.code ?? '');
        const severity = diagnostic.severity ?? (code === UNUSED_SUPPRESSION && unusedLevel !== 'off' ? SEVERITY[unusedLevel] : 1);
        const linked = code && code !== SYNTAX_ERROR && code !== INVALID_CONFIG ? { codeDescription: { href: ruleDocUrl(code) } } : {};
        return { ...diagnostic, severity, source: diagnostic.source ?? this.getSource(), ...linked };
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
