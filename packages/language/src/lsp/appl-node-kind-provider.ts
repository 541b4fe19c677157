import { isAstNodeDescription, type AstNode, type AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

/** Icons for outline, workspace symbols and completion: one per kind of thing in a plan. */
const KINDS: Readonly<Record<string, [SymbolKind, CompletionItemKind]>> = {
    Plan: [SymbolKind.File, CompletionItemKind.File],
    Organisation: [SymbolKind.Class, CompletionItemKind.Class],
    Person: [SymbolKind.Variable, CompletionItemKind.Variable],
    Board: [SymbolKind.Struct, CompletionItemKind.Struct],
    Inspection: [SymbolKind.Object, CompletionItemKind.Folder],
    Weakness: [SymbolKind.EnumMember, CompletionItemKind.EnumMember],
    Notice: [SymbolKind.Struct, CompletionItemKind.Struct],
    Requirement: [SymbolKind.EnumMember, CompletionItemKind.EnumMember],
    Measure: [SymbolKind.Property, CompletionItemKind.Property],
    Area: [SymbolKind.Namespace, CompletionItemKind.Module],
    Action: [SymbolKind.Function, CompletionItemKind.Function],
    Milestone: [SymbolKind.Event, CompletionItemKind.Event],
    Review: [SymbolKind.Event, CompletionItemKind.Event],
    Analysis: [SymbolKind.Namespace, CompletionItemKind.Module],
    Communications: [SymbolKind.Namespace, CompletionItemKind.Module],
    Support: [SymbolKind.Namespace, CompletionItemKind.Module],
};

export class ApplNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return isAstNodeDescription(node) ? node.type : node.$type;
}
