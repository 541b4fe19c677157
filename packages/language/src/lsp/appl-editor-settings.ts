import type { LangiumSharedServices } from 'langium/lsp';
import { isValidDate, type IsoDate } from '../model/dates.js';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type ApplSettings } from './protocol.js';

/** The editor settings as the server uses them: checked, with defaults for anything missing or wrong. */
export interface EditorSettings {
    codeLens: boolean;
    inlayHints: boolean;
    /** The as-of override, when the setting holds a real date. */
    asOf?: IsoDate;
}

/**
 * Reads the `appl` section of the editor's settings (Langium's ConfigurationProvider fetches it at
 * start-up and on every change) and asks the client to redraw code lenses and inlay hints when it
 * changes. Settings change what the editor shows, never what the checker reports.
 */
export class ApplEditorSettings {
    protected readonly shared: LangiumSharedServices;
    private refreshSupport = { codeLens: false, inlayHint: false };

    constructor(shared: LangiumSharedServices) {
        this.shared = shared;
        shared.lsp.LanguageServer.onInitialize(params => {
            const workspace = params.capabilities.workspace;
            this.refreshSupport = {
                codeLens: workspace?.codeLens?.refreshSupport === true,
                inlayHint: workspace?.inlayHint?.refreshSupport === true,
            };
        });
        shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            if (update.section === SETTINGS_SECTION) {
                this.refresh();
            }
        });
    }

    async get(): Promise<EditorSettings> {
        const section = await this.section();
        return {
            codeLens: section.codeLens?.enabled !== false,
            inlayHints: section.inlayHints?.enabled !== false,
            asOf: isValidDate(section.asOf?.trim()) ? section.asOf.trim() : undefined,
        };
    }

    protected async section(): Promise<Partial<ApplSettings>> {
        const provider = this.shared.workspace.ConfigurationProvider;
        const keys = Object.keys(DEFAULT_SETTINGS) as Array<keyof ApplSettings>;
        const values = await Promise.all(keys.map(key => provider.getConfiguration(SETTINGS_SECTION, key)));
        return Object.fromEntries(keys.map((key, i) => [key, values[i] ?? undefined]).filter(([, value]) => value !== undefined));
    }

    /** Asks the client to fetch code lenses and inlay hints again, if it can. */
    protected refresh(): void {
        const connection = this.shared.lsp.Connection;
        if (!connection) {
            return;
        }
        if (this.refreshSupport.codeLens) {
            void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
        }
        if (this.refreshSupport.inlayHint) {
            void connection.languages.inlayHint.refresh().catch(() => undefined);
        }
    }
}
