import { PlanFileError } from 'appl-language';
import { ExitCode } from '../exit-code.js';
import { displayPath, IoError, type Io } from '../io.js';

/**
 * Turns a file the tool could not read or write into one line on stderr and exit code 2. Anything
 * else is a bug in the tool, not a problem with the user's files, and is rethrown.
 */
export function reportFailure(error: unknown, io: Io): ExitCode {
    if (error instanceof IoError) {
        io.stderr(`appl: ${error.message}\n`);
    } else if (error instanceof PlanFileError) {
        io.stderr(`appl: cannot read ${displayPath(io.cwd, error.uri.fsPath)}: ${error.reason}\n`);
    } else {
        throw error;
    }
    return ExitCode.Failure;
}
