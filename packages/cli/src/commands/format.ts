import { formatPlan } from 'appl-language';
import { ExitCode } from '../exit-code.js';
import { displayPath, IoError, type Io } from '../io.js';
import { reportFailure, UsageError } from './failure.js';

export interface FormatOptions {
    /** Files, folders and globs as typed, or `-` for stdin; none means the current folder. */
    paths: readonly string[];
    /** Write nothing; exit 1 when a file is not in the canonical layout. */
    check?: boolean;
    /** False for --no-ignore: also format files that .gitignore skips in folders and globs. */
    ignore?: boolean;
}

/**
 * `appl format`: puts plan files in the canonical layout, the same as the editor's "Format Document"
 * (format/format-plan.ts in the core). Only whitespace changes, so formatting is safe on a file with
 * mistakes in it. Rewrites the files that change and lists them; with --check, writes nothing, lists
 * the files that would change and exits 1 if there are any. `-` formats stdin to stdout. Exit 2 when
 * a path matches nothing or a file cannot be read or written.
 */
export async function runFormat(options: FormatOptions, io: Io): Promise<ExitCode> {
    try {
        if (options.paths.includes('-')) {
            return await formatStdin(options, io);
        }
        const files = await io.expand(options.paths, { noIgnore: options.ignore === false });
        const unformatted: string[] = [];
        for (const { file } of files) {
            const text = await io.readTextFile(file);
            if (text === undefined) {
                throw new IoError(`cannot read ${displayPath(io.cwd, file)}: no such file`);
            }
            const formatted = formatPlan(text);
            if (formatted === text) {
                continue;
            }
            unformatted.push(displayPath(io.cwd, file));
            if (!options.check) {
                await io.writeFileAtomic(file, formatted);
            }
        }
        if (options.check) {
            for (const file of unformatted) {
                io.stdout(`${file}: not formatted\n`);
            }
            if (unformatted.length > 0) {
                const count = unformatted.length === 1 ? '1 file is' : `${unformatted.length} files are`;
                io.stderr(`appl: ${count} not in the canonical layout; run "appl format" to format ${unformatted.length === 1 ? 'it' : 'them'}.\n`);
                return ExitCode.Problems;
            }
            return ExitCode.Ok;
        }
        for (const file of unformatted) {
            io.stdout(`formatted ${file}\n`);
        }
        return ExitCode.Ok;
    } catch (error) {
        return reportFailure(error, io);
    }
}

async function formatStdin(options: FormatOptions, io: Io): Promise<ExitCode> {
    if (options.paths.length > 1) {
        throw new UsageError('format - reads one plan from stdin; give no other paths with it');
    }
    const text = await io.readStdin();
    const formatted = formatPlan(text);
    if (options.check) {
        if (formatted !== text) {
            io.stdout('<stdin>: not formatted\n');
            return ExitCode.Problems;
        }
        return ExitCode.Ok;
    }
    io.stdout(formatted);
    return ExitCode.Ok;
}
