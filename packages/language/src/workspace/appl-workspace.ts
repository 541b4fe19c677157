import { DocumentState, type LangiumDocument, type URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ApplServices } from '../appl-module.js';
import { describeReadError } from './plan-files.js';

/** A plan file to check: read through the file system provider unless its text is given (stdin). */
export interface PlanSource {
    uri: URI;
    text?: string;
}

/** A plan file that could not be read: an I/O failure, not a mistake in a plan. */
export class PlanFileError extends Error {
    /** `code`: the file system's error code, when there is one (ENOENT: there is no such file). */
    constructor(readonly uri: URI, readonly reason: string, readonly code?: string) {
        super(`Cannot read ${uri.fsPath || uri.toString()}: ${reason}`);
    }
}

export interface CheckedPlan {
    document: LangiumDocument;
    diagnostics: Diagnostic[];
}

/**
 * Checks the given plan files: builds them with the files they import (ApplDocumentBuilder loads
 * those) and returns the given files in order with their diagnostics. An unreadable given file throws
 * PlanFileError; an import that cannot be read is reported in the importing file instead.
 */
export async function checkPlans(services: ApplServices, sources: readonly PlanSource[]): Promise<CheckedPlan[]> {
    const { plans, unreadable } = await checkReadablePlans(services, sources);
    if (unreadable.length > 0) {
        throw unreadable[0];
    }
    return plans;
}

/**
 * The same, but a given file that cannot be read does not stop the others: it comes back among
 * `unreadable` (in order), and the rest are checked (`appl check .` with one unreadable plan).
 */
export async function checkReadablePlans(services: ApplServices, sources: readonly PlanSource[]): Promise<{
    plans: CheckedPlan[],
    unreadable: PlanFileError[],
}> {
    const { documents, unreadable } = await loadReadablePlans(services, sources);
    const pending = services.shared.workspace.LangiumDocuments.all.filter(doc => doc.state < DocumentState.Validated).toArray();
    await services.shared.workspace.DocumentBuilder.build(pending, { validation: true });
    return { plans: documents.map(document => ({ document, diagnostics: document.diagnostics ?? [] })), unreadable };
}

/** Adds the given files to the workspace (a file already there is reused), without building. */
export async function loadPlans(services: ApplServices, sources: readonly PlanSource[]): Promise<LangiumDocument[]> {
    const { documents, unreadable } = await loadReadablePlans(services, sources);
    if (unreadable.length > 0) {
        throw unreadable[0];
    }
    return documents;
}

async function loadReadablePlans(services: ApplServices, sources: readonly PlanSource[]): Promise<{
    documents: LangiumDocument[],
    unreadable: PlanFileError[],
}> {
    const { LangiumDocuments, LangiumDocumentFactory } = services.shared.workspace;
    const documents: LangiumDocument[] = [];
    const unreadable: PlanFileError[] = [];
    for (const source of sources) {
        let document = LangiumDocuments.getDocument(source.uri);
        if (!document) {
            try {
                document = source.text !== undefined
                    ? LangiumDocumentFactory.fromString(source.text, source.uri)
                    : await readDocument(services, source.uri);
            } catch (error) {
                if (error instanceof PlanFileError) {
                    unreadable.push(error);
                    continue;
                }
                throw error;
            }
            LangiumDocuments.addDocument(document);
        }
        documents.push(document);
    }
    return { documents, unreadable };
}

async function readDocument(services: ApplServices, uri: URI): Promise<LangiumDocument> {
    let text: string;
    try {
        text = await services.shared.workspace.FileSystemProvider.readFile(uri);
    } catch (error) {
        throw new PlanFileError(uri, describeReadError(error), (error as { code?: string })?.code);
    }
    return services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
}
