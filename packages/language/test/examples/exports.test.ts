// The exports of each example plan, as `appl export` writes them (the plan loaded alone, with its
// imports), compared exactly with packages/language/test/export/expected/examples/<name>.md and .json.
// UPDATE_EXPECTED=1 rewrites them; review every diff by eye: these are the documents a reviewer reads.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/index.js';
import { EXAMPLE_PLANS, EXPECTED_EXPORTS, expectToEqualFile, loadExample } from './examples.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema/appl-export.v1.schema.json', import.meta.url)), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('exports of the example plans', () => {
    for (const { file, name } of EXAMPLE_PLANS) {
        it(`${file}: the Markdown export equals ${name}.md`, async () => {
            const { services, document } = await loadExample(file);
            expectToEqualFile(exportPlan(services, document, 'markdown'), path.join(EXPECTED_EXPORTS, `${name}.md`));
        });

        it(`${file}: the JSON export is valid against the schema and equals ${name}.json`, async () => {
            const { services, document } = await loadExample(file);
            const text = exportPlan(services, document, 'json');
            validate(JSON.parse(text));
            expect(validate.errors ?? []).toEqual([]);
            expectToEqualFile(text, path.join(EXPECTED_EXPORTS, `${name}.json`));
        });

        it(`${file}: the documents name people, organisations, boards, measures and notices, never by their ids, and in no doubled brackets`, async () => {
            const { services, document } = await loadExample(file);
            const plan = JSON.parse(exportPlan(services, document, 'json'));
            const ids: string[] = [...plan.people, ...plan.organisations, ...plan.boards, ...plan.measures, ...plan.notices]
                .filter((entry: { id: string, name?: string, title?: string }) => entry.name || entry.title)
                .map((entry: { id: string }) => entry.id);
            const markdown = exportPlan(services, document, 'markdown');
            // Names with brackets of their own ("Designated Clinical Officer (DCO)") are never wrapped in more.
            expect(markdown.match(/\)\)|\) \(/g) ?? []).toEqual([]);
            for (const text of [markdown, exportPlan(services, document, 'html', { nonce: 'bm9uY2Utbm9uY2U' })]) {
                const words = ids.filter(id => new RegExp(`(?<![\\w.-])${id.replace(/[.]/g, '\\.')}(?![\\w-])`).test(text.replace(/<[^>]*>/g, ' ')));
                expect(words).toEqual([]);
            }
        });

        it(`${file}: exports with no findings, in the plan or in the files it imports, and no appendix of findings`, async () => {
            const { services, document } = await loadExample(file);
            expect(JSON.parse(exportPlan(services, document, 'json')).diagnostics).toEqual([]);
            expect(exportPlan(services, document, 'markdown')).not.toContain('Appendix');
            expect(exportPlan(services, document, 'markdown', { includeFindings: true }))
                .toContain('## Appendix: what to check before submitting\n\nThe checker found nothing to put right');
        });
    }
});
