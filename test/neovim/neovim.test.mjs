// @ts-check
// The APPL language server in Neovim (Debian's 0.7, headless), started as `appl-language-server --stdio`
// by Neovim's own LSP client, the way a Neovim user's config starts it (docs/editors.md). probe.lua does
// the editor side and reports what Neovim got; these tests check it: diagnostics, completion, hover, go
// to definition and formatting, on the examples and on a broken plan.
//
//   node --test test/neovim/neovim.test.mjs   (after `npm run build`; needs `nvim` on PATH or APPL_NVIM)
//
// Not a vitest file (vitest runs packages/*/test/**/*.test.ts): scripts/real-editors/ci.sh runs it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const work = join(repo, 'out', 'real-editors', 'neovim');
const nvim = process.env.APPL_NVIM || 'nvim';
// What users run: the package's bin, as npm links it (node_modules/.bin/appl-language-server).
const server = [join(repo, 'node_modules', '.bin', 'appl-language-server'), '--stdio'];

/**
 * @typedef {{ line: number, character: number, end_line: number, end_character: number, severity: number, code?: string, message: string }} NvimDiagnostic
 * @typedef {{ diagnostics: NvimDiagnostic[], responses: Record<string, any>, errors: string[], formatted?: string, capabilities: Record<string, unknown> }} ProbeReport
 */

/**
 * Opens `file` (in the work folder) in Neovim with the server attached and sends `requests`.
 * @param {string} file
 * @param {{ minErrors?: number, requests?: Array<{ name: string, method: string, position?: [number, number], apply?: boolean }> }} [options]
 * @returns {ProbeReport}
 */
function probe(file, { minErrors = 0, requests = [] } = {}) {
    const name = file.replace(/\W/g, '-');
    const script = join(work, `${name}.probe.json`);
    const output = join(work, `${name}.report.json`);
    writeFileSync(script, JSON.stringify({ cmd: server, file: join(work, file), filetype: 'appl', min_errors: minErrors, requests }));
    rmSync(output, { force: true });
    const run = spawnSync(nvim, ['--headless', '--clean', '-u', join(here, 'probe.lua')], {
        cwd: work, env: { ...process.env, APPL_PROBE: script, APPL_PROBE_OUT: output }, encoding: 'utf8', timeout: 60_000,
    });
    assert.ok(existsSync(output), `Neovim wrote no report (exit ${run.status}, ${run.error ?? ''}):\n${run.stdout}${run.stderr}`);
    /** @type {ProbeReport} */
    const report = JSON.parse(readFileSync(output, 'utf8'));
    // Problems with one request fail that request's test only (see answer()); any other problem fails all.
    const general = (report.errors ?? []).filter(error => !requests.some(request => error.startsWith(`${request.name}:`)));
    assert.deepEqual(general, [], 'Neovim reported problems talking to the server');
    assert.equal(run.status, 0, `Neovim exited with ${run.status}:\n${run.stderr}`);
    return report;
}

/** The server's answer to the request named `name`, failing with what Neovim reported if there is none. */
function answer(/** @type {ProbeReport} */ report, /** @type {string} */ name) {
    assert.deepEqual((report.errors ?? []).filter(error => error.startsWith(`${name}:`)), []);
    return report.responses[name];
}

/** The 0-based [line, character] of the `occurrence`-th `text` in a work file, plus `offset` characters. */
function at(file, text, offset = 0) {
    const content = readFileSync(join(work, file), 'utf8');
    const index = content.indexOf(text);
    assert.notEqual(index, -1, `"${text}" is not in ${file}`);
    const lines = content.slice(0, index + offset).split('\n');
    return /** @type {[number, number]} */ ([lines.length - 1, lines[lines.length - 1].length]);
}

/** A definition answer (Location, Location[] or LocationLink[]) as { uri, range of the name }. */
function targets(answer) {
    return [answer].flat().filter(Boolean).map(t => t.targetUri
        ? { uri: t.targetUri, range: t.targetSelectionRange ?? t.targetRange }
        : { uri: t.uri, range: t.range });
}

const uriOf = (/** @type {string} */ file) => pathToFileURL(join(work, file)).href;
const ERROR = 1; // vim.diagnostic.severity.ERROR

