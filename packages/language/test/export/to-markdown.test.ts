import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { checkPlans, createApplServices, exportPlan, renderMarkdown, type PlanModel } from '../../src/index.js';

const fixture = fileURLToPath(new URL('../fixtures/export/sample-app.appl', import.meta.url));
const medway = fileURLToPath(new URL('../../../../examples/medway-app.appl', import.meta.url));

/** The Markdown export of a plan file on disk, as the CLI would write it. */
async function exportMarkdown(path: string): Promise<string> {
    const { appl } = createApplServices(NodeFileSystem);
    const [{ document }] = await checkPlans(appl, [{ uri: URI.file(path) }]);
    return exportPlan(appl, document, 'markdown');
}

/** Compares with the expected file; UPDATE_EXPECTED=1 rewrites it first. */
function expectToEqualFile(actual: string, name: string): void {
    const path = fileURLToPath(new URL(`./expected/${name}`, import.meta.url));
    if (process.env.UPDATE_EXPECTED === '1') {
        writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
}

function emptyModel(): PlanModel {
    return {
        files: { plan: 'draft.appl', imports: [] },
        organisations: [], people: [], boards: [], inspections: [], measures: [], areas: [], reviews: [], coverage: [],
    };
}

describe('Markdown export', () => {
    it('equals the expected Annex A document of the sample plan', async () => {
        expectToEqualFile(await exportMarkdown(fixture), 'sample-app.md');
    });

    it('escapes pipes, emphasis and line breaks in the author\'s text', async () => {
        const markdown = await exportMarkdown(fixture);
        expect(markdown).toContain('The quality of EHC plans was \\*not\\* acceptable \\| poor.');
        expect(markdown).toContain('Jo Lead (Head of SEND \\| EHC Hub, Sample Borough Council)');
        const model = emptyModel();
        model.plan = { title: 'Draft', localArea: 'North\nSouth | East', accountable: [], advisers: [] };
        expect(renderMarkdown(model, [])).toContain('| Local area | North South \\| East |');
    });

    it('says what is missing in a half-typed plan instead of failing', () => {
        const model = emptyModel();
        model.areas = [{ id: '1', addresses: [], file: 'draft.appl', actions: [{ id: '1.1', partners: [], addresses: [], evidence: [], targets: [], milestones: [] }] }];
        const markdown = renderMarkdown(model, []);
        expect(markdown).toContain('# draft.appl');
        expect(markdown).toContain('| Local area | Not stated |');
        expect(markdown).toContain('| 1.1 | Untitled | Not stated | Not stated | Not stated | Not stated | None | None | None |');
        expect(markdown).toContain('## Open diagnostics\n\nNone.');
    });

    it('lists open diagnostics in a table', () => {
        const markdown = renderMarkdown(emptyModel(), [{
            file: 'draft.appl', rule: 'action-has-lead', severity: 'error', message: 'Action 1.1 has no lead. Add "lead <person-id>".',
            start: { line: 3, column: 5 }, end: { line: 3, column: 11 },
        }]);
        expect(markdown).toContain('| draft.appl | 3:5 | Error | action-has-lead | Action 1.1 has no lead. Add "lead \\<person-id\\>". |');
    });

    it.skipIf(!existsSync(medway))('equals the expected document of the Medway example', async () => {
        expectToEqualFile(await exportMarkdown(medway), 'medway-app.md');
    });
});
