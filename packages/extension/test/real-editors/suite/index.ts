// The test module VS Code loads in its extension host (`extensionTestsPath`): `run()` runs every
// *.spec.js beside it with mocha, as @vscode/test-electron's contract expects, and rejects when a test
// fails, which makes VS Code exit with code 1.
//
// The report goes to stdout (desktop VS Code and the code-server wrapper both pass the extension host's
// stdout on); the counts also go to the JSON file named by APPL_TEST_RESULTS, for run-tests.mjs.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

export interface SuiteResults {
    passed: number;
    failed: number;
    tests: Array<{ title: string, state: 'passed' | 'failed', error?: string }>;
}

export async function run(): Promise<void> {
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => process.stdout.write(`${format(...args)}\n`);
    const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, slow: 5_000 });
    for (const file of readdirSync(__dirname).filter(name => name.endsWith('.spec.js')).sort()) {
        mocha.addFile(join(__dirname, file));
    }
    const results: SuiteResults = { passed: 0, failed: 0, tests: [] };
    await new Promise<void>(resolve => {
        const runner = mocha.run(() => resolve());
        runner.on('pass', test => {
            results.passed++;
            results.tests.push({ title: test.fullTitle(), state: 'passed' });
        });
        runner.on('fail', (test, error: Error) => {
            results.failed++;
            results.tests.push({ title: test.fullTitle(), state: 'failed', error: error.message });
        });
    });
    if (process.env.APPL_TEST_RESULTS) {
        writeFileSync(process.env.APPL_TEST_RESULTS, JSON.stringify(results, null, 2));
    }
    if (results.failed > 0 || results.passed === 0) {
        throw new Error(`${results.failed} of ${results.passed + results.failed} tests failed`);
    }
}
