import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../src/commands/check.js';
import { FIXTURES, makeTempDir, recordingIo, removeTempDir } from './helpers.js';

// Microsoft's SARIF Multitool (@microsoft/sarif-multitool, a dev dependency) is the reference
// validator: JSON schema plus the SARIF rules (SARIF1xxx, SARIF2xxx) and GitHub's ingestion rules
// (GH1xxx). The SARIF of the repository's examples and of the teaching files must pass it with no
// error and no warning; notes (suggestions such as code snippets) are allowed.
const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLES = path.join(REPOSITORY, 'examples');
const TEACHING_EXAMPLES = path.join(EXAMPLES, 'teaching');

/** The platform's Multitool binary: the package's main export is its path. */
function multitool(): string {
    return createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
}

interface ValidationResult {
    ruleId: string;
    level?: string;
    message: { text?: string, id?: string, arguments?: string[] };
    locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
}

describe('SARIF Multitool', () => {
    let dir: string;
    const logs: string[] = [];

    async function writeSarif(name: string, cwd: string, paths: string[], ignore = true): Promise<void> {
        const output = path.join(dir, name);
        const io = recordingIo(cwd, { repositoryRoot: REPOSITORY });
        const code = await runCheck({ paths, format: 'sarif', output, ignore, version: '0.1.0' }, io);
        expect({ name, code: code === 2 ? 2 : 'ran', err: io.err }).toEqual({ name, code: 'ran', err: '' });
        logs.push(output);
    }

    beforeAll(async () => {
        dir = await makeTempDir();
        await writeSarif('examples.sarif', REPOSITORY, ['examples']);
        await writeSarif('cli-teaching.sarif', FIXTURES, ['teaching']);
        const teachingFiles = readdirSync(TEACHING_EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.appl'));
        if (teachingFiles.length > 0) {
            // examples/appl.config.json may leave the teaching files out of a plain `appl check examples`.
            await writeSarif('examples-teaching.sarif', REPOSITORY, ['examples/teaching'], false);
        }
    }, 60_000);
    afterAll(async () => { await removeTempDir(dir); });

    test('validates the SARIF of the examples and of the teaching files with no errors and no warnings', async () => {
        const report = path.join(dir, 'validation.sarif');
        const { stdout } = await promisify(execFile)(multitool(), [
            'validate', ...logs, '--output', report, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note',
        ], { maxBuffer: 64 * 1024 * 1024 });
        expect(stdout).toContain(`Done. ${logs.length} files scanned.`);
        const validation = JSON.parse(await readFile(report, 'utf8')) as {
            runs: Array<{ results: ValidationResult[], invocations?: Array<{ executionSuccessful: boolean, toolExecutionNotifications?: unknown[] }> }>,
        };
        const run = validation.runs[0];
        expect(run.invocations?.[0].executionSuccessful).toBe(true);
        expect(run.invocations?.[0].toolExecutionNotifications ?? []).toEqual([]);
        // A result without a level is a warning (SARIF 3.27.10).
        const problems = run.results
            .filter(result => (result.level ?? 'warning') === 'error' || (result.level ?? 'warning') === 'warning')
            .map(result => `${result.level ?? 'warning'} ${result.ruleId} ${result.locations?.[0]?.physicalLocation?.artifactLocation?.uri}: `
                + `${result.message.text ?? result.message.arguments?.join(', ')}`);
        expect(problems).toEqual([]);
        // The validator did look: it has notes (suggestions) about our logs.
        expect(run.results.length).toBeGreaterThan(0);
    }, 60_000);
});
