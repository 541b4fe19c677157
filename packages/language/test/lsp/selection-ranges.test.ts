import { afterEach, describe, expect, test } from 'vitest';
import { addFiles, createLspTestServices, planUri, reset } from './lsp-services.js';

const services = createLspTestServices();
afterEach(() => reset(services));

type Range = { start: { line: number, character: number }, end: { line: number, character: number } };
type Selection = { range: Range, parent?: Selection };

function texts(text: string, selection: Selection): string[] {
    const lines = text.split('\n');
    const offset = (p: Range['start']) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
    const result: string[] = [];
    for (let current: Selection | undefined = selection; current; current = current.parent) {
        result.push(text.slice(offset(current.range.start), offset(current.range.end)));
    }
    return result;
}

const PLAN = `person jane-doe "Jane Doe"
area 1 "A" {
  action 1.1 "Train staff" {
    lead jane-doe
    milestone 2020-06-01 "First cohort trained" met
  }
}
`;

describe('selection ranges', () => {
    test('grow from the words at the cursor to the clause, the action, the area and the file', async () => {
        const { 'plan.appl': document } = await addFiles(services, { 'plan.appl': PLAN });
        const [inText, onId] = services.editor.SelectionRanges.getSelectionRanges(document, {
            textDocument: { uri: planUri('plan.appl').toString() },
            positions: [{ line: 4, character: 30 }, { line: 3, character: 10 }],
        });
        const action = PLAN.slice(PLAN.indexOf('action 1.1'), PLAN.indexOf('  }\n}') + 3);
        const area = PLAN.slice(PLAN.indexOf('area 1'), PLAN.length - 1);
        expect(texts(PLAN, inText)).toEqual([
            'First cohort trained', '"First cohort trained"', 'milestone 2020-06-01 "First cohort trained" met', action, area, PLAN,
        ]);
        expect(texts(PLAN, onId)).toEqual(['jane-doe', action, area, PLAN]);
    });
});
