import * as path from 'node:path';
import { allRules, isIgnoredByConfig, UNUSED_SUPPRESSION } from 'appl-language';
import { URI } from 'langium';
import { ExitCode } from '../exit-code.js';
import { displayPath, PLAN_EXTENSION, type Io } from '../io.js';
import { reportFailure, UsageError } from './failure.js';
import { createServices, type ProjectOptions } from './project.js';

/**
 * `appl check --print-config <file>`: the settings that apply to a plan file, as JSON on stdout: the
 * config file found (or named with --config), every rule's level, the "ignore" globs and whether they
 * skip this file, and the --as-of date. Checks nothing. Exit 2 when the config has a mistake.
 */
export async function runPrintConfig(file: string, options: ProjectOptions, io: Io): Promise<ExitCode> {
    try {
        if (!file.endsWith(PLAN_EXTENSION)) {
            throw new UsageError(`--print-config needs a plan file, ending in ${PLAN_EXTENSION}`);
        }
        const appl = await createServices(options, io);
        const uri = URI.file(path.resolve(io.cwd, file));
        const provider = appl.config.ProjectConfig;
        const config = provider.configFor(uri);
        if (config.problems.length > 0) {
            const name = config.file ? displayPath(io.cwd, config.file.fsPath) : 'the project config';
            throw new UsageError(`${name} ${config.problems.length === 1 ? 'has a mistake' : 'has mistakes'}: ${config.problems.join('; ')}`);
        }
        const levels = [...allRules.map(rule => [rule.id, rule.defaultSeverity] as const), [UNUSED_SUPPRESSION, 'warning'] as const]
            .map(([id, level]) => [id, provider.levelFor(id, uri, level)]);
        const printed = {
            file: displayPath(io.cwd, uri.fsPath),
            config: config.file ? displayPath(io.cwd, config.file.fsPath).split(path.sep).join('/') : null,
            rules: Object.fromEntries(levels),
            ignore: config.ignore,
            ignored: isIgnoredByConfig(provider, uri),
            asOf: options.asOf ?? null,
        };
        io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
        return ExitCode.Ok;
    } catch (error) {
        return reportFailure(error, io);
    }
}
