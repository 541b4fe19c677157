import * as path from 'node:path';
import {
    allRules, asOfDate, checkReadablePlans, REPOSITORY_URL, ruleDocUrl, SYNTAX_ERROR, UNUSED_SUPPRESSION,
    type ApplServices, type CheckedPlan, type PlanSource,
} from 'appl-language';
import { URI } from 'langium';
import { ExitCode } from '../exit-code.js';
import { displayPath, PLAN_EXTENSION, type Io } from '../io.js';
import { toCheckReport, type AsOfUsed, type CheckReport, type FileInput, type RuleInfo } from '../report/check-report.js';
import { formatGithub } from '../report/github.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { tally, type Tally } from '../report/tally.js';
import { formatText, useColor } from '../report/text.js';
import { reportFailure, UsageError } from './failure.js';
import { fixPlans } from './fix.js';
import { createServices, failOnConfigProblems, findPlanFiles, type ProjectOptions } from './project.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type CheckFormat = typeof CHECK_FORMATS[number];

/** The name stdin gets in messages when --stdin-filename is not given. */
export const STDIN_NAME = '<stdin>';

export interface CheckOptions extends ProjectOptions {
    /** Files, folders and globs as typed, or `-` for stdin; none means the current folder. */
    paths: readonly string[];
    format?: CheckFormat;
    /** Exit 1 when there are more warnings than this; unlimited when absent or -1. */
    maxWarnings?: number;
    /** Report errors only. Warnings still count towards --max-warnings. */
    quiet?: boolean;
    /** Write the report to this file (atomically) instead of stdout. */
    output?: string;
    /** The name of the plan read from stdin: for messages and the config lookup. */
    stdinFilename?: string;
    /** False for --no-color. */
    color?: boolean;
    /** Apply the fixes that need no human choice, writing the plans, then report what remains. */
    fix?: boolean;
    /** The tool's version, for the json and sarif formats. */
    version?: string;
}

/**
 * `appl check`: reports the diagnostics of the given plan files (not of the files they import, which
 * are checked when given themselves). Exit 0 when there are no errors (and no more warnings than
 * --max-warnings allows), 1 when there are, 2 when the tool cannot do its job: a path that matches
 * nothing, a file that cannot be read or written, a broken project config, bad usage.
 */
export async function runCheck(options: CheckOptions, io: Io): Promise<ExitCode> {
    try {
        const format = options.format ?? 'text';
        const appl = await createServices(options, io);
        const sources = await planSources(appl, options, io);
        // A plan that exists but cannot be read is said on stderr and fails the run (exit 2), but the others
        // are checked and reported. A file named that does not exist is a mistake in the command: nothing runs.
        const checked = await checkReadablePlans(appl, sources);
        const stopper = checked.unreadable.find(failure => failure.code === 'ENOENT') ?? (checked.plans.length === 0 ? checked.unreadable[0] : undefined);
        if (stopper) {
            throw stopper;
        }
        let results = checked.plans;
        failOnConfigProblems(appl, results, io);
        if (options.fix) {
            const fixed = await fixPlans(appl, results, io);
            results = fixed.plans;
            io.stderr(`appl: applied ${fixed.applied} ${fixed.applied === 1 ? 'fix' : 'fixes'}.\n`);
        }
        const report = toCheckReport(results.map(plan => fileInput(appl, plan, options, io)), {
            tool: { name: 'appl', version: options.version ?? '0.0.0' },
            rules: ruleCatalogue(),
            quiet: options.quiet,
        });
        const text = await render(report, format, options, io);
        if (options.output !== undefined) {
            await io.writeFileAtomic(options.output, text);
        } else {
            io.stdout(text);
        }
        // Counted before --quiet drops anything: warnings still count towards --max-warnings.
        const counts = tally(results);
        if (exceeds(counts, options.maxWarnings)) {
            io.stderr(`appl: too many warnings: ${counts.warnings}, and --max-warnings allows ${options.maxWarnings}.\n`);
        }
        for (const failure of checked.unreadable) {
            reportFailure(failure, io);
        }
        return checked.unreadable.length > 0 ? ExitCode.Failure : exitCodeFor(counts, options.maxWarnings);
    } catch (error) {
        return reportFailure(error, io);
    }
}

