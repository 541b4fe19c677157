// The plan as the editor features see it: which plan a file belongs to, its as-of date for display,
// and what the core says about a weakness or a measure. No rules here: only lookups that turn a
// cursor position into the core's answers.
import { AstUtils, type LangiumDocument } from 'langium';
import type { ApplServices } from '../appl-module.js';
import * as ast from '../generated/ast.js';
import { computeCoverage, type WeaknessCoverage } from '../model/coverage.js';
import { isValidDate, type IsoDate } from '../model/dates.js';
import { toPlanModel, type MeasureModel, type PlanModel } from '../model/plan-model.js';
import { asOfDate } from '../validation/plan-context.js';
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
        const plan = rootOf(visible)?.declarations.find(ast.isPlan);
        if (plan) {
            return plan;
        }
    }
    return undefined;
}

/** The as-of date to show: the editor's override, else the checker's (the project's or the plan's). */
export function displayAsOf(services: ApplServices, document: LangiumDocument, settings: EditorSettings): IsoDate | undefined {
    if (settings.asOf) {
        return settings.asOf;
    }
    const own = asOfDate(services, document)?.date;
    if (own) {
        return own;
    }
    const asOf = planHeaderFor(services, document)?.asOf;
    return isValidDate(asOf) ? asOf : undefined;
}

/** The resolved model of a document with what it imports, as the exports build it. */
export function planModel(services: ApplServices, document: LangiumDocument, asOf: IsoDate | undefined): PlanModel {
    return toPlanModel(document, visibleDocuments(services, document), asOf);
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
        const entry = computeCoverage(root, visible, displayAsOf(services, planFile, settings))
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
