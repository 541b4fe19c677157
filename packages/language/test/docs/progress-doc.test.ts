// docs/progress.md explains the RAG method with a worked example: its plan, built by the model, must
// give every figure and rating the page states.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { RAG_WORDS } from '../../src/export/plan-words.js';
import { toPlanModel } from '../../src/index.js';
import { checkFiles, createTestServices, findings, resetWorkspace, testUri } from '../helpers.js';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/progress.md', import.meta.url)), 'utf8');
const example = /```appl\n([\s\S]*?)```/.exec(doc)![1];

/** The rows of the worked example's table: action id → RAG in words. */
const table = [...doc.matchAll(/^\| (\d+\.\d+) \| ([A-Za-z ]+) \|/gm)].map(([, id, rag]) => [id, rag.trim()]);

const services = createTestServices();
afterEach(() => resetWorkspace(services));

async function model() {
    const diagnostics = (await checkFiles(services, { 'riverside.appl': example }))['riverside.appl'];
    expect(findings(diagnostics, 'syntax-error')).toEqual([]);
    const document = services.appl.shared.workspace.LangiumDocuments.getDocument(testUri('riverside.appl'))!;
    return toPlanModel(document, [document]);
}

describe('docs/progress.md', () => {
    test('the worked example rates each action as its table says', async () => {
        const { areas } = await model();
        expect(table).toHaveLength(5);
        expect(areas.flatMap(area => area.actions.map(action => [action.id, RAG_WORDS[action.rag]]))).toEqual(table);
    });

    test('the worked example\'s measures, areas and plan stand as the page says', async () => {
        const { areas, measures, position } = await model();
        const [quality, wait] = measures;
        expect(quality.position).toMatchObject({ status: 'behind', sustained: false, latest: { value: 60, date: '2020-12-31' } });
        expect(quality.position.latest!.expected).toBeCloseTo(62.6, 1);
        expect(doc).toContain('55 + 15 × 92/182 = 62.6 expected');
        expect(-quality.position.latest!.variance! * 100).toBeCloseTo(7.4, 1);
        expect(wait.position).toMatchObject({ status: 'on-track', sustained: true, latest: { value: 38 } });
        expect(wait.position.latest!.expected).toBeCloseTo(39.9, 1);
        expect(wait.position.series.map(point => point.expected!.toFixed(1))).toEqual(['56.3', '50.0', '39.9']);
        expect(areas.map(area => area.rag)).toEqual(['red', 'amber']);
        expect(position.rag).toEqual({ 'red': 1, 'amber': 2, 'green': 1, 'not-due': 1 });
        expect(areas[0].actions[1].ragReasons).toMatchObject([{ kind: 'milestone-overdue', days: 50 }]);
        expect(areas[1].actions[1].ragReasons).toMatchObject([{ kind: 'milestone-overdue', days: 10 }]);
    });
});
