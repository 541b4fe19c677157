import { checkPlans, createApplServices } from 'appl-language';
import { URI } from 'langium';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { tally, type Tally } from '../report/tally.js';
import { formatText } from '../report/text.js';
import { reportFailure } from './failure.js';

export interface CheckOptions {
    /** Files, folders and globs as typed; none means the current folder. */
    paths: readonly string[];
    /** Exit 1 when there are more warnings than this; unlimited when absent. */
    maxWarnings?: number;
}

/**
 * `appl check`: reports the diagnostics of the given plan files (not of the files they import, which
 * are checked when given themselves) and returns 0 when there are no errors, 1 when there are, 2
 * when a path matches nothing or a file cannot be read.
 */
export async function runCheck(options: CheckOptions, io: Io): Promise<ExitCode> {
    try {
        const files = await io.expand(options.paths);
        const { appl } = createApplServices(io.fileSystem);
        const results = await checkPlans(appl, files.map(file => ({ uri: URI.file(file) })));
        const counts = tally(results);
        io.stdout(formatText(results, io.cwd) + maxWarningsNote(counts, options.maxWarnings));
        return exitCodeFor(counts, options.maxWarnings);
    } catch (error) {
        return reportFailure(error, io);
    }
}

/** 1 for errors, or for more warnings than allowed; infos never fail a build. */
export function exitCodeFor(counts: Tally, maxWarnings?: number): ExitCode {
    return counts.errors > 0 || exceeds(counts, maxWarnings) ? ExitCode.Problems : ExitCode.Ok;
}

function maxWarningsNote(counts: Tally, maxWarnings?: number): string {
    return exceeds(counts, maxWarnings) ? `Too many warnings: ${counts.warnings}, and --max-warnings allows ${maxWarnings}.\n` : '';
}

function exceeds(counts: Tally, maxWarnings?: number): boolean {
    return maxWarnings !== undefined && counts.warnings > maxWarnings;
}
