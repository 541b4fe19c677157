import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { docUrl, isValidDate, REPOSITORY_URL, type DocumentFormat, type ExportFormat } from 'appl-language';
import { CHECK_FORMATS, runCheck, type CheckOptions } from './commands/check.js';
import { runExport, type ExportOptions } from './commands/export.js';
import { runReview, type ReviewOptions } from './commands/review.js';
import { runFormat, type FormatOptions } from './commands/format.js';
import { runInit } from './commands/init.js';
import { runPrintConfig } from './commands/print-config.js';
import { ExitCode } from './exit-code.js';
import { describeFsError, nodeIo, type Io } from './io.js';
import { exitOnSignals } from './output-file.js';
import { finishOutput, watchOutputStreams } from './stdout.js';

const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'markdown', 'html', 'docx'];
const REVIEW_FORMATS: readonly DocumentFormat[] = ['markdown', 'html', 'docx'];
/** Output file extensions that say the format, so that `-o plan.md` needs no --format. */
const FORMAT_BY_EXTENSION: Record<string, ExportFormat> = {
    '.json': 'json', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.docx': 'docx',
};

/**
 * Parses the arguments (without `node` and the script), runs the command and returns its exit code.
 * Never exits the process: usage errors become exit code 2 with one line on stderr, help and
 * --version exit 0.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<ExitCode> {
    if (argv.length === 0) {
        // Commander would print the whole help on stderr; a usage error is one line.
        io.stderr('appl: missing command; run "appl --help" to see the commands\n');
        return ExitCode.Failure;
    }
    let exitCode: ExitCode = ExitCode.Ok;
    const program = new Command('appl')
        .description('Check and export APPL plans (SEND Accelerated Progress Plans).')
        .version(readVersion(), '-V, --version', 'print the version of appl')
        .helpOption('-h, --help', 'print help')
        .helpCommand(false)
        // Set before the subcommands are added, which inherit both settings.
        .exitOverride()
        .configureOutput({
            writeOut: text => io.stdout(text),
            writeErr: text => io.stderr(text),
            // Commander's "error: …" may span lines ("Did you mean …?"); CI logs want one line.
            outputError: (text, write) => write(`appl: ${text.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()}\n`),
        });
    program.addHelpText('after', helpFooter([
        'appl init                                 start a project: appl.config.json and a starter plan',
        'appl check                                check every plan under the current folder',
        'appl check plans/ --format sarif -o appl.sarif',
        'appl export plans/app.appl -o app.docx    export a plan as an Annex A document, in Word',
        'appl review plans/app.appl -o review.docx the progress-review pack for the reviewers\' meeting',
    ], REPOSITORY_URL));

    program.command('check')
        .description('check plan files and report their problems; exit 1 when there are errors')
        .argument('[paths...]', 'plan files, folders (searched for *.appl, skipping what .gitignore ignores), '
            + 'globs, or - to read one plan from stdin; default: the current folder')
        .addOption(new Option('-f, --format <format>', 'how to report: text, json, sarif or github').choices(CHECK_FORMATS).default('text'))
        .option('-o, --output <file>', 'write the report to this file instead of stdout, never leaving it half-written')
        .option('--max-warnings <count>', 'also exit 1 when there are more warnings than this (-1: no limit, the default)', parseCount)
        .option('--quiet', 'report errors only (warnings still count towards --max-warnings)')
        .option('--fix', 'first apply the fixes that need no human choice (a misspelt name with one clear correction, an unused suppression), writing the plans')
        .option('--as-of <date>', 'check every plan as of this date (YYYY-MM-DD) instead of its own as-of date', parseDate)
        .option('--config <file>', 'use this project config file instead of the nearest appl.config.json')
        .option('--print-config <file>', 'print the settings that apply to this plan file, as JSON, and check nothing')
        .option('--stdin-filename <path>', 'with -, the path the plan read from stdin stands for (messages, imports, config)')
        .option('--no-ignore', 'also check files that .gitignore or the config\'s "ignore" globs skip in folders and globs')
        .option('--no-error-on-unmatched-pattern', 'let a folder or glob that finds no plan pass instead of exiting 2')
        .option('--color', 'colour the text report even when stdout is not a terminal')
        .option('--no-color', 'never colour the text report (FORCE_COLOR and NO_COLOR work too)')
        .addHelpText('after', helpFooter([
            'appl check                                every plan under the current folder',
            'appl check "plans/**/*.appl" --max-warnings 0',
            'appl check . --format sarif -o appl.sarif for GitHub code scanning',
            'git show :plan.appl | appl check - --stdin-filename plan.appl',
            'appl check --print-config plans/app.appl  which rules apply, at which level',
        ], docUrl('ci.md')))
        .action(async (paths: string[], options: Omit<CheckOptions, 'paths'> & { printConfig?: string }) => {
            if (options.printConfig !== undefined) {
                exitCode = await runPrintConfig(options.printConfig, options, io);
                return;
            }
            exitCode = await runCheck({ ...options, paths, version: readVersion() }, io);
        });

    program.command('export')
        .description('export plans as JSON, or as the Annex A document in Markdown, HTML or Word (a plan with errors still exports what can be read)')
        .argument('<paths...>', 'the plan file, or - to read one plan from stdin; or, with --out-dir, plan files, folders or globs')
        .addOption(new Option('-f, --format <format>', 'json, markdown, html or docx (Word); default: from the -o file extension')
            .choices(EXPORT_FORMATS))
        .option('-o, --output <file>', 'write to this file (creating folders) instead of stdout, never leaving it half-written')
        .option('--out-dir <folder>', 'export every plan among the paths into this folder, as <plan>.json, .md, .html or .docx')
        .option('--force', 'replace output files that appl export did not write')
        .option('--include-findings', 'add the checker\'s findings to the document as an appendix (left out of a submission by default)')
        .option('--as-of <date>', 'export as of this date (YYYY-MM-DD) instead of the plan\'s own as-of date', parseDate)
        .option('--config <file>', 'use this project config file instead of the nearest appl.config.json')
        .option('--stdin-filename <path>', 'with -, the path the plan read from stdin stands for (imports, config)')
        .option('--no-ignore', 'also export files that .gitignore or the config\'s "ignore" globs skip in folders and globs')
        .addHelpText('after', helpFooter([
            'appl export plans/app.appl -o app.docx             the Annex A document in Word (format from the extension)',
            'appl export plans/app.appl --format json > app.json',
            'appl export plans/ --format markdown --out-dir out/plans',
            'cat app.appl | appl export - --format json',
        ], docUrl('ci.md', 'appl-export')))
        .action(async (paths: string[], options: Omit<ExportOptions, 'paths' | 'format'> & { format?: ExportFormat }, command: Command) => {
            const format = options.format
                ?? (options.output !== undefined ? FORMAT_BY_EXTENSION[path.extname(options.output).toLowerCase()] : undefined);
            if (!format) {
                command.error('error: export needs --format json, markdown, html or docx', { exitCode: ExitCode.Failure });
            }
            exitCode = await runExport({ ...options, paths, format }, io);
        });

    program.command('review')
        .description('write the progress-review pack of a plan: the position since the last review, area by area, for the reviewers\' meeting')
        .argument('<plan>', 'the plan file')
        .addOption(new Option('-f, --format <format>', 'markdown, html or docx (Word); default: from the -o file extension, else markdown')
            .choices(REVIEW_FORMATS))
        .option('-o, --output <file>', 'write to this file (creating folders) instead of stdout, never leaving it half-written')
        .option('--as-of <date>', 'the position at this date (YYYY-MM-DD) instead of the plan\'s own as-of date', parseDate)
        .option('--since <date>', 'cover the time since this date (YYYY-MM-DD) instead of since the last review', parseDate)
        .option('--force', 'replace an output file that appl did not write')
        .option('--include-findings', 'add the checker\'s findings as an appendix')
        .option('--config <file>', 'use this project config file instead of the nearest appl.config.json')
        .addHelpText('after', helpFooter([
            'appl review plans/app.appl                          the pack in Markdown, to stdout',
            'appl review plans/app.appl -o review.docx           in Word',
            'appl review plans/app.appl --since 2021-01-20 -o review.html',
        ], docUrl('ci.md', 'appl-review')))
        .action(async (plan: string, options: Omit<ReviewOptions, 'plan' | 'format'> & { format?: DocumentFormat }, command: Command) => {
            const byExtension = options.output !== undefined ? FORMAT_BY_EXTENSION[path.extname(options.output).toLowerCase()] : undefined;
            const format = options.format ?? (byExtension === 'json' ? undefined : byExtension) ?? (options.output === undefined ? 'markdown' : undefined);
            if (!format) {
                command.error('error: review needs --format markdown, html or docx', { exitCode: ExitCode.Failure });
            }
            exitCode = await runReview({ ...options, plan, format }, io);
        });

    program.command('format')
        .description('put plan files in the canonical layout (only whitespace changes); list the files changed')
        .argument('[paths...]', 'plan files, folders (searched for *.appl), globs, or - to format stdin to stdout; default: the current folder')
        .option('--check', 'change nothing; list the files that are not formatted and exit 1 if there are any')
        .option('--no-ignore', 'also format files that .gitignore skips in folders and globs')
        .addHelpText('after', helpFooter([
            'appl format                 every plan under the current folder',
            'appl format --check plans/  for CI: exit 1 when a plan is not formatted',
        ], docUrl('language.md', 'layout')))
        .action(async (paths: string[], options: Omit<FormatOptions, 'paths'>) => {
            exitCode = await runFormat({ ...options, paths }, io);
        });

    program.command('init')
        .description('start a project: write appl.config.json and a starter plan, plan.appl (never over existing files)')
        .argument('[folder]', 'the folder to start the project in; default: the current folder')
        .addHelpText('after', helpFooter(['appl init', 'appl init plans'], docUrl('language.md', 'configuration-and-suppressions')))
        .action(async (folder: string | undefined) => {
            exitCode = await runInit({ folder }, io);
        });

    try {
        await program.parseAsync([...argv], { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version end with 0; every other way commander stops is a usage error.
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Failure;
        }
        throw error;
    }
    return exitCode;
}

