import { AstUtils, CstUtils, GrammarAST, type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem, type NextFeature,
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionTriggerKind, InsertTextFormat,
    type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams,
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { computeCoverage, isOutstanding } from '../model/coverage.js';
import { addMonths, type IsoDate } from '../model/dates.js';
import { horizonDates, planStart } from '../model/month-offset.js';
import { shortDate } from '../export/dates-in-words.js';
import type { ApplLspServices } from './appl-lsp-module.js';
import { keywordSummary } from './appl-keyword-docs.js';
import { planOf, resolveAsOf } from '../model/plan-header.js';
import { planHeaderFor, rootOf, visibleDocuments } from './plan-view.js';
import { GrammarVocabulary } from '../syntax/grammar-vocabulary.js';
import { lookAlikeNamed } from '../syntax/look-alike-tokens.js';

/** Clauses that a block holds at most once, by the rule that declares them: keyword -> property. */
const SINGLE_CLAUSES: Record<string, Record<string, string[]>> = {
    Plan: {
        'type': ['type'], 'local-area': ['localArea'], 'period': ['period'], 'agreed': ['agreed'], 'as-of': ['asOf'],
        'accountable': ['accountable'], 'advisers': ['advisers'], 'version': ['version'], 'signed-off': ['signedOff', 'signedOffBy'],
    },
    Board: { 'chairs': ['chairs'], 'meets': ['meets', 'meetsText'], 'members': ['members'], 'reports-to': ['reportsTo'] },
    Measure: { 'kind': ['kind'], 'unit': ['unit'], 'direction': ['direction'], 'baseline': ['baseline'], 'target': ['target'] },
    Action: {
        'lead': ['lead'], 'partners': ['partners'], 'addresses': ['addresses'], 'start': ['start'], 'due': ['due'],
        'status': ['status'], 'evidence': ['evidence'], 'senior-responsible-officer': ['seniorOfficer'], 'co-production': ['coproduction'],
    },
};

const STATUS_CHOICE = '${6|not-started,on-track,at-risk,off-track,complete|}';
const UNIT_CHOICE = (n: number) => `\${${n}|percent,count,weeks,days,rate,score|}`;
const KIND_CHOICE = (n: number) => `\${${n}|impact,outcome,experience,process,activity|}`;

/** Sort order in the list: names first, then keywords, then snippets, then dates. */
const SORT = { name: '0', keyword: '1', snippet: '2', date: '3' };

/** Comments a plan author often writes, offered where a new clause or declaration may start a line. */
const COMMENT_SNIPPETS = [
    { label: 'region', detail: 'A foldable region: "// region" … "// endregion"', body: '// region ${1:Name}\n$0\n// endregion' },
    { label: 'section', detail: 'A section heading comment', body: '// ---------------------------------------------------------------- ${1:section}\n$0' },
    { label: 'illustrative', detail: 'Marks invented values in an example or a draft plan', body: '// Illustrative: ${1:what is invented and why}' },
];

/**
 * Completion: the keywords valid at the cursor (each with a one-line explanation, clauses a block
 * already has left out), snippets for a whole plan, area, action, measure and milestone, the ids of
 * weaknesses, measures, people and organisations with their text or role, today's date where a date
 * goes, and a milestone's 3, 6 and 12-month dates counted from the start of the plan.
 */
export class ApplCompletionProvider extends DefaultCompletionProvider {
    protected readonly services: ApplLspServices;
    protected readonly vocabulary: GrammarVocabulary;

    /**
     * A space or a comma opens the list where a name or a value goes next (after `lead `, `target `,
     * `unit `, `partners pcf, `); see getCompletion for what such a list holds.
     */
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [' ', ','] };

    constructor(services: ApplLspServices) {
        super(services);
        this.services = services;
        this.vocabulary = new GrammarVocabulary(services.Grammar);
    }

    /**
     * Opened by typing a space or a comma, the list holds only what goes in the place being written
     * (names, values from a list, dates), never the keywords of the next clause or snippets, and
     * nothing inside text or a comment: a space there is just a space.
     */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const typed = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter;
        if (typed && this.inTextOrComment(document, document.textDocument.offsetAt(params.position))) {
            return { isIncomplete: false, items: [] };
        }
        const list = await super.getCompletion(document, params, cancelToken);
        return list && typed ? { ...list, items: list.items.filter(item => this.goesInPlace(item)) } : list;
    }

    protected inTextOrComment(document: LangiumDocument, offset: number): boolean {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, Math.max(0, offset - 1));
        if (!leaf || offset <= leaf.offset || offset > leaf.end) {
            return false;
        }
        const kind = leaf.tokenType.name;
        const text = kind === 'STRING' || lookAlikeNamed(kind)?.resembles === 'STRING';
        const comment = leaf.hidden && kind !== 'WS';
        // Inside the quotes, or in a comment up to its end (a line comment's end is the line's).
        return (text && offset < leaf.end) || (text && !/["”']$/.test(leaf.text)) || comment;
    }

    protected goesInPlace(item: CompletionItem): boolean {
        if (item.kind === CompletionItemKind.Snippet) {
            return false;
        }
        return item.kind !== CompletionItemKind.Keyword || this.vocabulary.listOfValue.has(item.label);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        if (GrammarAST.isKeyword(next.feature)) {
            this.completionForSnippet(context, next.feature, acceptor);
            this.completionForComment(context, next.feature, acceptor);
        } else if (isTerminalCall(next.feature, 'DATE')) {
            this.completionForDate(context, next.feature, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    // ---------------------------------------------------------------- keywords

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor) {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: keywordSummary(keyword.value) ?? 'Keyword',
            sortText: SORT.keyword,
        });
    }

    /** Leaves out symbols and the clauses that the block at the cursor already has. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) {
            return false;
        }
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name ?? '';
        const properties = SINGLE_CLAUSES[rule]?.[keyword.value];
        if (!properties || !context.node) {
            return true;
        }
        const block = AstUtils.getContainerOfType(context.node, (node): node is AstNode => node.$type === rule) as Record<string, unknown> | undefined;
        return !block || !properties.some(property => isSet(block[property]));
    }

    // ---------------------------------------------------------------- names

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = this.nodeOf(description);
        const detail = node ? describeForList(node) : undefined;
        return {
            ...item,
            detail: detail ?? item.detail,
            documentation: ast.isWeakness(node) && node.text ? node.text : undefined,
            sortText: SORT.name,
        };
    }

    protected nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) {
            return description.node;
        }
        const document = this.services.shared.workspace.LangiumDocuments.getDocument(description.documentUri);
        const root = document?.parseResult?.value;
        return root ? this.services.workspace.AstNodeLocator.getAstNode(root, description.path) : undefined;
    }

    // ---------------------------------------------------------------- dates

    protected completionForDate(context: CompletionContext, feature: GrammarAST.AbstractElement, acceptor: CompletionAcceptor): void {
        const start = this.planStart(context.document);
        if (assignmentOf(feature) === 'Milestone.date' && start) {
            const before = textBefore(context);
            const horizon = /\bmonths\s*$/.test(before) ? /(\d+)\s+months\s*$/.exec(before)?.[1] : undefined;
            if (horizon !== undefined) {
                // After `milestone 3 months`: the date 3 months into the plan.
                const months = Number(horizon);
                acceptor(context, {
                    label: addMonths(start, months), kind: CompletionItemKind.Value, sortText: SORT.name,
                    detail: `${months} months after the plan starts (${shortDate(start)})`,
                });
            } else if (/\bmilestone\s*$/.test(before)) {
                // Right after `milestone`: the 3, 6 and 12-month points, label and date together.
                for (const { months, date } of horizonDates(start)) {
                    acceptor(context, {
                        label: `${months} months ${date}`, kind: CompletionItemKind.Value, sortText: SORT.name,
                        detail: `${months} months after the plan starts (${shortDate(start)})`,
                    });
                }
            }
        }
        const today = this.services.editor.Clock.today();
        acceptor(context, { label: today, kind: CompletionItemKind.Value, detail: 'Today', sortText: SORT.date });
    }

    protected planStart(document: LangiumDocument): IsoDate | undefined {
        const plan = planHeaderFor(this.services, document);
        return plan && planStart(plan);
    }

    // ---------------------------------------------------------------- snippets

    /** Comment snippets where a clause or declaration may begin, at the start of a line (never where a name goes). */
    protected completionForComment(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        const startsAClause = this.vocabulary.blocksStartedBy(keyword.value).length > 0;
        const lineStart = context.textDocument.getText().lastIndexOf('\n', context.tokenOffset - 1) + 1;
        if (!startsAClause || context.textDocument.getText().slice(lineStart, context.tokenOffset).trim() !== '') {
            return;
        }
        for (const snippet of COMMENT_SNIPPETS) {
            acceptor(context, {
                label: snippet.label,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: `${SORT.snippet}~`, // after the language's snippets
            });
        }
    }

    protected completionForSnippet(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        for (const snippet of this.snippetsFor(context, keyword.value)) {
            acceptor(context, {
                label: snippet.label,
                filterText: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: SORT.snippet,
            });
        }
    }

    protected snippetsFor(context: CompletionContext, keyword: string): Array<{ label: string, detail: string, body: string }> {
        const today = this.services.editor.Clock.today();
        const start = this.planStart(context.document) ?? today;
        const at = (months: number) => addMonths(start, months);
        switch (keyword) {
            case 'plan':
                return planOf(context.document) ? [] : [{
                    label: 'plan block',
                    detail: 'A whole plan header: type, local area, period, dates and accountable officers',
                    body: [
                        'plan "${1:Title of the plan}" {',
                        '  type ${2|APP,WSOA,priority-action-plan,improvement-plan|}',
                        '  local-area "${3:Local area}"',
                        `  period \${4:${today}} to \${5:${addMonths(today, 18)}}`,
                        `  agreed \${6:${today}}`,
                        `  as-of \${7:${today}}`,
                        '  accountable ${8:council-officer-id}, ${9:health-officer-id}',
                        '}',
                    ].join('\n'),
                }];
            case 'area':
                return [{
                    label: 'area block',
                    detail: 'A new area and the weaknesses it addresses',
                    body: [
                        `area \${1:${this.nextAreaNumber(context.document)}} "\${2:Title of the area}" addresses ${this.uncoveredChoice(context.document)} {`,
                        '  $0',
                        '}',
                    ].join('\n'),
                }];
            case 'action':
                return [{
                    label: 'action block',
                    detail: 'A new action: lead, dates, status, a target and milestones at 3, 6 and 12 months',
                    body: [
                        `action \${1:${this.nextActionNumber(context)}} "\${2:What will be done}" {`,
                        '  lead ${3:person-id}',
                        `  start \${4:${start}}`,
                        `  due \${5:${at(12)}}`,
                        `  status ${STATUS_CHOICE}`,
                        `  target "\${7:What will be measured}" \${8:100} ${UNIT_CHOICE(9)} by \${10:${at(12)}} from \${11:0} on \${12:${today}}`,
                        `  milestone 3 months ${at(3)} "\${13:What will be true after 3 months}"`,
                        `  milestone 6 months ${at(6)} "\${14:What will be true after 6 months}"`,
                        `  milestone 12 months ${at(12)} "\${15:What will be true after 12 months}"`,
                        '  evidence "${16:What a reviewer will be shown}"',
                        '}',
                    ].join('\n'),
                }];
            case 'measure':
                return [{
                    label: 'measure block',
                    detail: 'A new measure: kind, unit, baseline and target',
                    body: [
                        'measure ${1:measure-id} "${2:What is measured}" {',
                        `  kind ${KIND_CHOICE(3)}`,
                        `  unit ${UNIT_CHOICE(4)}`,
                        `  baseline \${5:0} on \${6:${today}} source "\${7:Where the figure comes from}"`,
                        `  target \${8:100} by \${9:${at(12)}}`,
                        '}',
                    ].join('\n'),
                }];
            case 'milestone':
                return horizonDates(start).map(({ months, date }) => ({
                    label: `milestone ${months} months`,
                    detail: `A milestone due ${shortDate(date)}, ${months} months after the plan starts`,
                    body: `milestone ${months} months ${date} "\${1:What will be true}"`,
                }));
            case 'update': {
                // Dated at the plan's position date: the update a reviewer reads at that review.
                const date = resolveAsOf(planHeaderFor(this.services, context.document))?.date ?? today;
                return [{
                    label: 'update',
                    detail: `A progress update dated ${shortDate(date)}`,
                    body: `update \${1:${date}} "\${2:What has happened since the last update, and what comes next}"`,
                }];
            }
            default:
                return [];
        }
    }

    /** One more than the highest numbered area. */
    protected nextAreaNumber(document: LangiumDocument): string {
        const numbers = (rootOf(document)?.declarations.filter(ast.isArea) ?? [])
            .map(area => Number(area.name)).filter(Number.isInteger);
        return String(numbers.length > 0 ? Math.max(...numbers) + 1 : 1);
    }

    /** The next number in the area at the cursor: 3.4 after 3.1 to 3.3. */
    protected nextActionNumber(context: CompletionContext): string {
        const area = context.node && AstUtils.getContainerOfType(context.node, ast.isArea);
        if (!area?.name) {
            return '1.1';
        }
        const prefix = `${area.name}.`;
        const numbers = area.actions.map(action => action.name ?? '')
            .filter(name => name.startsWith(prefix)).map(name => Number(name.slice(prefix.length))).filter(Number.isInteger);
        return `${prefix}${numbers.length > 0 ? Math.max(...numbers) + 1 : 1}`;
    }

    /** A choice of the outstanding weaknesses that nothing addresses yet, else a placeholder. */
    protected uncoveredChoice(document: LangiumDocument): string {
        const root = rootOf(document);
        const visible = visibleDocuments(this.services, document).map(rootOf).filter((doc): doc is ast.Document => doc !== undefined);
        const uncovered = root ? computeCoverage(root, visible)
            .filter(entry => entry.weakness.name && isOutstanding(entry.status) && entry.areas.length === 0 && entry.actions.length === 0)
            .map(entry => entry.weakness.name) : [];
        return uncovered.length > 0 ? `\${3|${uncovered.join(',')}|}` : '${3:W1}';
    }
}

/** The detail shown beside a name: a weakness's text, a measure's or action's title, a person's name and role. */
export function describeForList(node: AstNode): string | undefined {
    if (ast.isWeakness(node)) {
        return node.text;
    }
    if (ast.isPerson(node)) {
        return [node.title, node.role].filter(Boolean).join(', ') || undefined;
    }
    if (ast.isOrganisation(node) || ast.isMeasure(node) || ast.isAction(node) || ast.isArea(node) || ast.isBoard(node)) {
        return node.title;
    }
    return undefined;
}

function isSet(value: unknown): boolean {
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '';
}

function isTerminalCall(feature: GrammarAST.AbstractElement, terminal: string): boolean {
    return GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === terminal;
}

/** "Milestone.date": the rule and property a feature is assigned to, if any. */
function assignmentOf(feature: GrammarAST.AbstractElement): string | undefined {
    const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
    const rule = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule);
    return assignment && rule ? `${rule.name}.${assignment.feature}` : undefined;
}

/** The text before the token being completed (at most one line's worth of clause). */
function textBefore(context: CompletionContext): string {
    return context.textDocument.getText().slice(Math.max(0, context.tokenOffset - 200), context.tokenOffset);
}
