// @ts-check
// Runs a command to completion and measures it: wall time as seen from here, and, where GNU time is
// installed (/usr/bin/time), the CPU time (user + system) and peak memory of the command itself. CPU
// time hardly moves when other work shares the machine; wall time does, so both are reported.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ wall: number, cpu: number, maxRss: number, code: number | null, stdout: string, stderr: string }>}
 *   wall and cpu in ms, maxRss in bytes (NaN where GNU time is missing)
 */
export async function runTimed(command, args, options = {}) {
    const timeFile = join(tmpdir(), `appl-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const [file, argv] = hasGnuTime
        ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]]
        : [command, args];
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', chunk => { stdout += chunk; });
    child.stderr.on('data', chunk => { stderr += chunk; });
    const code = await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', resolve);
    });
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    let cpu = NaN, maxRss = NaN;
    if (hasGnuTime) {
        try {
            const [user, system, rss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
            cpu = (user + system) * 1000;
            maxRss = rss * 1024;
        } catch {
            // GNU time writes nothing when the command could not start; the exit code says so.
        }
        rmSync(timeFile, { force: true });
    }
    return { wall, cpu, maxRss, code, stdout, stderr };
}

export const measuresCpu = hasGnuTime;
