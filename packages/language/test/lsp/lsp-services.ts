// LSP feature tests run on the language server's services with an in-memory file system and a fixed
// "today", through langium/test's helpers (`<|>` marks the cursor, `<|…|>` a range).
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { SymbolKind } from 'vscode-languageserver';
import { createApplLspServices, type ApplLspServices } from '../../src/lsp/appl-lsp-module.js';
import type { ApplSettings } from '../../src/lsp/protocol.js';

export const TODAY = '2020-03-15';

export function createLspTestServices(): ApplLspServices {
    return createApplLspServices(EmptyFileSystem, {
        editor: { Clock: () => ({ today: () => TODAY }) },
    }).appl;
}

/** Adds files (name -> text) under file:///plans/ and builds them together, validated. */
export async function addFiles(services: ApplLspServices, files: Record<string, string>): Promise<Record<string, LangiumDocument>> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = Object.entries(files).map(([name, text]) => {
        const document = LangiumDocumentFactory.fromString(text, planUri(name));
        LangiumDocuments.addDocument(document);
        return [name, document] as const;
    });
    await DocumentBuilder.build(documents.map(([, document]) => document), { validation: true });
    return Object.fromEntries(documents);
}

export function planUri(name: string): URI {
    return URI.parse(`file:///plans/${name}`);
}

/** Parses one document at a given name (so that its imports resolve), built and validated. */
export function parseAt(services: ApplLspServices, name: string): (text: string) => Promise<LangiumDocument> {
    return text => parseHelper(services)(text, { documentUri: planUri(name).toString(), validation: true });
}

/** Sets editor settings as a client's `workspace/didChangeConfiguration` would. */
export function setSettings(services: ApplLspServices, settings: Partial<ApplSettings>): void {
    services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { appl: settings } });
}

export async function reset(services: ApplLspServices): Promise<void> {
    setSettings(services, {});
    await clearDocuments(services.shared);
}

/** A small APP, used by several feature tests. */
export const PEOPLE = `organisation riverside-council "Riverside Council" kind local-authority
organisation pcf "Riverside Parent Carer Forum" kind parent-carer-forum
person jane-doe "Jane Doe" role "Head of SEND" at riverside-council
person sam-lee "Sam Lee" role "Chief Nurse"
`;

/** A symbol kind's name as the LSP spells it (SymbolKind is a set of numbers). */
export function symbolKindName(kind: number): string {
    return Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0] ?? String(kind);
}