/** The end of a help text: examples, then where the documentation is. */
function helpFooter(examples: readonly string[], documentation: string): string {
    return `\nExamples:\n${examples.map(line => `  $ ${line}`).join('\n')}\n\nDocumentation: ${documentation}`;
}

/** The process entry (bin/appl.cjs, through the bundle out/appl.cjs): the only place that ends the process. */
export async function main(): Promise<void> {
    // A closed pipe, a full disk or a signal: see stdout.ts and output-file.ts.
    watchOutputStreams();
    exitOnSignals();
    let code: ExitCode;
    try {
        code = await runCli(process.argv.slice(2), nodeIo());
    } catch (error) {
        // A bug in appl, not in the plans: say so, with the stack for the bug report.
        process.stderr.write(`appl: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
        code = ExitCode.Failure;
    }
    // Let piped output drain first: exiting can cut off what is still buffered.
    process.exit(await finishOutput(code, describeFsError));
}

function parseCount(value: string): number {
    if (!/^(\d+|-1)$/.test(value)) {
        throw new InvalidArgumentError('expected a whole number, or -1 for no limit.');
    }
    return Number(value);
}

function parseDate(value: string): string {
    if (!isValidDate(value)) {
        throw new InvalidArgumentError('expected a date that exists, as YYYY-MM-DD (e.g. 2021-01-20).');
    }
    return value;
}

function readVersion(): string {
    // src/main.ts, out/main.js and the bundle out/appl.cjs (see esbuild.mjs) all sit one folder below package.json.
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
}