describe('Neovim with appl-language-server --stdio', () => {
    before(() => {
        assert.ok(existsSync(join(repo, 'packages', 'language', 'out', 'lsp', 'main.js')), 'the server is not built: run `npm run build`');
        rmSync(work, { recursive: true, force: true });
        mkdirSync(work, { recursive: true });
        for (const file of ['app-2020.appl', 'medway-people.appl', 'medway-findings.appl']) {
            copyFileSync(join(repo, 'examples', 'medway', file), join(work, file));
        }
        copyFileSync(join(repo, 'packages', 'extension', 'test', 'real-editors', 'fixtures', 'broken-plan.appl'), join(work, 'broken-plan.appl'));
        copyFileSync(join(here, 'fixtures', 'unformatted.appl'), join(work, 'unformatted.appl'));
    });

    test('shows the errors of a broken plan with their rule ids, messages and places', () => {
        const { diagnostics } = probe('broken-plan.appl', { minErrors: 4 });
        const errors = diagnostics.filter(d => d.severity === ERROR)
            .sort((a, b) => a.line - b.line || a.character - b.character)
            .map(d => ({ at: `${d.line + 1}:${d.character + 1}-${d.end_line + 1}:${d.end_character + 1}`, code: d.code, message: d.message }));
        assert.deepEqual(errors, [
            {
                at: '24:12-24:14', code: 'weakness-covered',
                message: 'Weakness W7 is judged not sufficient but no area or action addresses it. Add "addresses W7" to the area or action that tackles it.',
            },
            { at: '28:10-28:13', code: 'action-has-lead', message: 'Action 1.1 has no lead. Add "lead <person-id>".' },
            { at: '38:41-38:43', code: 'unresolved-reference', message: 'No weakness called W8 is declared in this file or in a file it imports. Did you mean W1?' },
            { at: '42:9-42:19', code: 'valid-date', message: '2021-02-30 is not a real date: February 2021 has 28 days.' },
        ]);
        for (const d of diagnostics) {
            assert.match(String(d.code), /^[a-z]+(-[a-z0-9]+)*$/, `"${d.message}" has no rule id`);
        }
    });

    describe('on the Medway example', () => {
        /** @type {ProbeReport} */
        let report;
        before(() => {
            report = probe('app-2020.appl', {
                requests: [
                    { name: 'completion', method: 'textDocument/completion', position: at('app-2020.appl', 'addresses W7', 'addresses '.length) },
                    { name: 'hover', method: 'textDocument/hover', position: at('app-2020.appl', 'addresses W7', 'addresses W'.length) },
                    { name: 'weakness', method: 'textDocument/definition', position: at('app-2020.appl', 'addresses W7', 'addresses W'.length) },
                    { name: 'person', method: 'textDocument/definition', position: at('app-2020.appl', 'lead ad-education-send', 'lead ad'.length) },
                ],
            });
        });

        test('reports no errors', () => {
            assert.deepEqual(report.diagnostics.filter(d => d.severity === ERROR).map(d => `${d.line + 1}: ${d.message}`), []);
        });

        test('completes weakness ids after "addresses"', () => {
            const completion = answer(report, 'completion');
            const labels = (Array.isArray(completion) ? completion : completion?.items ?? []).map(item => item.label);
            assert.deepEqual(labels.filter(label => /^W\d+$/.test(label)).sort(), ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8']);
        });

        test('shows the weakness text on hover', () => {
            const hover = answer(report, 'hover');
            const contents = hover?.contents;
            const text = [contents].flat().map(c => typeof c === 'string' ? c : c?.value ?? '').join('\n');
            assert.ok(text.includes('The quality of EHC plans was not acceptable.'), `the hover shows: ${JSON.stringify(hover)}`);
        });

        test('goes to the declaration of a weakness in the imported findings file', () => {
            const [line, character] = at('medway-findings.appl', 'weakness W7 "', 'weakness '.length);
            assert.deepEqual(targets(answer(report, 'weakness')), [
                { uri: uriOf('medway-findings.appl'), range: { start: { line, character }, end: { line, character: character + 2 } } },
            ]);
        });

        test('goes to the declaration of a person in the imported file', () => {
            const [line, character] = at('medway-people.appl', 'person ad-education-send "', 'person '.length);
            assert.deepEqual(targets(answer(report, 'person')), [
                { uri: uriOf('medway-people.appl'), range: { start: { line, character }, end: { line, character: character + 'ad-education-send'.length } } },
            ]);
        });
    });

    test('formats a plan into the canonical layout', () => {
        const report = probe('unformatted.appl', { requests: [{ name: 'format', method: 'textDocument/formatting', apply: true }] });
        answer(report, 'format');
        assert.equal(report.formatted, readFileSync(join(here, 'fixtures', 'formatted.appl'), 'utf8'));
    });
});
