// The example library checks clean, and tells the Medway story through the as-of date: one shared
// file of findings and reviews, seen by the 2018 statement of action and by the 2020 APP each at its
// own date.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { isIgnoredByConfig, toPlanModel, type PlanModel } from '../../src/index.js';
import { checkOnDisk, EXAMPLE_FILES, EXAMPLE_PLANS, examplePath, EXAMPLES, loadExample, TEACHING } from './examples.js';

/** The plan model of an example, as of its own date or of another. */
async function modelOf(file: string, asOf?: string): Promise<PlanModel> {
    const { services, document } = await loadExample(file);
    const visible = services.references.ImportResolver.visibleDocuments(document);
    return toPlanModel(document, visible, asOf ? { date: asOf, source: 'override' } : undefined);
}

function statuses(model: PlanModel): Record<string, string> {
    return Object.fromEntries(model.coverage.map(entry => [entry.weakness, entry.status]));
}

describe('the example library', () => {
    it('checks clean: no error, warning or info in any example file, checked together as `appl check examples/` does', async () => {
        const { results } = await checkOnDisk(EXAMPLE_FILES.map(examplePath));
        for (const { document, diagnostics } of results) {
            expect(diagnostics.map(d => `${path.relative(EXAMPLES, document.uri.fsPath)}:${d.range.start.line + 1} ${d.code} ${d.message}`)).toEqual([]);
        }
    });

    it('lists every plan file of the library (outside teaching/)', () => {
        const onDisk = (folder: string): string[] => readdirSync(folder, { withFileTypes: true }).flatMap(entry =>
            entry.isDirectory() ? entry.name === 'teaching' ? [] : onDisk(path.join(folder, entry.name))
                : entry.name.endsWith('.appl') ? [path.relative(EXAMPLES, path.join(folder, entry.name)).split(path.sep).join('/')] : []);
        expect(onDisk(EXAMPLES).sort()).toEqual([...EXAMPLE_FILES].sort());
    });

    it('skips the teaching files when appl check searches the examples folder (appl.config.json "ignore")', async () => {
        const { services } = await checkOnDisk([examplePath(EXAMPLE_PLANS[0].file)]);
        const config = services.config.ProjectConfig;
        expect(isIgnoredByConfig(config, URI.file(path.join(TEACHING, 'action-has-lead.appl')))).toBe(true);
        for (const file of EXAMPLE_FILES) {
            expect(isIgnoredByConfig(config, URI.file(examplePath(file))), file).toBe(false);
        }
    });
});

describe('Medway, from the statement of action to release', () => {
    it('the 2018 WSOA sees all eight weaknesses open (the 2019 revisit is after its as-of date) and addresses each', async () => {
        const model = await modelOf('medway/wsoa-2018.appl');
        expect(model.plan?.asOf).toBe('2018-10-31');
        expect(model.coverage).toHaveLength(8);
        for (const entry of model.coverage) {
            expect(entry.status, entry.weakness).toBe('open');
            expect(entry.areas, entry.weakness).toEqual([entry.weakness.slice(1)]);
        }
    });

    it('the 2020 APP, when agreed, sees the three weaknesses the revisit judged not sufficient, and addresses them', async () => {
        const model = await modelOf('medway/app-2020.appl', '2020-02-28');
        expect(statuses(model)).toEqual({
            W1: 'not-sufficient', W2: 'not-sufficient', W3: 'sufficient', W4: 'sufficient',
            W5: 'sufficient', W6: 'sufficient', W7: 'not-sufficient', W8: 'sufficient',
        });
        const addressed = model.coverage.filter(entry => entry.actions.length > 0).map(entry => entry.weakness);
        expect(addressed).toEqual(['W1', 'W2', 'W7']);
    });

    it('the APP after the January 2021 review sees EHC plan quality judged sufficient', async () => {
        const model = await modelOf('medway/app-2020.appl', '2021-02-01');
        expect(statuses(model)).toMatchObject({ W1: 'not-sufficient', W2: 'not-sufficient', W7: 'sufficient' });
    });

    it('the APP as of 5 October 2021 sees the last two weaknesses released: nothing is outstanding', async () => {
        const model = await modelOf('medway/app-2020.appl');
        expect(model.plan?.asOf).toBe('2021-10-05');
        expect(statuses(model)).toMatchObject({ W1: 'released', W2: 'released', W7: 'sufficient' });
        expect(model.coverage.filter(entry => entry.status === 'open' || entry.status === 'not-sufficient')).toEqual([]);
    });
});

describe('the other examples', () => {
    it('Kent: nine areas, each addressed, and the Improvement Notice requirement recorded as met', async () => {
        const model = await modelOf('kent-improvement-plan.appl');
        expect(model.coverage.map(entry => [entry.weakness, entry.areas])).toEqual(
            Array.from({ length: 9 }, (_, i) => [`W${i + 1}`, [String(i + 1)]]));
        expect(model.notices[0].requirements.map(r => [r.id, r.due, r.outcome])).toEqual([
            ['R1', '2023-09-30', 'met'], ['R2', '2024-04-30', undefined],
        ]);
    });

    it('the 2023-framework plan addresses its areas for priority action and areas for improvement', async () => {
        const model = await modelOf('priority-action-plan-2023.appl');
        expect(model.plan?.type).toBe('priority-action-plan');
        expect(model.inspections[0].weaknesses.map(w => [w.id, w.kind])).toEqual([
            ['P1', 'priority-action'], ['P2', 'priority-action'],
            ['I1', 'improvement-area'], ['I2', 'improvement-area'], ['I3', 'improvement-area'],
        ]);
        expect(model.coverage.every(entry => entry.areas.length > 0)).toBe(true);
    });
});
