import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { planIn } from '../model/plan-header.js';
import type { ApplLspServices } from './appl-lsp-module.js';
import { single } from '../syntax/single.js';

/**
 * The outline: the plan, titled by its title, holds everything in its file (a plan file is one
 * document), in file order: the board, the inspection and its weaknesses, measures, areas with their
 * actions and each action's milestones, reviews, people and organisations. A file without a plan (a
 * shared file of people or findings) lists its declarations at the top.
 */
export class ApplDocumentSymbolProvider implements DocumentSymbolProvider {
    protected readonly kinds: NodeKindProvider;

    constructor(services: ApplLspServices) {
        this.kinds = services.shared.lsp.NodeKindProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!ast.isDocument(root)) {
            return [];
        }
        const plan = planIn(root.declarations);
        const others = root.declarations.filter(declaration => declaration !== plan)
            .map(declaration => this.symbolOf(declaration)).filter(isDefined);
        const planSymbol = plan && this.symbolOf(plan);
        if (!planSymbol || !root.$cstNode) {
            return planSymbol ? [planSymbol, ...others] : others;
        }
        // The whole file is the plan: the outline and breadcrumbs put everything under its title.
        return [{ ...planSymbol, range: root.$cstNode.range, children: others }];
    }

    protected symbolOf(node: AstNode): DocumentSymbol | undefined {
        const description = this.describe(node);
        const range = node.$cstNode?.range;
        if (!description || !range) {
            return undefined;
        }
        const selection = GrammarUtils.findNodeForProperty(node.$cstNode, description.selection)?.range
            ?? GrammarUtils.findNodeForKeyword(node.$cstNode, description.keyword ?? '')?.range ?? range;
        const children = this.childrenOf(node).map(child => this.symbolOf(child)).filter(isDefined);
        return {
            name: description.name,
            detail: description.detail,
            kind: this.kinds.getSymbolKind(node),
            range,
            selectionRange: within(selection, range),
            ...(children.length > 0 ? { children } : {}),
        };
    }

    protected childrenOf(node: AstNode): AstNode[] {
        if (ast.isInspection(node)) return node.weaknesses;
        if (ast.isNotice(node)) return node.requirements;
        if (ast.isArea(node)) return node.actions;
        if (ast.isAction(node)) return node.milestones;
        return [];
    }

    /** The name and detail an outline shows, and which part of the node the name stands for. */
    protected describe(node: AstNode): { name: string, detail?: string, selection: string, keyword?: string } | undefined {
        if (ast.isPlan(node)) return { name: node.title || 'Plan', detail: single(node.type), selection: 'title', keyword: 'plan' };
        if (ast.isOrganisation(node)) return named(node.name, node.title);
        if (ast.isPerson(node)) return named(node.name, node.title);
        if (ast.isBoard(node)) return named(node.name, node.title);
        if (ast.isInspection(node)) {
            const dates = [node.from, node.to].filter(Boolean).join(' to ');
            return { name: `Inspection (${node.kind ?? 'kind not stated'})`, detail: dates || undefined, selection: 'kind', keyword: 'inspection' };
        }
        if (ast.isWeakness(node)) return named(node.name, node.text);
        if (ast.isNotice(node)) return named(node.name, node.title);
        if (ast.isRequirement(node)) return named(node.name, node.text);
        if (ast.isMeasure(node)) return named(node.name, node.title);
        if (ast.isArea(node)) return node.name ? { name: `Area ${node.name}`, detail: node.title, selection: 'name' } : undefined;
        if (ast.isAction(node)) return node.name ? { name: `Action ${node.name}`, detail: node.title, selection: 'name' } : undefined;
        if (ast.isMilestone(node)) {
            const when = [node.horizon !== undefined ? `${node.horizon} months` : '', node.date ?? 'no date'].filter(Boolean).join(': ');
            return { name: `Milestone ${when}`, detail: node.text, selection: node.date ? 'date' : 'horizon', keyword: 'milestone' };
        }
        if (ast.isReview(node)) {
            return { name: `Review ${node.date ?? ''}`.trim(), detail: node.kind, selection: 'date', keyword: 'review' };
        }
        if (ast.isAnalysis(node)) return { name: 'Analysis', detail: count(node.factors?.length, 'factor'), selection: '', keyword: 'analysis' };
        if (ast.isCommunications(node)) return { name: 'Communications', detail: count(node.channels?.length, 'channel'), selection: '', keyword: 'communications' };
        if (ast.isSupport(node)) return { name: 'Support requested', detail: count(node.requests?.length, 'request'), selection: '', keyword: 'support' };
        return undefined;
    }
}

/** "2 factors" */
function count(amount: number | undefined, noun: string): string {
    return `${amount ?? 0} ${amount === 1 ? noun : `${noun}s`}`;
}

function named(name: string | undefined, detail: string | undefined): { name: string, detail?: string, selection: string } | undefined {
    return name ? { name, detail, selection: 'name' } : undefined;
}

/** A selection range must lie inside its symbol's range. */
function within(selection: Range, range: Range): Range {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
    return before(selection.start, range.start) || before(range.end, selection.end) ? range : selection;
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
