import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { runCli } from '../src/main.js';
import { checkTeaching, FIXTURES, recordingIo } from './helpers.js';

// docs/ci.md is copied into other repositories: its YAML must parse, its workflow must have the keys
// GitHub needs, its commands must use options that exist, and its sample output must be what appl writes.
const doc = readFileSync(new URL('../../../docs/ci.md', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../schema/appl-check.v1.schema.json', import.meta.url), 'utf8'));
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The fenced blocks of a language, in order, each with the heading it sits under. */
function blocks(language: string): Array<{ heading: string, text: string }> {
    const found: Array<{ heading: string, text: string }> = [];
    let heading = '';
    const lines = doc.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].startsWith('#')) heading = lines[i].replace(/^#+\s*/, '');
        if (lines[i].startsWith('```')) {
            const fence = lines[i].slice(3).trim();
            const body: string[] = [];
            for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
            if (fence === language) found.push({ heading, text: `${body.join('\n')}\n` });
        }
    }
    return found;
}

function parseYaml(text: string): unknown {
    const document = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: false });
    expect([...document.errors, ...document.warnings].map(problem => problem.message)).toEqual([]);
    return document.toJS();
}

interface Step { uses?: string, run?: string, with?: Record<string, unknown>, if?: string, id?: string }

describe('docs/ci.md', () => {
    test('has a GitHub Actions workflow that checks plans, uploads SARIF and publishes the Markdown export', () => {
        const [block] = blocks('yaml').filter(entry => entry.heading === 'GitHub Actions');
        const workflow = parseYaml(block.text) as {
            name: string, on: Record<string, unknown>, permissions: Record<string, string>,
            jobs: Record<string, { 'runs-on': string, steps: Step[] }>,
        };
        expect(Object.keys(workflow)).toEqual(['name', 'on', 'permissions', 'jobs']);
        expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
        expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
        const jobs = Object.values(workflow.jobs);
        expect(jobs).toHaveLength(1);
        const { 'runs-on': runsOn, steps } = jobs[0];
        expect(runsOn).toBe('ubuntu-latest');
        for (const step of steps) {
            expect(step.uses === undefined).not.toBe(step.run === undefined); // each step either uses an action or runs
        }
        const uses = (action: string) => steps.find(step => step.uses?.startsWith(`${action}@`));
        expect(steps[0].uses).toMatch(/^actions\/checkout@v\d+$/);
        expect(uses('actions/setup-node')?.with?.['node-version']).toBe(20);

        const check = steps.find(step => /appl(@\S+)? check/.test(step.run ?? ''))!;
        const sarifFile = /--format sarif --output (\S+)/.exec(check.run!)?.[1];
        expect(sarifFile).toBeDefined();
        const upload = uses('github/codeql-action/upload-sarif');
        expect(upload?.with?.sarif_file).toBe(sarifFile);
        expect(upload?.if).toContain('!cancelled()');
        expect(steps.indexOf(upload!)).toBeGreaterThan(steps.indexOf(check));

        const exporting = steps.find(step => /appl(@\S+)? export/.test(step.run ?? ''))!;
        const outDir = /--format markdown --out-dir (\S+)/.exec(exporting.run!)?.[1];
        expect(outDir).toBeDefined();
        const artifact = uses('actions/upload-artifact');
        expect(String(artifact?.with?.path).replace(/\/$/, '')).toBe(outDir!.replace(/\/$/, ''));
        expect(artifact?.with?.name).toBeTruthy();
    });

    test('has a pre-commit hook and a GitLab CI job that parse', () => {
        const preCommit = parseYaml(blocks('yaml').find(entry => entry.heading === 'pre-commit')!.text) as {
            repos: Array<{ repo: string, hooks: Array<Record<string, string>> }>,
        };
        expect(preCommit.repos[0]).toMatchObject({ repo: 'local', hooks: [{ id: 'appl-check', language: 'system', files: '\\.appl$' }] });
        expect(preCommit.repos[0].hooks[0].entry).toMatch(new RegExp(`^npx --yes appl@${VERSION.replace(/\./g, '\\.')} check\\b`));
        const gitlab = parseYaml(blocks('yaml').find(entry => entry.heading === 'GitLab CI')!.text) as Record<string, {
            image: string, script: string[], artifacts: { when: string, paths: string[] },
        }>;
        expect(gitlab.appl.script.some(line => /appl(@\S+)? check/.test(line))).toBe(true);
        expect(gitlab.appl.artifacts.when).toBe('always');
        expect(blocks('sh').some(entry => entry.text.startsWith('#!/bin/sh\n'))).toBe(true);
    });

    test('uses only options that appl has', async () => {
        const help = async (command: string) => {
            const io = recordingIo(FIXTURES);
            await runCli([command, '--help'], io);
            return io.out;
        };
        const known = { check: await help('check'), export: await help('export') };
        const commands = [...doc.matchAll(/appl(?:@[\d.]+)? (check|export)\b([^\n`|]*)/g)];
        expect(commands.length).toBeGreaterThan(10);
        for (const [line, command, rest] of commands) {
            for (const option of rest.match(/(?<=\s|^)--?[a-z][\w-]*/g) ?? []) {
                expect(known[command as 'check' | 'export'], line).toMatch(new RegExp(`(^|[ ,])${option}\\b`, 'm'));
            }
        }
    });

    test('shows the output appl writes for the teaching files, in each format', async () => {
        const paths = ['teaching/typos.appl', 'teaching/overdue.appl'];
        const samples = (heading: string) => blocks('text').filter(entry => entry.heading === heading).map(entry => entry.text);
        expect(samples('`text` (default)')).toEqual([(await checkTeaching({ paths })).out]);
        expect(samples('`github`')).toEqual([(await checkTeaching({ paths: [paths[0]], format: 'github' })).out]);
        const json = blocks('json').find(entry => entry.heading === '`json`')!.text;
        const actual = JSON.parse((await checkTeaching({ paths: [paths[0]], format: 'json' })).out);
        expect(JSON.parse(json)).toEqual(actual);
        expect(new Ajv2020({ strict: true }).compile(schema)(JSON.parse(json))).toBe(true);
    });

    test('installs a pinned version of appl in every recipe, the version of this package, never a bare npx appl', () => {
        const recipes = ['yaml', 'sh'].flatMap(language => blocks(language)).map(block => block.text).join('\n');
        const runs = [...recipes.matchAll(/npx (--yes )?appl(@\S+)? /g)];
        expect(runs.length).toBeGreaterThan(5);
        for (const [run, yes, version] of runs) {
            expect({ run, yes, version }).toEqual({ run, yes: '--yes ', version: `@${VERSION}` });
        }
        for (const file of ['../../../README.md', '../README.md']) {
            const text = readFileSync(new URL(file, import.meta.url), 'utf8');
            for (const [pinned] of text.matchAll(/appl@\d+\.\d+\.\d+/g)) {
                expect(pinned, file).toBe(`appl@${VERSION}`);
            }
            expect(text, file).not.toMatch(/npx (--yes )?appl (check|export)/);
        }
    });
});
