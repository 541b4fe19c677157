import * as path from 'node:path';
import { createApplServices, isIgnoredByConfig, type ApplServices, type CheckedPlan } from 'appl-language';
import { URI } from 'langium';
import { displayPath, IoError, PLAN_EXTENSION, type FoundFile, type Io } from '../io.js';
import { UsageError } from './failure.js';

/** The options `appl check` and `appl export` share: which config and which as-of date apply. */
export interface ProjectOptions {
    /** Use this project config file instead of looking for appl.config.json. */
    config?: string;
    /** A valid ISO date to check every plan against instead of its own as-of date. */
    asOf?: string;
    /** False for --no-ignore: also search what .gitignore and the config's "ignore" globs skip. */
    ignore?: boolean;
    /** False for --no-error-on-unmatched-pattern: a folder or glob that finds no plan is no error. */
    errorOnUnmatchedPattern?: boolean;
}

/** The core services over the Io's file system, with --config and --as-of applied. */
export async function createServices(options: ProjectOptions, io: Io): Promise<ApplServices> {
    const { appl } = createApplServices(io.fileSystem);
    appl.config.ProjectConfig.asOfOverride = options.asOf;
    if (options.config !== undefined) {
        // Read here first, so that a missing file is an I/O failure rather than a config mistake.
        if (await io.readTextFile(options.config) === undefined) {
            throw new IoError(`cannot read ${displayPath(io.cwd, path.resolve(io.cwd, options.config))}: no such file`);
        }
        appl.config.ProjectConfig.useFile(URI.file(path.resolve(io.cwd, options.config)));
    }
    return appl;
}

/**
 * A mistake in the project config (an `invalid-config` finding) makes the whole run unreliable, since
 * rules may be on or off by accident: it fails the run (exit 2) with one line naming the file and
 * every mistake, instead of being one more finding among the plans'.
 */
export function failOnConfigProblems(appl: ApplServices, results: readonly CheckedPlan[], io: Io): void {
    const problems = new Map<string, string[]>();
    for (const { document } of results) {
        const config = appl.config.ProjectConfig.configFor(document.uri);
        if (config.problems.length > 0) {
            const file = config.file ? displayPath(io.cwd, config.file.fsPath) : 'the project config';
            problems.set(file, config.problems);
        }
    }
    if (problems.size > 0) {
        const reasons = [...problems].map(([file, list]) =>
            `${file} ${list.length === 1 ? 'has a mistake' : 'has mistakes'}: ${list.join('; ')}`);
        throw new UsageError(reasons.join('; '));
    }
}

/**
 * The plan files the paths stand for: files named on the command line, and what folders and globs
 * find, less what .gitignore files and the project config's "ignore" globs skip (unless --no-ignore).
 * A folder or glob whose files are all ignored is an error, as one that matches nothing.
 */
export async function findPlanFiles(appl: ApplServices, paths: readonly string[], options: ProjectOptions, io: Io): Promise<string[]> {
    const noIgnore = options.ignore === false;
    const found = await io.expand(paths, { noIgnore, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern });
    const kept = found.filter(({ file, explicit }) => explicit || noIgnore || !isIgnoredByConfig(appl.config.ProjectConfig, URI.file(file)));
    for (const given of new Set(found.map(entry => entry.given))) {
        if (!kept.some(entry => entry.given === given) && options.errorOnUnmatchedPattern !== false) {
            throw new IoError(`all ${PLAN_EXTENSION} files found from ${given} are ignored by the project config's "ignore" `
                + '(name the files, or use --no-ignore)');
        }
    }
    return kept.map(({ file }: FoundFile) => file);
}
