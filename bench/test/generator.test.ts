import { afterEach, describe, expect, test } from 'vitest';
import { checkPlans, createApplServices } from 'appl-language';
import { EmptyFileSystem, URI } from 'langium';
import { ERROR_KINDS, generateIdentifierPlan, generatePlan, generateRepository } from '../generator.mjs';

// Builds a generated plan and the file it imports in memory, as `appl check` would, and returns the
// plan file's diagnostics.
async function check(files: Record<string, string>, planFile: string) {
    const { appl } = createApplServices(EmptyFileSystem);
    const folder = 'file:///bench';
    const sources = Object.entries(files).map(([name, text]) => ({ uri: URI.parse(`${folder}/${name}`), text }));
    // The imported file first, then the plan: all are loaded before the one build.
    const results = await checkPlans(appl, sources.sort((a, b) => (a.uri.path.endsWith(planFile) ? 1 : 0) - (b.uri.path.endsWith(planFile) ? 1 : 0)));
    return results.map(result => ({ file: result.document.uri.path.split('/').pop(), diagnostics: result.diagnostics }));
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

function describeFindings(diagnostics: Array<{ severity?: number, code?: string | number, message: string, range: { start: { line: number } } }>) {
    return diagnostics.map(d => `${d.range.start.line + 1}: ${SEVERITY[(d.severity ?? 1) as 1]} ${d.code} ${d.message}`);
}

describe('generatePlan', () => {
    let results: Awaited<ReturnType<typeof check>> = [];
    afterEach(() => { results = []; });

    test('gives a 2,000-line plan in the proportions of the Medway example', () => {
        const { stats } = generatePlan({ lines: 2000, seed: 1 });
        expect(stats.lines).toBeGreaterThan(1800);
        expect(stats.lines).toBeLessThan(2200);
        // Medway: 3 areas, 9 actions, 9 measures, 27 milestones, 8 weaknesses.
        expect(stats.actions / stats.areas).toBeGreaterThan(2.5);
        expect(stats.actions / stats.areas).toBeLessThan(3.5);
        expect(stats.measures).toBe(stats.areas * 3);
        expect(stats.milestones).toBe(stats.actions * 3);
        expect(stats.weaknesses / stats.areas).toBeCloseTo(8 / 3, 0);
        expect(stats.bytes / stats.lines).toBeGreaterThan(35);
        expect(stats.bytes / stats.lines).toBeLessThan(70);
    });

    test('scales to 20,000 lines', () => {
        const { stats } = generatePlan({ lines: 20000, seed: 2 });
        expect(stats.lines).toBeGreaterThan(18000);
        expect(stats.lines).toBeLessThan(22000);
    });

    test('gives the same text for the same options', () => {
        expect(generatePlan({ lines: 500, seed: 3 }).files).toEqual(generatePlan({ lines: 500, seed: 3 }).files);
        expect(generatePlan({ lines: 500, seed: 3 }).files).not.toEqual(generatePlan({ lines: 500, seed: 4 }).files);
    });

    test.each([[1, 1], [2, 5], [12, 9], [30, 11]])('gives a plan of %i areas (seed %i) that checks without any finding', async (areas, seed) => {
        const plan = generatePlan({ areas, seed });
        results = await check(plan.files, plan.planFile);
        for (const result of results) {
            expect(describeFindings(result.diagnostics), result.file).toEqual([]);
        }
    });

    test('gives a 2,000-line plan that checks without any finding', async () => {
        const plan = generatePlan({ lines: 2000, seed: 1 });
        results = await check(plan.files, plan.planFile);
        for (const result of results) {
            expect(describeFindings(result.diagnostics), result.file).toEqual([]);
        }
    });

    test('gives one error in each of a tenth of the actions with errorShare 0.1, and no other error', async () => {
        const plan = generatePlan({ lines: 2000, seed: 1, errorShare: 0.1 });
        const share = plan.injected.length / plan.stats.actions;
        expect(share).toBeGreaterThan(0.08);
        expect(share).toBeLessThan(0.12);
        // Every kind of error comes up.
        expect(new Set(plan.injected.map(error => error.rule))).toEqual(new Set(ERROR_KINDS));
        results = await check(plan.files, plan.planFile);
        const planResult = results.find(result => result.file === plan.planFile)!;
        const errors = planResult.diagnostics.filter(d => d.severity === 1);
        expect(errors.map(d => d.code).sort()).toEqual(plan.injected.map(error => error.rule).sort());
        // Besides the errors, only what follows from them: a measure that the target-less action no
        // longer uses, an action without milestones missing its 3/6/12-month ones.
        const others = new Set(planResult.diagnostics.filter(d => d.severity !== 1).map(d => d.code));
        expect([...others].filter(code => code !== 'unused' && code !== 'app-horizons')).toEqual([]);
    });

    test('keeps the share of errors at other sizes', () => {
        for (const lines of [1000, 5000, 20000]) {
            const plan = generatePlan({ lines, seed: 5, errorShare: 0.1 });
            expect(Math.abs(plan.injected.length - plan.stats.actions * 0.1)).toBeLessThanOrEqual(1);
        }
    });
});

describe('generateRepository', () => {
    test('gives 200 plans in folders, each with its people file', () => {
        const repo = generateRepository({ count: 200 });
        const names = Object.keys(repo.files);
        expect(names.filter(name => /plan-\d\.appl$/.test(name))).toHaveLength(200);
        expect(names.filter(name => /people-\d\.appl$/.test(name))).toHaveLength(200);
        expect(repo.lines / repo.plans).toBeGreaterThan(150);
        expect(repo.lines / repo.plans).toBeLessThan(900);
    });

    test('gives plans that check without any finding', async () => {
        const repo = generateRepository({ count: 10, seed: 11 });
        const byFolder = new Map<string, Record<string, string>>();
        for (const [name, text] of Object.entries(repo.files)) {
            const [folder, file] = name.split('/');
            byFolder.set(folder, { ...byFolder.get(folder), [file]: text });
        }
        for (const files of byFolder.values()) {
            for (const planFile of Object.keys(files).filter(name => name.startsWith('plan-'))) {
                const peopleFile = planFile.replace('plan-', 'people-');
                const results = await check({ [planFile]: files[planFile], [peopleFile]: files[peopleFile] }, planFile);
                for (const result of results) {
                    expect(describeFindings(result.diagnostics), `${planFile}: ${result.file}`).toEqual([]);
                }
            }
        }
    });
});

describe('generateIdentifierPlan', () => {
    test('declares the ids asked for and checks clean but for its typos: an unresolved partner and an unused person each', async () => {
        const { text, stats } = generateIdentifierPlan({ identifiers: 2000, typos: 5 });
        expect(stats).toMatchObject({ identifiers: 2000, typos: 5 });
        const declared = text.match(/^\s*(person|action|area|organisation|board|weakness|measure) /gm) ?? [];
        expect(declared.length).toBe(2000);
        const [{ diagnostics }] = await check({ 'plan.appl': text }, 'plan.appl');
        expect(new Set(diagnostics.map(d => d.code))).toEqual(new Set(['unresolved-reference', 'unused']));
        expect(diagnostics.filter(d => d.code === 'unresolved-reference')).toHaveLength(5);
        expect(diagnostics.filter(d => d.code === 'unused')).toHaveLength(5);
    });
});
