import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices,
    type PartialLangiumServices,
} from 'langium/lsp';
import { ApplModule, ApplSharedModule, type ApplAddedServices } from '../appl-module.js';
import { ApplGeneratedModule, ApplGeneratedSharedModule } from '../generated/module.js';
import { registerRules } from '../validation/register-rules.js';

/** The core services plus Langium's LSP services: what the language server runs on. */
export type ApplLspServices = LangiumServices & ApplAddedServices;

/** LSP-only overrides of the language services (hover, completion, … will be listed here). */
export const ApplLspModule: Module<ApplLspServices, PartialLangiumServices> = {};

/**
 * Builds the language server's services: the same core module and the same rules as
 * createApplServices (so the editor and `appl check` report the same diagnostics), on Langium's LSP
 * defaults. The client's `initialized` notification initialises the configuration provider.
 */
export function createApplLspServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices,
    appl: ApplLspServices,
} {
    const shared = inject(createDefaultSharedModule(context), ApplGeneratedSharedModule, ApplSharedModule);
    const appl = inject(createDefaultModule({ shared }), ApplGeneratedModule, ApplModule, ApplLspModule);
    shared.ServiceRegistry.register(appl);
    registerRules(appl);
    return { shared, appl };
}
