import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ExportFormat } from 'appl-language';
import { runCheck } from './commands/check.js';
import { runExport } from './commands/export.js';
import { ExitCode } from './exit-code.js';
import { nodeIo, type Io } from './io.js';

const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'markdown'];
/** Output file extensions that say the format, so that `-o plan.md` needs no --format. */
const FORMAT_BY_EXTENSION: Record<string, ExportFormat> = { '.json': 'json', '.md': 'markdown', '.markdown': 'markdown' };

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

    program.command('check')
        .description('check plan files and report their problems; exit 1 when there are errors')
        .argument('[paths...]', 'plan files, folders (searched for *.appl) or globs; default: the current folder')
        .option('--max-warnings <count>', 'also exit 1 when there are more warnings than this', parseCount)
        .action(async (paths: string[], options: { maxWarnings?: number }) => {
            exitCode = await runCheck({ paths, maxWarnings: options.maxWarnings }, io);
        });

    program.command('export')
        .description('export a plan as JSON or Markdown (a plan with errors still exports, listing them)')
        .argument('<file>', 'the plan file')
        .addOption(new Option('-f, --format <format>', 'json or markdown; default: from the -o file extension')
            .choices(EXPORT_FORMATS))
        .option('-o, --output <file>', 'write to this file (atomically, creating folders) instead of stdout')
        .action(async (file: string, options: { format?: ExportFormat, output?: string }, command: Command) => {
            const format = options.format
                ?? (options.output !== undefined ? FORMAT_BY_EXTENSION[path.extname(options.output).toLowerCase()] : undefined);
            if (!format) {
                command.error('error: export needs --format json or --format markdown', { exitCode: ExitCode.Failure });
            }
            exitCode = await runExport({ file, format, output: options.output }, io);
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

/** The process entry (bin/appl.js): the only place that ends the process. */
export async function main(): Promise<void> {
    // `appl check | head` closes the pipe early; that is the reader's choice, not a crash.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        process.exit(process.exitCode ?? ExitCode.Ok);
    });
    let code: number;
    try {
        code = await runCli(process.argv.slice(2), nodeIo());
    } catch (error) {
        // A bug in appl, not in the plans: say so, with the stack for the bug report.
        process.stderr.write(`appl: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
        code = ExitCode.Failure;
    }
    // Let piped output drain first: exiting can cut off what is still buffered.
    await Promise.all([flush(process.stdout), flush(process.stderr)]);
    process.exit(code);
}

function flush(stream: NodeJS.WriteStream): Promise<void> {
    return new Promise(resolve => stream.write('', () => resolve()));
}

function parseCount(value: string): number {
    if (!/^\d+$/.test(value)) {
        throw new InvalidArgumentError('expected a whole number.');
    }
    return Number(value);
}

function readVersion(): string {
    // src/main.ts and out/main.js both sit one folder below package.json.
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
}
