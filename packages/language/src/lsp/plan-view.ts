// The plan as the editor features see it: which plan a file belongs to, its as-of date for display,
// and what the core says about a weakness or a measure. No rules here: only lookups that turn a
// cursor position into the core's answers.
import { AstUtils, type LangiumDocument } from 'langium';
import type { ApplServices } from '../appl-module.js';
import * as ast from '../generated/ast.js';
import { computeCoverage, type WeaknessCoverage } from '../model/coverage.js';
import { toPlanModel, type ActionModel, type AreaModel, type MeasureModel, type PlanModel } from '../model/plan-model.js';
import { asOfDate, planIn, resolveAsOf, type AsOf } from '../model/plan-header.js';
import type { EditorSettings } from './appl-editor-settings.js';

export function rootOf(document: LangiumDocument): ast.Document | undefined {
    const root = document.parseResult?.value;
    return ast.isDocument(root) ? root : undefined;
}

/** The files a document sees: itself first, then its imports. */
export function visibleDocuments(services: ApplServices, document: LangiumDocument): LangiumDocument[] {
    return services.references.ImportResolver.visibleDocuments(document);
}

/** The loaded documents that import this one, directly or not (not the document itself). */
export function importersOf(services: ApplServices, document: LangiumDocument): LangiumDocument[] {
    const key = document.uri.toString();
    return services.shared.workspace.LangiumDocuments.all
        .filter(other => other.uri.toString() !== key && services.references.ImportResolver.visibleUris(other).has(key))
        .toArray();
}

/** A file that plans something: it has a plan header or areas of actions. */
function isPlanFile(document: LangiumDocument): boolean {
    return rootOf(document)?.declarations.some(declaration => ast.isPlan(declaration) || ast.isArea(declaration)) ?? false;
}

/**
 * The plan files whose actions can address what a document declares: the document itself when it
 * is a plan file, and the plan files that import it (a shared file of findings serves several plans).
 */
export function planFilesFor(services: ApplServices, document: LangiumDocument): LangiumDocument[] {
    return [document, ...importersOf(services, document)].filter(isPlanFile);
}

/** The plan header that applies to a document: its own, else one it imports. */
export function planHeaderFor(services: ApplServices, document: LangiumDocument): ast.Plan | undefined {
    for (const visible of visibleDocuments(services, document)) {
        const plan = planIn(rootOf(visible)?.declarations);
        if (plan) {
            return plan;
        }
    }
    return undefined;
}

/**
 * The as-of date to show: the editor's override, else the checker's (the project's or the plan's),
 * else that of a plan header the file imports (a file of measures shown at its plan's date).
 */
export function displayAsOf(services: ApplServices, document: LangiumDocument, settings: EditorSettings): AsOf | undefined {
    if (settings.asOf) {
        return { date: settings.asOf, source: 'editor' };
    }
    return asOfDate(services, document) ?? resolveAsOf(planHeaderFor(services, document));
}

/** The resolved model of a document with what it imports, at the date the editor shows. */
export function planModel(services: ApplServices, document: LangiumDocument, settings: EditorSettings): PlanModel {
    return toPlanModel(document, visibleDocuments(services, document), displayAsOf(services, document, settings));
}

/** The model of an area declared in the model's own plan file (the model lists that file's areas first, in order). */
export function areaModel(model: PlanModel, area: ast.Area): AreaModel | undefined {
    const index = area.$container?.declarations.filter(ast.isArea).indexOf(area) ?? -1;
    const found = index >= 0 ? model.areas[index] : undefined;
    return found && found.file === model.files.plan && found.id === (area.name ?? '') ? found : undefined;
}

/** The model of an action of an area declared in the model's own plan file. */
export function actionModel(model: PlanModel, action: ast.Action): ActionModel | undefined {
    const area = action.$container;
    const found = area ? areaModel(model, area)?.actions[area.actions.indexOf(action)] : undefined;
    return found && found.id === (action.name ?? '') ? found : undefined;
}

/** The model of a measure declared in a document. */
export function measureModel(model: PlanModel, measure: ast.Measure): MeasureModel | undefined {
    return model.measures.find(entry => entry.id === measure.name && entry.file === model.files.plan);
}

/**
 * What addresses a weakness, across the plan files that see it: the areas and actions of each, and
 * where the weakness stands in the first of them (by its reviews up to that plan's as-of date).
 */
export function coverageOf(services: ApplServices, weakness: ast.Weakness, settings: EditorSettings): WeaknessCoverage | undefined {
    const home = AstUtils.getDocument(weakness);
    let merged: WeaknessCoverage | undefined;
    for (const planFile of planFilesFor(services, home)) {
        const root = rootOf(planFile);
        if (!root) {
            continue;
        }
        const visible = visibleDocuments(services, planFile).map(rootOf).filter((doc): doc is ast.Document => doc !== undefined);
        const entry = computeCoverage(root, visible, displayAsOf(services, planFile, settings)?.date)
            .find(coverage => coverage.weakness === weakness);
        if (!entry) {
            continue;
        }
        merged = merged
            ? { ...merged, areas: unique([...merged.areas, ...entry.areas]), actions: unique([...merged.actions, ...entry.actions]) }
            : entry;
    }
    return merged;
}

function unique<T>(items: T[]): T[] {
    return [...new Set(items)];
}
