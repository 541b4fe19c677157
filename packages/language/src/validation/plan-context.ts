import type { LangiumDocument } from 'langium';
import type { ApplServices } from '../appl-module.js';
import { isDocument, isPlan, type Plan } from '../generated/ast.js';
import { isValidDate, type IsoDate } from '../model/dates.js';

/** The date that statuses and actual values describe, and where it comes from. */
export interface AsOf {
    date: IsoDate;
    source: 'override' | 'plan';
}

/**
 * The as-of date for a plan file: the override (`appl check --as-of`), else the plan's own `as-of`.
 * Never today's date: a check must give the same answer tomorrow. The editor's `appl.asOf` setting
 * changes only what the editor shows (lenses, hovers, preview), never the findings, so CI and the
 * editor agree.
 */
export function asOfDate(services: ApplServices, document: LangiumDocument): AsOf | undefined {
    const override = services.config.ProjectConfig.asOfOverride;
    if (override) {
        return { date: override, source: 'override' };
    }
    const declared = planOf(document)?.asOf;
    return isValidDate(declared) ? { date: declared, source: 'plan' } : undefined;
}

/** The plan header of a file, if it has one. */
export function planOf(document: LangiumDocument): Plan | undefined {
    const root = document.parseResult.value;
    return isDocument(root) ? root.declarations.find(isPlan) : undefined;
}

/** "the plan's as-of date (2021-01-20)" or "the as-of date given to the checker (2021-01-20)". */
export function asOfPhrase(asOf: AsOf): string {
    return asOf.source === 'plan'
        ? `the plan's as-of date (${asOf.date})`
        : `the as-of date given to the checker (${asOf.date})`;
}
