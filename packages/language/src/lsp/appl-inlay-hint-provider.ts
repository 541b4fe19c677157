import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { IsoDate } from '../model/dates.js';
import { formatMonthOffset, monthOffset, planStart } from '../model/month-offset.js';
import { longDate } from '../export/dates-in-words.js';
import type { ApplLspServices } from './appl-lsp-module.js';
import { planHeaderFor } from './plan-view.js';

/**
 * After each milestone's date, how far it lies from the start of the plan: "+3m", "+6m", "+5m 30d".
 * The `appl.inlayHints.enabled` setting turns them off.
 */
export class ApplInlayHintProvider extends AbstractInlayHintProvider {
    protected readonly services: ApplLspServices;

    constructor(services: ApplLspServices) {
        super();
        this.services = services;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        const settings = await this.services.editor.Settings.get();
        const plan = planHeaderFor(this.services, document);
        const start = plan && planStart(plan);
        if (!settings.inlayHints || !start) {
            return [];
        }
        // The plan's start travels with this request (two editors may ask at once for different plans).
        const hints: InlayHint[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value, { range: params.range })) {
            if (cancelToken?.isCancellationRequested) {
                break;
            }
            this.hintFor(node, start, hint => hints.push(hint));
        }
        return hints;
    }

    computeInlayHint(): void {
        // Unused: getInlayHints walks the document itself, with the plan's start at hand.
    }

    protected hintFor(node: AstNode, planStart: IsoDate, acceptor: InlayHintAcceptor): void {
        if (!ast.isMilestone(node)) {
            return;
        }
        const offset = monthOffset(planStart, node.date);
        const date = GrammarUtils.findNodeForProperty(node.$cstNode, 'date');
        if (offset && date) {
            const relation = offset.sign < 0 ? 'before' : 'after';
            acceptor({
                position: date.range.end,
                label: formatMonthOffset(offset),
                paddingLeft: true,
                tooltip: `${describeOffset(offset.months, offset.days)} ${relation} the plan starts (${longDate(planStart)})`,
            });
        }
    }
}

function describeOffset(months: number, days: number): string {
    const parts = [
        months > 0 ? `${months} ${months === 1 ? 'month' : 'months'}` : '',
        days > 0 || months === 0 ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
    ].filter(Boolean);
    return capitalise(parts.join(' and '));
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
