// Which words start a clause, in which block. The formatter puts each clause on its own line; every
// other word stays on its clause's line. A test checks these lists against the grammar's keywords.

/** The blocks of the language, named after the declaration that opens them. */
export type BlockKind = 'file' | 'plan' | 'board' | 'inspection' | 'notice' | 'measure' | 'area' | 'action' | 'review'
    | 'analysis' | 'communications' | 'support' | 'unknown';

/** Keywords that start a clause (a line of its own) inside each kind of block. */
export const CLAUSE_KEYWORDS: Record<BlockKind, ReadonlySet<string>> = {
    file: new Set(['import', 'plan', 'organisation', 'person', 'board', 'inspection', 'notice', 'measure', 'area', 'review',
        'analysis', 'communications', 'support']),
    plan: new Set(['type', 'local-area', 'period', 'agreed', 'as-of', 'accountable', 'advisers', 'version', 'signed-off']),
    board: new Set(['chairs', 'meets', 'members', 'reports-to']),
    inspection: new Set(['weakness', 'priority-action', 'improvement-area']),
    notice: new Set(['requirement']),
    measure: new Set(['kind', 'unit', 'direction', 'baseline', 'target', 'expect', 'actual']),
    area: new Set(['action']),
    action: new Set(['lead', 'partners', 'addresses', 'start', 'due', 'status', 'target', 'milestone', 'evidence', 'update',
        'success-criteria', 'senior-responsible-officer', 'co-production']),
    review: new Set(['outcome', 'looking-for']),
    analysis: new Set(['factor']),
    communications: new Set(['channel']),
    support: new Set(['request']),
    unknown: new Set(),
};

/** Keywords that continue a clause on a line of their own, indented one step further. */
export const CONTINUATION_KEYWORDS: Record<BlockKind, ReadonlySet<string>> = {
    file: new Set(), plan: new Set(), board: new Set(), inspection: new Set(), measure: new Set(),
    area: new Set(), action: new Set(),
    notice: new Set(['answered-by']),
    review: new Set(['answered-by']),
    analysis: new Set(['response', 'answered-by']),
    communications: new Set(), support: new Set(),
    unknown: new Set(),
};

/** The block that a clause's `{` opens, by the clause's first keyword. */
export const OPENS_BLOCK: Readonly<Record<string, BlockKind>> = {
    plan: 'plan', board: 'board', inspection: 'inspection', notice: 'notice', measure: 'measure', area: 'area', action: 'action', review: 'review',
    analysis: 'analysis', communications: 'communications', support: 'support',
};

/**
 * The grammar's keywords with hyphens. The parser also reads each written with spaces or tabs for the
 * hyphens (`local area`), as one token, so the formatter keeps such words together, on one line.
 */
export const HYPHENATED_KEYWORDS: readonly string[] = [
    'answered-by', 'as-of', 'at-risk', 'bi-monthly', 'co-produced', 'co-production', 'improvement-area', 'improvement-notice',
    'improvement-plan', 'local-area', 'local-authority', 'looking-for', 'not-met', 'not-started', 'not-sufficient', 'off-track',
    'on-track', 'parent-carer-forum', 'priority-action', 'priority-action-plan', 'progress-review', 'reports-to',
    'senior-responsible-officer', 'signed-off', 'six-monthly', 'statutory-direction', 'success-criteria',
];
