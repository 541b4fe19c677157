import { URI, UriUtils } from 'langium';
import picomatch from 'picomatch/posix.js';
import type { ProjectConfigProvider } from './project-config.js';

/**
 * Whether a plan file matches its project config's `ignore` globs: paths relative to the config
 * file's folder, matched as the command line matches its globs (picomatch: `**`, `*`, `?`, `{a,b}`,
 * `[ab]`), in order, a glob starting with `!` taking back what an earlier one ignored. Only `appl
 * check` and `appl export` skip files; a module of its own, so that the language server, which never
 * asks, does not carry the matcher.
 */
export function isIgnoredByConfig(config: ProjectConfigProvider, file: URI): boolean {
    const applying = config.configFor(file);
    if (!applying.file || applying.ignore.length === 0) {
        return false;
    }
    const relative = UriUtils.relative(UriUtils.dirname(applying.file), file);
    return !relative.startsWith('..') && isIgnoredBy(applying.ignore, relative);
}

/** Whether a relative path (with `/`) is ignored by a list of globs: the last glob that matches decides. */
export function isIgnoredBy(globs: readonly string[], relative: string): boolean {
    let ignored = false;
    for (const glob of globs) {
        const negated = glob.startsWith('!');
        if (matcherFor(negated ? glob.slice(1) : glob)(relative)) {
            ignored = !negated;
        }
    }
    return ignored;
}

const matchers = new Map<string, (path: string) => boolean>();

function matcherFor(glob: string): (path: string) => boolean {
    const known = matchers.get(glob);
    if (known) {
        return known;
    }
    // The POSIX build: the same matcher on every platform, with no Node built-ins (the core runs in browsers).
    const matcher = picomatch(glob, { dot: true });
    matchers.set(glob, matcher);
    return matcher;
}
