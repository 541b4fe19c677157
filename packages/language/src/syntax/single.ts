/**
 * The value of a clause that a block gives once (`type`, `due`, `lead`, `unit`, …). The grammar collects
 * such clauses as lists, so that writing one twice loses nothing silently: the first counts, and the
 * syntax errors name the others (`syntax-errors.ts`).
 */
export function single<T>(values: readonly T[] | undefined): T | undefined {
    return values?.[0];
}
