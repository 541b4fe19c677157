import * as path from 'node:path';
import { CONFIG_FILE_NAME, CONFIG_SCHEMA_URL } from 'appl-language';
import { ExitCode } from '../exit-code.js';
import { displayPath, type Io } from '../io.js';
import { reportFailure, UsageError } from './failure.js';

export interface InitOptions {
    /** The folder to start the project in; the current folder when absent. */
    folder?: string;
}

/** The starter plan: it parses and checks without errors, and says where each part goes. */
export const STARTER_PLAN = `// A plan to start from: replace the words in quotes, the ids and the dates with your own.
// "appl check" checks it; docs/language.md describes every clause.

plan "Our Accelerated Progress Plan" {
  type APP
  local-area "Our local area"
  period 2025-04-01 to 2026-09-30
  agreed 2025-04-15
  accountable director-childrens, icb-officer
}

organisation council "Our Council" kind local-authority
organisation icb "Our Integrated Care Board" kind health
organisation pcf "Our Parent Carer Forum" kind parent-carer-forum
person director-childrens "A. Director" role "Director of Children's Services" at council
person icb-officer "B. Officer" role "ICB accountable officer" at icb
person send-lead "C. Lead" role "Head of SEND" at council

board improvement-board "SEND Improvement Board" {
  chairs director-childrens, icb-officer
  meets monthly
  members council, icb, pcf
}

inspection revisit from 2025-01-13 to 2025-01-17 published 2025-03-03 {
  weakness W1 "The weakness, word for word from the inspection letter." not-sufficient
}

measure ehcp-timeliness "New EHC plans issued within 20 weeks" {
  kind impact
  unit percent
  baseline 40 on 2025-03-31 source "Monthly EHC plan report"
  target 70 by 2026-09-30
}

area 1 "The area of the plan that addresses W1" addresses W1 {
  action 1.1 "Recruit and train EHC plan coordinators" {
    lead send-lead
    partners pcf
    start 2025-04-01
    due 2026-03-31
    target ehcp-timeliness
    milestone 3 months 2025-07-01 "Coordinators recruited"
    milestone 6 months 2025-10-01 "Coordinators trained; timeliness at 50%"
    milestone 12 months 2026-04-01 "Timeliness at 65% for a quarter"
  }
}
`;

/**
 * `appl init [folder]`: starts a project: writes appl.config.json (every rule at its default level,
 * the schema named for editors) and plan.appl, a starter plan that checks without errors. Refuses,
 * writing nothing, when either file exists.
 */
export async function runInit(options: InitOptions, io: Io): Promise<ExitCode> {
    try {
        const folder = path.resolve(io.cwd, options.folder ?? '.');
        const files: Array<[string, string]> = [
            [path.join(folder, CONFIG_FILE_NAME), `${JSON.stringify({ $schema: CONFIG_SCHEMA_URL, rules: {}, ignore: [] }, null, 2)}\n`],
            [path.join(folder, 'plan.appl'), STARTER_PLAN],
        ];
        const existing: string[] = [];
        for (const [file] of files) {
            if (await io.readTextFile(file) !== undefined) {
                existing.push(displayPath(io.cwd, file));
            }
        }
        if (existing.length > 0) {
            throw new UsageError(`${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written`);
        }
        for (const [file, text] of files) {
            await io.writeFileAtomic(file, text);
        }
        const written = files.map(([file]) => displayPath(io.cwd, file));
        const where = options.folder === undefined ? '' : ` ${displayPath(io.cwd, folder)}`;
        io.stdout(`Wrote ${written.join(' and ')}. Next: edit the plan, then run "appl check${where}".\n`);
        return ExitCode.Ok;
    } catch (error) {
        return reportFailure(error, io);
    }
}
