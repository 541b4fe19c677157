import { PlanFileError } from 'appl-language';
import { ExitCode } from '../exit-code.js';
import { displayPath, IoError, type Io } from '../io.js';
import { escapeControlCharacters } from '../report/terminal-text.js';

/**
 * A run the tool refuses to do, found after the arguments were parsed (stdin combined with files, a
 * broken project config, an export that would replace someone's file). Its message is one line.
 */
export class UsageError extends Error {}

/**
 * Turns a file the tool could not read or write, or a run it refuses, into one line on stderr and exit
 * code 2. Anything else is a bug in the tool, not a problem with the user's files, and is rethrown.
 */
export function reportFailure(error: unknown, io: Io): ExitCode {
    // Messages name files, whose names may hold control characters.
    if (error instanceof IoError || error instanceof UsageError) {
        io.stderr(`appl: ${escapeControlCharacters(error.message)}\n`);
    } else if (error instanceof PlanFileError) {
        io.stderr(`appl: cannot read ${escapeControlCharacters(displayPath(io.cwd, error.uri.fsPath))}: ${error.reason}\n`);
    } else {
        throw error;
    }
    return ExitCode.Failure;
}
