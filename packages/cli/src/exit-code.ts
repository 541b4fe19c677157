/** The exit codes are public: CI scripts branch on them. */
export const ExitCode = {
    /** No errors (warnings and infos allowed, within --max-warnings). */
    Ok: 0,
    /** The plans have errors, or more warnings than --max-warnings allows. */
    Problems: 1,
    /** The tool could not do its job: bad usage, or a file it could not read or write. */
    Failure: 2,
} as const;

export type ExitCode = typeof ExitCode[keyof typeof ExitCode];
