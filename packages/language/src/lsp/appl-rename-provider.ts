import { AstUtils, CstUtils, GrammarUtils, UriUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { ApplServices } from '../appl-module.js';
import type { ApplLspServices } from './appl-lsp-module.js';
import { importersOf, rootOf, visibleDocuments } from './plan-view.js';
import { KEYWORD_DOCS } from './appl-keyword-docs.js';

/** Kinds whose ids share one namespace (as the unique-id rule counts them): people and organisations. */
const NAMESPACES: Readonly<Record<string, string>> = {
    Weakness: 'Weakness', Measure: 'Measure', Organisation: 'Party', Person: 'Party', Area: 'Area', Action: 'Action',
    Board: 'Board', Notice: 'Notice', Requirement: 'Requirement',
};
const KIND_WORDS: Readonly<Record<string, string>> = {
    Weakness: 'weakness', Measure: 'measure', Organisation: 'organisation', Person: 'person', Area: 'area',
    Action: 'action', Board: 'board', Notice: 'notice', Requirement: 'requirement',
};
const ID = /^(?:[A-Za-z_][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*|\d+(?:\.\d+)?)$/;

/**
 * Rename across the plan and the files it imports or that import it (Langium finds every reference
 * through the index). Refuses a new name that is not an id, is a keyword, or is already used by
 * another thing of the same kind in any file that would see both: the rename would leave a plan
 * whose names mean something else.
 */
export class ApplRenameProvider extends DefaultRenameProvider {
    protected readonly services: ApplLspServices;

    constructor(services: ApplLspServices) {
        super(services);
        this.services = services;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (!target) {
            return undefined;
        }
        const problem = renameProblem(this.services, target, params.newName);
        if (problem) {
            throw new ResponseError(ErrorCodes.InvalidParams, problem);
        }
        return super.rename(document, params);
    }

    protected targetAt(document: LangiumDocument, params: RenameParams): (AstNode & { name: string }) | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        const [target] = leaf ? this.references.findDeclarations(leaf) : [];
        return target && typeof (target as { name?: unknown }).name === 'string' ? target as AstNode & { name: string } : undefined;
    }
}

/** Why a thing cannot take a new name, in words for the author; undefined when it can. */
export function renameProblem(services: ApplServices, target: AstNode & { name: string }, newName: string): string | undefined {
    const kind = KIND_WORDS[target.$type] ?? 'thing';
    if (!ID.test(newName)) {
        return `"${newName}" cannot be an id: write letters, digits and _, joined by - or . (W1, ehcp-quality, 3.1).`;
    }
    if (newName in KEYWORD_DOCS) {
        return `"${newName}" is a word of the language and cannot be an id. Choose another name for ${kind} ${target.name}.`;
    }
    if (newName === target.name) {
        return undefined;
    }
    const clash = sameKindNamed(services, target, newName);
    if (clash) {
        const document = AstUtils.getDocument(clash);
        const line = (GrammarUtils.findNodeForProperty(clash.$cstNode, 'name')?.range.start.line ?? 0) + 1;
        return `Cannot rename ${kind} ${target.name} to ${newName}: ${KIND_WORDS[clash.$type]} ${newName} already exists `
            + `(${UriUtils.basename(document.uri)}, line ${line}).`;
    }
    return undefined;
}

/**
 * Another thing of the target's kind called `name`, in any file that sees the target's file (its
 * own, and those that import it) or that such a file sees.
 */
function sameKindNamed(services: ApplServices, target: AstNode, name: string): AstNode | undefined {
    const namespace = NAMESPACES[target.$type];
    const home = AstUtils.getDocument(target);
    const documents = new Map<string, LangiumDocument>();
    for (const viewer of [home, ...importersOf(services, home)]) {
        for (const visible of visibleDocuments(services, viewer)) {
            documents.set(visible.uri.toString(), visible);
        }
    }
    for (const document of documents.values()) {
        const root = rootOf(document);
        const clash = root && AstUtils.streamAllContents(root).find(node =>
            node !== target && NAMESPACES[node.$type] === namespace && (node as { name?: unknown }).name === name);
        if (clash) {
            return clash;
        }
    }
    return undefined;
}
