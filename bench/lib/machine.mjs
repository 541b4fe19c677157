// @ts-check
// What the figures were measured on: CPU, cores, memory, OS, Node, the commit, and how busy the
// machine was (load average), since other work on a 2-core machine moves wall-clock figures.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';

export function describeMachine() {
    const cpus = os.cpus();
    // A copy without .git (an exported tree) can say which commit it is.
    let commit = process.env.APPL_BENCH_COMMIT ?? 'unknown';
    let dirty = false;
    try {
        commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    } catch {
        // Not a git checkout: the figures still stand, with APPL_BENCH_COMMIT or without a commit.
    }
    let osName = `${os.type()} ${os.release()}`;
    try {
        osName = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? osName;
    } catch {
        // Not Linux.
    }
    return {
        cpu: `${cpus[0]?.model ?? 'unknown'}`.trim(),
        cores: cpus.length,
        memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
        os: osName,
        node: process.version,
        v8: process.versions.v8,
        commit: dirty ? `${commit} (with uncommitted changes)` : commit,
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    };
}

/** The 1-minute load average: above the core count, other work was competing for the CPU. */
export function loadAverage() {
    return os.loadavg()[0];
}
