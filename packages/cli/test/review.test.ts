import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanExportV1 } from 'appl-language';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runExport } from '../src/commands/export.js';
import { runReview, type ReviewOptions } from '../src/commands/review.js';
import { CLEAN_PLAN, PEOPLE_FILE, SYNTAX_ERROR_PLAN } from './fixtures.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from './helpers.js';

/** The clean plan at its first progress review: one milestone met, one missed, a measure behind its path. */
const REVIEWED_PLAN = CLEAN_PLAN
    .replace('  agreed 2020-03-20\n', '  agreed 2020-03-20\n  as-of 2020-10-15\n')
    .replace('  target 70 by 2021-03-31\n', '  target 70 by 2021-03-31\n  expect 50 by 2020-09-30\n  actual 44 on 2020-09-30\n')
    .replace('"First cohort of coordinators trained"', '"First cohort of coordinators trained" met')
    .replace('"All coordinators trained"', '"All coordinators trained" missed')
    + `
review 2020-07-01 progress-review {
  looking-for W1 "Audits showing better plans" answered-by ehcp-quality
}
`;

describe('appl review', () => {
    let dir: string;
    beforeEach(async () => {
        dir = await makeTempDir();
        await writeFiles(dir, { 'plan.appl': REVIEWED_PLAN });
    });
    afterEach(async () => { await removeTempDir(dir); });

    async function run(options: Partial<ReviewOptions> = {}) {
        const io = recordingIo(dir);
        const code = await runReview({ plan: 'plan.appl', format: 'markdown', ...options }, io);
        return { code, out: io.out, err: io.err };
    }

    test('prints the pack as Markdown: a summary, then each area since the last review', async () => {
        const { code, out, err } = await run();
        expect({ code, err }).toEqual({ code: 0, err: '' });
        expect(out.split('\n').filter(line => line.startsWith('#'))).toEqual([
            '# Progress review pack: Riverside Accelerated Progress Plan',
            '## Summary',
            '## Missed milestones and measures behind their paths',
            '## Area 1: Quality of EHC plans',
            '### Area 1: milestones due since 1 Jul 2020',
            '### Area 1: measures against their paths',
            '### Area 1: latest updates from the leads',
            '## What the reviewers are looking for',
        ]);
        expect(out).toContain('**Position at:** 15 October 2020. **Since:** 1 July 2020 (progress review, 1\nJuly 2020).');
        expect(out).toContain('- **1** Quality of EHC plans\n  - RAG: **Red**\n  - Why: 1 milestone missed (1.1); 1 measure behind its path (1.1).');
        expect(out).toContain('**RAG: Red**. 1 milestone missed (1.1); 1 measure behind its path (1.1).\n\n'
            + '- **1.1:** The milestone of 1 Sep 2020 was missed.\n'
            + '- **1.1:** EHC plans audited as good or better is behind its path (44% on 30 Sep\n'
            + '  2020 against 50% expected: behind by 17% of the distance from baseline to\n'
            + '  target).');
        expect(out).toContain('**Missed milestones:** 1.\n\n- **1.1, 1 Sep 2020:** All coordinators trained.');
        expect(out).toContain('**Measures behind their paths:** 1.\n\n- **EHC plans audited as good or better**: 44% on 30 Sep 2020 against 50%\n  expected then.');
        expect(out).toContain('- **1.1**\n  - Due: 1 Sep 2020\n  - What will be true: All coordinators trained\n  - Where it stands: **Missed**');
        expect(out).not.toContain('First cohort of coordinators trained\n  - Where it stands');
        expect(out).toContain('- Looking for: Audits showing better plans\n  - Answered by: EHC plans audited as good or better');
    });

    test('covers the time since --since, at the position of --as-of', async () => {
        const { out } = await run({ since: '2020-03-01', asOf: '2020-06-30' });
        expect(out).toContain('**Position at:** 30 June 2020 (the plan\'s own date is 15 October 2020).\n**Since:** 1 March 2020.');
        expect(out).toContain('- Due: 1 Jun 2020\n  - What will be true: First cohort of coordinators trained\n  - Where it stands: **Met**');
        expect(out).toContain('**Measures behind their paths:** none.');
    });

    test('writes Word and HTML files, and a Word pack only to a file', async () => {
        expect(await run({ format: 'docx' })).toEqual({ code: 2, out: '', err: 'appl: a Word review pack is a file: give -o <file>.docx\n' });
        expect(await run({ format: 'docx', output: 'packs/review.docx' })).toEqual({ code: 0, out: '', err: '' });
        expect((await readFile(path.join(dir, 'packs/review.docx'))).subarray(0, 2).toString('latin1')).toBe('PK');
        expect(await run({ format: 'html', output: 'packs/review.html' })).toEqual({ code: 0, out: '', err: '' });
        expect(await readFile(path.join(dir, 'packs/review.html'), 'utf8')).toContain('<h1>Progress review pack: Riverside Accelerated Progress Plan</h1>');
        expect(await run({ format: 'html', output: 'packs/review.html' })).toEqual({ code: 0, out: '', err: '' });
    });

    test('exits 2 with one line for a file that is not a plan, in every format', async () => {
        await writeFiles(dir, { 'people.appl': PEOPLE_FILE });
        for (const format of ['markdown', 'html', 'docx'] as const) {
            expect(await run({ plan: 'people.appl', format, output: `people.${format}` })).toEqual({
                code: 2, out: '', err: 'appl: people.appl is not a plan: it has no plan header (review the plan that imports it)\n',
            });
        }
        expect((await readdir(dir)).sort()).toEqual(['people.appl', 'plan.appl']);
    });

    test('gives the pack of a plan with syntax errors, with a warning on stderr', async () => {
        await writeFiles(dir, { 'half.appl': SYNTAX_ERROR_PLAN });
        const { code, out, err } = await run({ plan: 'half.appl' });
        expect(code).toBe(0);
        expect(out).toContain('# Progress review pack: Half-typed plan');
        expect(err).toMatch(/^appl: warning: half\.appl has \d+ errors?, .*syntax errors?: the export holds what could be read \(see "appl check half\.appl"\)\.\n$/);
    });

    test('on the Kent example, at its as-of date and an earlier one, names every missed milestone and every measure behind its path, and its summary has the JSON export\'s RAG', async () => {
        const repo = fileURLToPath(new URL('../../../', import.meta.url));
        const kent = 'examples/kent-improvement-plan.appl';
        const short = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).replace('Sept', 'Sep');
        const words = { 'red': 'Red', 'amber': 'Amber', 'green': 'Green', 'not-due': 'Not yet due' } as const;
        let named = { milestones: 0, measures: 0 };
        for (const asOf of [undefined, '2023-10-15']) {
            const io = recordingIo(repo);
            expect(await runReview({ plan: kent, format: 'markdown', asOf }, io), io.err).toBe(0);
            const pack = io.out.replace(/\s+/g, ' ');
            const jsonIo = recordingIo(repo);
            expect(await runExport({ paths: [kent], format: 'json', asOf }, jsonIo)).toBe(0);
            const plan = JSON.parse(jsonIo.out) as PlanExportV1;
            const summary = pack.slice(pack.indexOf('## Summary'), pack.indexOf('## Missed milestones and measures behind their paths'));
            const lists = pack.slice(pack.indexOf('## Missed milestones and measures behind their paths'), pack.indexOf('## Area 1:'));

            const missed = plan.areas.flatMap(area => area.actions.flatMap(action => action.milestones.filter(m => m.state === 'missed').map(m => ({ action, m }))));
            for (const { action, m } of missed) {
                expect(lists).toContain(`- **${action.id}, ${short(m.date!)}:** ${m.text!.replace(/\.$/, '')}.`);
            }
            expect(lists).toContain(`**Missed milestones:** ${missed.length > 0 ? missed.length : 'none'}.`);
            const behind = plan.measures.filter(measure => measure.position.status === 'behind');
            for (const measure of behind) {
                expect(lists).toContain(`- **${measure.name}**: `);
            }
            expect(lists).toContain(`**Measures behind their paths:** ${behind.length > 0 ? behind.length : 'none'}.`);
            named = { milestones: named.milestones + missed.length, measures: named.measures + behind.length };

            const rag = plan.position.rag;
            const total = plan.areas.flatMap(area => area.actions).length;
            expect(summary).toContain(`**Actions:** ${total} actions: ${rag.red} red, ${rag.amber} amber, ${rag.green} green and ${rag['not-due']} not yet due.`);
            for (const area of plan.areas) {
                expect(summary).toContain(`- **${area.id}** ${area.title} - RAG: **${words[area.rag]}**`);
            }
        }
        // The two dates between them have both: the test names real milestones and measures.
        expect(named.milestones).toBeGreaterThan(0);
        expect(named.measures).toBeGreaterThan(0);
    });
});
