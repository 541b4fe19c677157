import * as path from 'node:path';
import { checkPlans, createApplServices, exportPlan, type ExportFormat } from 'appl-language';
import { URI } from 'langium';
import { ExitCode } from '../exit-code.js';
import { displayPath, type Io } from '../io.js';
import { tally } from '../report/tally.js';
import { reportFailure } from './failure.js';

export interface ExportOptions {
    /** The plan file, relative to the cwd. */
    file: string;
    format: ExportFormat;
    /** Where to write the export; stdout when absent. */
    output?: string;
}

/**
 * `appl export`: the plan as JSON or Markdown. A plan with errors still exports (the export lists
 * them), so the exit code is 0 unless a file cannot be read or written (2); stderr says how many
 * errors there are, so that a script does not mistake a broken plan for a clean one unawares.
 */
export async function runExport(options: ExportOptions, io: Io): Promise<ExitCode> {
    try {
        const { appl } = createApplServices(io.fileSystem);
        const [plan] = await checkPlans(appl, [{ uri: URI.file(path.resolve(io.cwd, options.file)) }]);
        const text = exportPlan(appl, plan.document, options.format);
        if (options.output !== undefined) {
            await io.writeFileAtomic(options.output, text);
        } else {
            io.stdout(text.endsWith('\n') ? text : `${text}\n`);
        }
        const { errors } = tally([plan]);
        if (errors > 0) {
            const file = displayPath(io.cwd, plan.document.uri.fsPath);
            io.stderr(`appl: ${file} has ${errors} ${errors === 1 ? 'error' : 'errors'}; the export lists `
                + `${errors === 1 ? 'it' : 'them'} (see "appl check ${file}").\n`);
        }
        return ExitCode.Ok;
    } catch (error) {
        return reportFailure(error, io);
    }
}
