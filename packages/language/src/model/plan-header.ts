// The plan header a file holds and the date its position is read at. Every reader of the as-of date
// (rules, the model, exports, the editor) comes here, so that all of them read the same date.
import type { LangiumDocument } from 'langium';
import type { ApplServices } from '../appl-module.js';
import { isDocument, isPlan, type Plan } from '../generated/ast.js';
import { isValidDate, type IsoDate } from './dates.js';
import { single } from '../syntax/single.js';

/**
 * The date that statuses and actual values describe, and where it comes from: the checker's override
 * (`--as-of`, or `asOf` in the CLI's options), the editor's display setting (`appl.asOf`), or the
 * plan's own `as-of`.
 */
export interface AsOf {
    date: IsoDate;
    source: 'override' | 'editor' | 'plan';
}

/** The plan header of a file, if it has one. */
export function planOf(document: LangiumDocument): Plan | undefined {
    const root = document.parseResult?.value;
    return isDocument(root) ? planIn(root.declarations) : undefined;
}

/** The first plan header among a file's declarations (a half-typed file may hold none). */
export function planIn(declarations: readonly unknown[] | undefined): Plan | undefined {
    return Array.isArray(declarations) ? declarations.find(isPlan) : undefined;
}

/** The override when there is one, else the plan's own as-of date when it is a real date. */
export function resolveAsOf(plan: Pick<Plan, 'asOf'> | undefined, override?: AsOf): AsOf | undefined {
    if (override && isValidDate(override.date)) {
        return override;
    }
    const asOf = single(plan?.asOf);
    return isValidDate(asOf) ? { date: asOf, source: 'plan' } : undefined;
}

/**
 * The as-of date the checker uses for a plan file: the project's override (`appl check --as-of`),
 * else the plan's own `as-of`. Never today's date: a check must give the same answer tomorrow. The
 * editor's `appl.asOf` setting changes only what the editor shows (lenses, hovers, preview), never the
 * findings, so CI and the editor agree.
 */
export function asOfDate(services: ApplServices, document: LangiumDocument): AsOf | undefined {
    const override = services.config.ProjectConfig.asOfOverride;
    return resolveAsOf(planOf(document), override ? { date: override, source: 'override' } : undefined);
}
