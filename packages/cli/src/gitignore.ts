/**
 * Just enough of git's ignore rules to skip what a repository ignores when `appl check` walks a folder
 * or expands a glob: `.gitignore` files from the repository root down to each folder, and
 * `.git/info/exclude`. Same syntax and precedence as git (gitignore(5)): blank lines and `#` comments,
 * `!` re-includes, a trailing `/` matches folders only, a `/` at the start or in the middle anchors a
 * pattern to its file's folder, `*`, `?`, `[a-z]` and `**`; the last matching line wins and a deeper
 * file wins over a higher one; nothing inside an ignored folder can be re-included. Global git excludes
 * (core.excludesFile) are not read.
 */

export interface IgnoreRule {
    negated: boolean;
    folderOnly: boolean;
    regex: RegExp;
}

/** The rules of one ignore file, in file order. */
export function parseIgnoreFile(text: string): IgnoreRule[] {
    const rules: IgnoreRule[] = [];
    for (const rawLine of text.split(/\r?\n/)) {
        const rule = parseLine(rawLine);
        if (rule) {
            rules.push(rule);
        }
    }
    return rules;
}

function parseLine(rawLine: string): IgnoreRule | undefined {
    // Trailing spaces are dropped unless escaped with a backslash.
    let line = rawLine.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) {
        return undefined;
    }
    let negated = false;
    if (line.startsWith('!')) {
        negated = true;
        line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
        line = line.slice(1);
    }
    let folderOnly = false;
    if (line.endsWith('/') && !line.endsWith('\\/')) {
        folderOnly = true;
        line = line.replace(/\/+$/, '');
    }
    if (line === '') {
        return undefined;
    }
    // A slash at the start or in the middle anchors the pattern to the ignore file's folder.
    const anchored = line.includes('/');
    if (line.startsWith('/')) {
        line = line.slice(1);
    }
    const body = globToRegex(line);
    return { negated, folderOnly, regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`) };
}

function globToRegex(glob: string): string {
    let out = '';
    let i = 0;
    while (i < glob.length) {
        const char = glob[i];
        if (char === '*' && glob[i + 1] === '*') {
            const atStart = i === 0 || glob[i - 1] === '/';
            const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
            if (atStart && atEnd) {
                if (i + 2 === glob.length) {
                    out += '.*'; // "abc/**": everything inside
                    i += 2;
                } else {
                    out += '(?:.*/)?'; // "**/x" and "a/**/b": zero or more folders
                    i += 3;
                }
                continue;
            }
            // Other consecutive asterisks are ordinary asterisks.
            while (glob[i] === '*') i++;
            out += '[^/]*';
            continue;
        }
        if (char === '*') {
            out += '[^/]*';
        } else if (char === '?') {
            out += '[^/]';
        } else if (char === '[') {
            const end = classEnd(glob, i);
            if (end < 0) {
                out += '\\[';
            } else {
                let content = glob.slice(i + 1, end);
                const negate = content.startsWith('!') || content.startsWith('^');
                if (negate) content = content.slice(1);
                content = content.replace(/\\(.)/g, '$1').replace(/[\\\]^]/g, match => `\\${match}`);
                out += `[${negate ? '^' : ''}${content}]`;
                i = end;
            }
        } else if (char === '\\' && i + 1 < glob.length) {
            i++;
            out += escapeRegex(glob[i]);
        } else {
            out += escapeRegex(char);
        }
        i++;
    }
    return out;
}

/** The index of the `]` closing a character class that opens at `start`, or -1. */
function classEnd(glob: string, start: number): number {
    let i = start + 1;
    if (glob[i] === '!' || glob[i] === '^') i++;
    if (glob[i] === ']') i++; // a leading ] is a member
    for (; i < glob.length; i++) {
        if (glob[i] === '\\') i++;
        else if (glob[i] === ']') return i;
    }
    return -1;
}

function escapeRegex(char: string): string {
    return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

/**
 * Whether the rules of ignore files ignore a path. `files` are the applicable ignore files from the
 * outermost to the innermost, each with the path relative to its folder ('/'-separated).
 */
export function isIgnoredBy(files: ReadonlyArray<{ rules: readonly IgnoreRule[], relative: string }>, isFolder: boolean): boolean {
    let ignored = false;
    for (const { rules, relative } of files) {
        for (const rule of rules) {
            if ((!rule.folderOnly || isFolder) && rule.regex.test(relative)) {
                ignored = !rule.negated;
            }
        }
    }
    return ignored;
}
