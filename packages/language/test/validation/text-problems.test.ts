// Text that parses but cannot mean what it says: a number beyond what a computer can hold, bytes that
// are not UTF-8. Each is a syntax-error at its place, and no export shows Infinity or null for it.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import { checkPlans, createApplServices, exportPlan } from '../../src/index.js';
import { NodePlanFileSystemContext } from '../../src/node/index.js';
import { checkFiles, createTestServices, findings, markedRanges, resetWorkspace } from '../helpers.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema/appl-export.v1.schema.json', import.meta.url)), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const HUGE = `2${'0'.repeat(308)}`;

describe('numbers and text the checker cannot use', () => {
    test('reports a number beyond the largest a computer holds (about 1.8e308) at the number', async () => {
        const { text, ranges } = markedRanges(`measure m "M" {\n  unit percent\n  baseline <|${HUGE}|> on 2020-01-01\n  target 5 by 2021-01-01\n}\n`);
        const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
        expect(findings(diagnostics, 'syntax-error')).toEqual([{
            range: ranges[0], severity: 1,
            message: 'The number 2000000000… (309 digits) is too large to use. Write a number below 1e308.',
        }]);
    });

    test('leaves such a number out of the exports: no Infinity in Markdown, no null in JSON, which stays valid', async () => {
        const text = `plan "P" { type APP local-area "A" period 2020-01-01 to 2021-01-01 }\n`
            + `measure m "M" { unit percent baseline ${HUGE} on 2020-01-01 target 5 by 2021-01-01 actual ${HUGE}.5 on 2020-06-01 }\n`
            + `area 1 "A" { action 1.1 "T" { due 2020-12-31 target "Trained" ${HUGE} percent by 2020-12-31 from ${HUGE} milestone ${HUGE} months 2020-06-01 "x" } }\n`;
        const { appl } = createApplServices();
        const [{ document }] = await checkPlans(appl, [{ uri: URI.parse('file:///plans/plan.appl'), text }]);
        const json = exportPlan(appl, document, 'json');
        expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true);
        expect(json).not.toContain('null');
        expect(exportPlan(appl, document, 'markdown')).not.toContain('Infinity');
    });

    test('reports bytes that are not UTF-8 (read as U+FFFD) once per line, and a plain plan not at all', async () => {
        const { text, ranges } = markedRanges('person p "Caf<|\ufffd|>" role "na<|\ufffd|>ve \ufffd"\nperson q "Q"\norganisation o "<|\ufffd|>"\n');
        const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
        const message = 'This character stands for bytes that are not UTF-8 text: the file was saved in another encoding, or is damaged. '
            + 'Save the file as UTF-8 and retype what is here.';
        expect(findings(diagnostics, 'syntax-error')).toEqual([
            { range: ranges[0], severity: 1, message },
            { range: ranges[2], severity: 1, message },
        ]);
        expect(ranges[1]).toBeDefined();
        const clean = (await checkFiles(services, { 'clean.appl': 'person p "Café – naïve, 日本"\n' }))['clean.appl'];
        expect(findings(clean, 'syntax-error')).toEqual([]);
    });

    test('reports a Latin-1 file read from disk', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'appl-latin1-'));
        try {
            await writeFile(join(dir, 'plan.appl'), Buffer.from('person p "Caf\xe9"\n', 'latin1'));
            const { appl } = createApplServices(NodePlanFileSystemContext);
            const [plan] = await checkPlans(appl, [{ uri: URI.file(join(dir, 'plan.appl')) }]);
            expect(findings(plan.diagnostics, 'syntax-error').map(d => [d.range.start, d.message.slice(0, 40)])).toEqual([
                [{ line: 0, character: 13 }, 'This character stands for bytes that are'],
            ]);
        } finally {
            await rm(dir, { recursive: true, force: true });
        }
    });
});
