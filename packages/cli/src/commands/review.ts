import * as path from 'node:path';
import { checkPlans, exportReviewPack, type DocumentFormat } from 'appl-language';
import { URI } from 'langium';
import { ExitCode } from '../exit-code.js';
import { displayPath, type Io } from '../io.js';
import { hasPlanHeader, noteErrors, refuseForeignFiles } from './export.js';
import { reportFailure, UsageError } from './failure.js';
import { createServices, failOnConfigProblems, findPlanFiles, type ProjectOptions } from './project.js';

export interface ReviewOptions extends ProjectOptions {
    /** The plan file. */
    plan: string;
    format: DocumentFormat;
    /** Where to write the pack; stdout when not given (not for a Word file). */
    output?: string;
    /** The start of the period the pack covers (YYYY-MM-DD); by default the last review's date. */
    since?: string;
    force?: boolean;
    includeFindings?: boolean;
}

/**
 * `appl review`: the progress-review pack of one plan, as at its as-of date (or --as-of), covering
 * the time since the last review (or --since). Written like an export: atomically, never over a file
 * an export did not write (without --force); a plan with errors still gives its pack, with a warning.
 */
export async function runReview(options: ReviewOptions, io: Io): Promise<ExitCode> {
    try {
        if (options.format === 'docx' && options.output === undefined) {
            throw new UsageError('a Word review pack is a file: give -o <file>.docx');
        }
        const appl = await createServices(options, io);
        const files = await findPlanFiles(appl, [options.plan], options, io);
        if (files.length !== 1) {
            throw new UsageError(`${files.length} files to review: name one plan file`);
        }
        const [plan] = await checkPlans(appl, [{ uri: URI.file(files[0]) }]);
        failOnConfigProblems(appl, [plan], io);
        if (!hasPlanHeader(plan)) {
            throw new UsageError(`${displayPath(io.cwd, files[0])} is not a plan: it has no plan header (review the plan that imports it)`);
        }
        const data = await exportReviewPack(appl, plan.document, options.format, { since: options.since, includeFindings: options.includeFindings });
        if (options.output !== undefined) {
            const target = path.resolve(io.cwd, options.output);
            if (!options.force) {
                await refuseForeignFiles([target], io);
            }
            await io.writeFileAtomic(target, data);
        } else {
            const text = new TextDecoder().decode(data);
            io.stdout(text.endsWith('\n') ? text : `${text}\n`);
        }
        noteErrors(plan, io);
        return ExitCode.Ok;
    } catch (error) {
        return reportFailure(error, io);
    }
}
