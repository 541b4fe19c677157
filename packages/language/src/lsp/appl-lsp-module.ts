import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices,
    type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { ApplModule, ApplSharedModule, type ApplAddedServices } from '../appl-module.js';
import { ApplGeneratedModule, ApplGeneratedSharedModule } from '../generated/module.js';
import type { IsoDate } from '../model/dates.js';
import { registerRules } from '../validation/register-rules.js';
import { ApplCodeActionProvider } from './appl-code-actions.js';
import { ApplCodeLensProvider } from './appl-code-lens-provider.js';
import { ApplCompletionProvider } from './appl-completion-provider.js';
import { ApplDocumentLinkProvider } from './appl-document-link-provider.js';
import { ApplDocumentSymbolProvider } from './appl-document-symbol-provider.js';
import { ApplDocumentUpdateHandler } from './appl-document-update-handler.js';
import { ApplEditorSettings } from './appl-editor-settings.js';
import { ApplFileOperationHandler } from './appl-file-operations.js';
import { ApplFoldingRangeProvider } from './appl-folding-range-provider.js';
import { ApplFormatter } from './appl-formatter.js';
import { ApplHoverProvider } from './appl-hover-provider.js';
import { ApplInlayHintProvider } from './appl-inlay-hint-provider.js';
import { ApplLangiumDocuments } from './appl-langium-documents.js';
import { ApplLanguageServer } from './appl-language-server.js';
import { ApplNodeKindProvider } from './appl-node-kind-provider.js';
import { ApplRenameProvider } from './appl-rename-provider.js';
import { ApplSelectionRangeProvider } from './appl-selection-range-provider.js';
import { ApplSemanticTokenProvider } from './appl-semantic-tokens.js';
import { ApplServiceRegistry } from './appl-service-registry.js';
import { ApplWorkspaceSymbolProvider } from './appl-workspace-symbol-provider.js';

/**
 * What the editor features add: the editor's settings, a clock for today's date in snippets, and
 * selection ranges (which Langium has no service for; appl-request-handlers.ts answers the request).
 */
export type ApplLspAddedServices = {
    editor: {
        Settings: ApplEditorSettings,
        Clock: { today(): IsoDate },
        SelectionRanges: ApplSelectionRangeProvider,
    },
};

/** The core services plus Langium's LSP services: what the language server runs on. */
export type ApplLspServices = LangiumServices & ApplAddedServices & ApplLspAddedServices;

/** The editor features, one adapter each, on top of the core module. */
export const ApplLspModule: Module<ApplLspServices, PartialLangiumServices & ApplLspAddedServices> = {
    lsp: {
        CompletionProvider: services => new ApplCompletionProvider(services),
        HoverProvider: services => new ApplHoverProvider(services),
        CodeLensProvider: services => new ApplCodeLensProvider(services),
        CodeActionProvider: services => new ApplCodeActionProvider(services),
        InlayHintProvider: services => new ApplInlayHintProvider(services),
        SemanticTokenProvider: services => new ApplSemanticTokenProvider(services),
        Formatter: () => new ApplFormatter(),
        RenameProvider: services => new ApplRenameProvider(services),
        DocumentSymbolProvider: services => new ApplDocumentSymbolProvider(services),
        FoldingRangeProvider: () => new ApplFoldingRangeProvider(),
        DocumentLinkProvider: services => new ApplDocumentLinkProvider(services),
    },
    editor: {
        Settings: services => new ApplEditorSettings(services.shared),
        Clock: () => ({ today: localToday }),
        SelectionRanges: () => new ApplSelectionRangeProvider(),
    },
};

/**
 * Shared LSP overrides: the server's announcement of what it adds, icons for each kind of thing,
 * workspace symbols found by id or title, imports kept right when files are renamed, and documents
 * closed in the editor (with or without a file) that no build trips over.
 */
export const ApplSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: services => new ApplServiceRegistry(services),
    workspace: {
        LangiumDocuments: services => new ApplLangiumDocuments(services),
    },
    lsp: {
        DocumentUpdateHandler: services => new ApplDocumentUpdateHandler(services),
        LanguageServer: services => new ApplLanguageServer(services),
        NodeKindProvider: () => new ApplNodeKindProvider(),
        WorkspaceSymbolProvider: services => new ApplWorkspaceSymbolProvider(services),
        FileOperationHandler: services => new ApplFileOperationHandler(services),
    },
};

/**
 * Builds the language server's services: the same core module and the same rules as
 * createApplServices (so the editor and `appl check` report the same diagnostics), on Langium's LSP
 * defaults, plus the editor features. The client's `initialized` notification initialises the
 * configuration provider; without a connection (tests, embedding) it starts with the defaults.
 * `overrides` replaces services, as tests do with the clock.
 */
export function createApplLspServices(
    context: DefaultSharedModuleContext,
    overrides?: Module<ApplLspServices, Partial<ApplLspAddedServices> & PartialLangiumServices>,
): {
    shared: LangiumSharedServices,
    appl: ApplLspServices,
} {
    const shared = inject(createDefaultSharedModule(context), ApplGeneratedSharedModule, ApplSharedModule, ApplSharedLspModule);
    const appl = overrides
        ? inject(createDefaultModule({ shared }), ApplGeneratedModule, ApplModule, ApplLspModule, overrides as Module<ApplLspServices>)
        : inject(createDefaultModule({ shared }), ApplGeneratedModule, ApplModule, ApplLspModule);
    shared.ServiceRegistry.register(appl);
    registerRules(appl);
    if (!context.connection) {
        // No client will send settings: read the defaults instead of waiting for them forever.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, appl };
}

/** Today's date where the server runs (the author's machine), as YYYY-MM-DD. */
function localToday(): IsoDate {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
