import './node-compat.js';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices,
    type Module, type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices,
} from 'langium';
import { ProjectConfigProvider } from './config/project-config.js';
import { ApplGeneratedModule, ApplGeneratedSharedModule } from './generated/module.js';
import { ApplScopeComputation } from './references/appl-scope-computation.js';
import { ApplLexer } from './syntax/appl-lexer.js';
import { ApplLexerErrorMessageProvider } from './syntax/appl-lexer-error-messages.js';
import { createApplParser } from './syntax/appl-parser.js';
import { ApplParserErrorMessageProvider } from './syntax/appl-parser-error-messages.js';
import { ApplTokenBuilder } from './syntax/appl-token-builder.js';
import { ApplValueConverter } from './syntax/appl-value-converter.js';
import { ApplScopeProvider } from './references/appl-scope-provider.js';
import { ImportResolver } from './references/import-resolver.js';
import { ApplLinker } from './references/appl-linker.js';
import { ApplReferenceDescriptionProvider } from './references/appl-reference-descriptions.js';
import { ApplDocumentValidator } from './validation/appl-document-validator.js';
import { ApplValidationRegistry } from './validation/appl-validation-registry.js';
import { registerRules } from './validation/register-rules.js';
import { ApplDocumentBuilder } from './workspace/appl-document-builder.js';
import { ApplDocumentFactory } from './workspace/appl-document-factory.js';
import { ApplIndexManager } from './workspace/appl-index-manager.js';
import { ApplWorkspaceManager } from './workspace/appl-workspace-manager.js';

/** Services APPL adds to Langium's. */
export type ApplAddedServices = {
    config: {
        ProjectConfig: ProjectConfigProvider,
    },
    references: {
        ImportResolver: ImportResolver,
    },
};

export type ApplServices = LangiumCoreServices & ApplAddedServices;

/** Only what APPL overrides or adds; everything else is Langium's default. */
export const ApplModule: Module<ApplServices, PartialLangiumCoreServices & ApplAddedServices> = {
    config: {
        ProjectConfig: services => new ProjectConfigProvider(services),
    },
    parser: {
        // Syntax errors in the author's words, one per mistake (see src/syntax/).
        TokenBuilder: () => new ApplTokenBuilder(),
        Lexer: services => new ApplLexer(services),
        LexerErrorMessageProvider: () => new ApplLexerErrorMessageProvider(),
        ParserErrorMessageProvider: services => new ApplParserErrorMessageProvider(services.Grammar),
        LangiumParser: services => createApplParser(services),
        ValueConverter: () => new ApplValueConverter(),
    },
    references: {
        ScopeComputation: services => new ApplScopeComputation(services),
        Linker: services => new ApplLinker(services),
        ScopeProvider: services => new ApplScopeProvider(services),
        ImportResolver: services => new ImportResolver(services),
    },
    validation: {
        DocumentValidator: services => new ApplDocumentValidator(services),
        ValidationRegistry: services => new ApplValidationRegistry(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new ApplReferenceDescriptionProvider(services),
    },
};

/**
 * Shared overrides: building a plan loads the files it imports; an edit re-parses only the declaration
 * it falls inside; the index answers reference look-ups from a table; a workspace file that cannot be
 * read is left out rather than stopping the workspace from loading.
 */
export const ApplSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        DocumentBuilder: services => new ApplDocumentBuilder(services),
        IndexManager: services => new ApplIndexManager(services),
        LangiumDocumentFactory: services => new ApplDocumentFactory(services),
        WorkspaceManager: services => new ApplWorkspaceManager(services),
    },
};

/**
 * Builds the core services (no LSP): what the CLI, the exports and the tests use.
 * The language server builds the same core through lsp/appl-lsp-module.ts.
 */
export function createApplServices(context: DefaultSharedCoreModuleContext = EmptyFileSystem): {
    shared: LangiumSharedCoreServices,
    appl: ApplServices,
} {
    const shared = inject(createDefaultSharedCoreModule(context), ApplGeneratedSharedModule, ApplSharedModule);
    const appl = inject(createDefaultCoreModule({ shared }), ApplGeneratedModule, ApplModule);
    shared.ServiceRegistry.register(appl);
    registerRules(appl);
    // No LSP client will send its settings; without this, configuration reads would wait forever.
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, appl };
}
