import type { CheckedPlan } from 'appl-language';

export type Diagnostic = CheckedPlan['diagnostics'][number];
export type SeverityName = 'error' | 'warning' | 'info';

/** LSP numbers severities 1 (error) to 4 (hint); APPL rules use the first three, and a hint reads as info. */
export function severityName(diagnostic: Diagnostic): SeverityName {
    switch (diagnostic.severity) {
        case 2: return 'warning';
        case 3: case 4: return 'info';
        // Langium always sets a severity; LSP leaves a missing one to the client, and we err on the safe side.
        default: return 'error';
    }
}

export interface Tally {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
}

export function tally(results: readonly CheckedPlan[]): Tally {
    const counts: Tally = { files: results.length, errors: 0, warnings: 0, infos: 0 };
    for (const diagnostic of results.flatMap(result => result.diagnostics)) {
        const severity = severityName(diagnostic);
        if (severity === 'error') counts.errors++;
        else if (severity === 'warning') counts.warnings++;
        else counts.infos++;
    }
    return counts;
}
