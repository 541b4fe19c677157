import { GrammarUtils, interruptAndCheck, type AstNode, type Cancellation, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isOutstanding, type WeaknessCoverage } from '../model/coverage.js';
import type { ApplLspServices } from './appl-lsp-module.js';
import { describeProgress, describeRagBriefly } from './appl-wording.js';
import { actionModel, areaModel, coverageOf, measureModel, planModel, rootOf } from './plan-view.js';

/**
 * A line of facts above each weakness ("addressed by 3 actions", "not addressed"), each measure
 * ("on track: 68% vs expected 65%") and each area and action ("RAG red: 1 milestone missed"). The
 * lenses only inform: their command is empty, so clicking one does nothing in any client. The
 * `appl.codeLens.enabled` setting turns them off.
 */
export class ApplCodeLensProvider implements CodeLensProvider {
    protected readonly services: ApplLspServices;

    constructor(services: ApplLspServices) {
        this.services = services;
    }

    async provideCodeLens(document: LangiumDocument, _params: CodeLensParams, cancelToken?: Cancellation.CancellationToken): Promise<CodeLens[]> {
        const settings = await this.services.editor.Settings.get();
        // Lenses are asked for on every edit: one the editor has already cancelled is answered as such.
        if (cancelToken) {
            await interruptAndCheck(cancelToken);
        }
        const root = rootOf(document);
        if (!settings.codeLens || !root) {
            return [];
        }
        const lenses: CodeLens[] = [];
        for (const weakness of root.declarations.filter(ast.isInspection).flatMap(inspection => inspection.weaknesses)) {
            const range = nameRange(weakness);
            if (range && weakness.name) {
                lenses.push(lens(range, describeCoverage(coverageOf(this.services, weakness, settings), weakness)));
            }
        }
        const measures = root.declarations.filter(ast.isMeasure);
        const areas = root.declarations.filter(ast.isArea);
        if (measures.length === 0 && areas.length === 0) {
            return lenses;
        }
        const model = planModel(this.services, document, settings);
        for (const measure of measures) {
            const range = nameRange(measure);
            const facts = measureModel(model, measure);
            if (range && facts) {
                lenses.push(lens(range, describeProgress(facts.position, facts.unit)));
            }
        }
        for (const area of areas) {
            const facts = areaModel(model, area);
            const range = nameRange(area);
            if (facts && range) {
                lenses.push(lens(range, describeRagBriefly(facts)));
            }
            for (const action of area.actions) {
                const actionFacts = actionModel(model, action);
                const actionRange = nameRange(action);
                if (actionFacts && actionRange) {
                    lenses.push(lens(actionRange, describeRagBriefly(actionFacts)));
                }
            }
        }
        return lenses;
    }
}

/** "addressed by 3 actions", "addressed by area 3 (no actions yet)", "not addressed". */
export function describeCoverage(coverage: WeaknessCoverage | undefined, weakness: ast.Weakness): string {
    const actions = coverage?.actions.length ?? 0;
    if (actions > 0) {
        return `addressed by ${actions === 1 ? '1 action' : `${actions} actions`}`;
    }
    if (coverage && coverage.areas.length > 0) {
        return `addressed by ${coverage.areas.map(area => `area ${area.name}`).join(', ')} (no actions yet)`;
    }
    const status = coverage?.status ?? weakness.judgement ?? 'open';
    return isOutstanding(status) ? 'not addressed' : `not addressed (${status === 'released' ? 'released' : 'sufficient progress'})`;
}

function lens(range: Range, title: string): CodeLens {
    return { range, command: { title, command: '' } };
}

function nameRange(node: AstNode): Range | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range;
}