/** 1 for errors, or for more warnings than allowed; infos never fail a build. */
export function exitCodeFor(counts: Tally, maxWarnings?: number): ExitCode {
    return counts.errors > 0 || exceeds(counts, maxWarnings) ? ExitCode.Problems : ExitCode.Ok;
}

function exceeds(counts: Tally, maxWarnings?: number): boolean {
    return maxWarnings !== undefined && maxWarnings >= 0 && counts.warnings > maxWarnings;
}

async function planSources(appl: ApplServices, options: CheckOptions, io: Io): Promise<PlanSource[]> {
    const usesStdin = options.paths.includes('-');
    if (usesStdin && options.paths.length > 1) {
        throw new UsageError('"-" (read a plan from stdin) cannot be combined with other paths');
    }
    if (usesStdin && options.fix) {
        throw new UsageError('--fix writes plan files, so it cannot be used with "-" (stdin)');
    }
    if (!usesStdin && options.stdinFilename !== undefined) {
        throw new UsageError('--stdin-filename needs "-" as the path');
    }
    if (options.stdinFilename !== undefined && !options.stdinFilename.endsWith(PLAN_EXTENSION)) {
        throw new UsageError(`--stdin-filename must name a plan file, ending in ${PLAN_EXTENSION}`);
    }
    if (usesStdin) {
        // Without a name, stdin stands for a plan file in the cwd: imports and the config are found from there.
        const file = path.resolve(io.cwd, options.stdinFilename ?? `${STDIN_NAME}${PLAN_EXTENSION}`);
        return [{ uri: URI.file(file), text: await io.readStdin() }];
    }
    return (await findPlanFiles(appl, options.paths, options, io)).map(file => ({ uri: URI.file(file) }));
}

function fileInput(appl: ApplServices, plan: CheckedPlan, options: CheckOptions, io: Io): FileInput {
    const absolute = plan.document.uri.fsPath;
    const unnamedStdin = options.paths.includes('-') && options.stdinFilename === undefined;
    const asOf = asOfDate(appl, plan.document);
    const used: AsOfUsed = !asOf ? { source: 'none' } : { date: asOf.date, source: asOf.source === 'override' ? 'option' : 'plan' };
    return {
        plan,
        path: unnamedStdin ? STDIN_NAME : toSlashes(displayPath(io.cwd, absolute)),
        ...(unnamedStdin ? {} : { absolutePath: absolute }),
        asOf: used,
    };
}

/** Every id a finding can carry: the rules, then the validator's own ids. */
export function ruleCatalogue(): RuleInfo[] {
    return [
        ...allRules.map(rule => ({
            id: rule.id, defaultSeverity: rule.defaultSeverity, description: rule.description, helpUri: ruleDocUrl(rule.id),
        })),
        {
            id: UNUSED_SUPPRESSION, defaultSeverity: 'warning', helpUri: ruleDocUrl(UNUSED_SUPPRESSION),
            description: 'A suppression comment names a known rule and silences a finding.',
        },
        {
            id: SYNTAX_ERROR, defaultSeverity: 'error', helpUri: `${REPOSITORY_URL}/blob/main/docs/language.md`,
            description: 'The text follows the APPL grammar.',
        },
    ];
}

async function render(report: CheckReport, format: CheckFormat, options: CheckOptions, io: Io): Promise<string> {
    switch (format) {
        case 'json': return formatJson(report);
        case 'github': return formatGithub(report);
        case 'sarif': return formatSarif(report, { root: await io.repositoryRoot() ?? io.cwd, informationUri: REPOSITORY_URL });
        default: return formatText(report, { color: useColor({ ...options, format }, io.stdoutIsTTY, io.env) });
    }
}

function toSlashes(file: string): string {
    return file.split(path.sep).join('/');
}
