// Standard output as a CI job or a terminal pipeline treats it: `appl check | head -1` closes the pipe
// early (the reader's choice: stop quietly, with the exit code the findings deserve); a full disk or a
// broken device is a failure to do the job (exit 2, one line on stderr).
import { ExitCode } from './exit-code.js';

let failure: NodeJS.ErrnoException | undefined;

/** Writes to stdout; after a failed write, writes nothing more (the failure is reported by finishOutput). */
export function writeStdout(text: string): void {
    if (failure) {
        return;
    }
    try {
        process.stdout.write(text, error => {
            failure ??= error ?? undefined;
        });
    } catch (error) {
        failure ??= error as NodeJS.ErrnoException;
    }
}

/** Keeps a failing stdout or stderr from ending the process with a stack trace. */
export function watchOutputStreams(): void {
    process.stdout.on('error', error => {
        failure ??= error;
    });
    process.stderr.on('error', () => undefined); // nowhere left to say it
}

/**
 * Lets what is buffered drain, then the exit code: the command's, unless stdout failed for another
 * reason than a reader that stopped reading (then 2, with one line on stderr).
 */
export async function finishOutput(code: ExitCode, describe: (error: unknown) => string): Promise<ExitCode> {
    await Promise.all([drain(process.stdout), drain(process.stderr)]);
    if (!failure || failure.code === 'EPIPE') {
        return code;
    }
    process.stderr.write(`appl: cannot write to stdout: ${describe(failure)}\n`);
    await drain(process.stderr);
    return ExitCode.Failure;
}

function drain(stream: NodeJS.WriteStream): Promise<void> {
    if (stream.destroyed || stream.writableEnded) {
        return Promise.resolve();
    }
    return new Promise(resolve => {
        try {
            stream.write('', () => resolve());
        } catch {
            resolve();
        }
    });
}
