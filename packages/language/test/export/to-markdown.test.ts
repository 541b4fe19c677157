import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { checkPlans, createApplServices, exportPlan, renderMarkdown, toPlanModel, type PlanModel } from '../../src/index.js';
import { wrap } from '../../src/export/render-markdown.js';

const fixture = fileURLToPath(new URL('../fixtures/export/sample-app.appl', import.meta.url));

/** The Markdown export of a plan file on disk, as the CLI would write it. */
async function exportMarkdown(path: string, includeFindings = false): Promise<string> {
    const { appl } = createApplServices(NodeFileSystem);
    const [{ document }] = await checkPlans(appl, [{ uri: URI.file(path) }]);
    return exportPlan(appl, document, 'markdown', { includeFindings });
}

/** Compares with the expected file; UPDATE_EXPECTED=1 rewrites it first. */
function expectToEqualFile(actual: string, name: string): void {
    const path = fileURLToPath(new URL(`./expected/${name}`, import.meta.url));
    if (process.env.UPDATE_EXPECTED === '1') {
        writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** The model of a small plan written in APPL, as the exports build it (at its own as-of date). */
async function modelOf(text: string): Promise<PlanModel> {
    const { appl } = createApplServices(EmptyFileSystem);
    const [{ document }] = await checkPlans(appl, [{ uri: URI.parse('file:///plans/draft.appl'), text }]);
    return toPlanModel(document, [document]);
}

describe('Markdown export', () => {
    it('equals the expected Annex A document of the sample plan', async () => {
        expectToEqualFile(await exportMarkdown(fixture), 'sample-app.md');
    });

    it('keeps every line within 80 characters and uses no tables, so that markdownlint\'s defaults pass', async () => {
        const markdown = await exportMarkdown(fixture);
        expect(markdown.split('\n').filter(line => line.length > 80)).toEqual([]);
        expect(markdown).not.toMatch(/^\|/m);
    });

    it('lays out one block per action: lead, officer, co-production, dates, RAG, criteria, targets, milestones with states, evidence, update', async () => {
        const markdown = await exportMarkdown(fixture);
        const block = markdown.slice(markdown.indexOf('### Action 1.1'), markdown.indexOf('### Area 1 measures'));
        expect(block).toBe([
            '### Action 1.1: Agree a joint SEND strategy with health and the parent …',
            '',
            'Agree a joint SEND strategy with health and the parent carer forum',
            '',
            '- **Lead:** Alex Chief, Director of Children\'s Services, Sample Borough Council',
            '- **Senior responsible officer:** Sam Health, Chief Nursing Officer, NHS Sample',
            '  Integrated Care Board',
            '- **Partners:** NHS Sample Integrated Care Board; Sample Parent Carer Forum',
            '- **Co-produced with:** Sample Parent Carer Forum: co-produced; NHS Sample',
            '  Integrated Care Board: consulted',
            '- **Start and due:** 1 Mar 2020 to 30 Sep 2020',
            '- **Status reported:** Complete',
            '- **RAG:** **Green**',
            '- **Success criteria:**',
            '  - Every partner signs the strategy',
            '  - Leaders can describe it',
            '- **Targets:**',
            '  - **Strategy signed by all partners**: from 0 on 1 Mar 2020 to 3 by 30 Sep',
            '    2020',
            '  - **Partners rating joint leadership as good or better**: from 30% on 1 Feb',
            '    2020 to 60% by 31 Mar 2021',
            '- **Milestones:**',
            '  - **3 months, 1 Jun 2020:** Draft strategy co-produced. **Met**',
            '  - **6 months, 1 Sep 2020:** Strategy signed. **Met**',
            '  - **12 months, 1 Mar 2021:** First annual review of the strategy. **Not yet',
            '    due**',
            '- **Evidence:** Signed strategy',
            '- **Latest update:** None recorded',
            '',
            '',
        ].join('\n'));
    });

    it('has the Annex A sections in order, the dashboard first and the sign-off last', async () => {
        const headings = (await exportMarkdown(fixture)).split('\n').filter(line => /^##? /.test(line));
        expect(headings).toEqual([
            '# Sample Accelerated Progress Plan',
            '## Summary dashboard',
            '## Plan details',
            '## Governance and monitoring',
            '## Why progress was not sufficient, and what is being done',
            '## Keeping children, young people and families informed',
            '## Support and challenge requested',
            '## Weaknesses and what addresses them',
            '## Area 1: Joint strategic leadership',
            '## Area 2: Quality of EHC plans',
            '## Reviews',
            '## Sign-off',
        ]);
    });

    it('escapes emphasis, pipes and markup in the author\'s text', async () => {
        const markdown = await exportMarkdown(fixture);
        expect(markdown).toContain('The quality of EHC plans was \\*not\\* acceptable \\| poor.');
        expect(markdown).toContain('Jo Lead, Head of SEND \\| EHC Hub, Sample Borough Council');
        const text = renderMarkdown(await modelOf('plan "Draft <b>" { local-area "North | East" }'));
        expect(text).toContain('# Draft \\<b\\>');
        expect(text).toContain('- **Local area:** North \\| East');
    });
    it('says what is missing in a half-typed plan instead of failing', async () => {
        const markdown = renderMarkdown(await modelOf('area 1 "" {\n  action 1.1 "" {'));
        expect(markdown).toMatch(/^# draft\.appl\n/);
        expect(markdown).toContain('- **Local area:** Not stated');
        expect(markdown).toContain('### Action 1.1: Untitled action\n\n- **Lead:** Not stated');
        expect(markdown).toContain('## Why progress was not sufficient, and what is being done\n\nNot stated in the plan.');
    });
    it('leaves the checker\'s findings out, and adds them as an appendix for a reviewer when asked', async () => {
        const model = await modelOf('area 1 "Plans" { }');
        const finding = {
            file: 'draft.appl', rule: 'action-has-lead', severity: 'error' as const, message: 'Action 1.1 has no lead. Add "lead <person-id>".',
            start: { line: 3, column: 5 }, end: { line: 3, column: 11 },
        };
        expect(renderMarkdown(model)).not.toMatch(/Appendix|checker/i);
        expect(renderMarkdown(model, { findings: [finding] })).toContain([
            '## Appendix: what to check before submitting',
            '',
            'The checker found 1 point in the plan and the files it imports, 1 of them to put',
            'right before the plan is submitted. Each names the line of the plan file it is',
            'about.',
            '',
            '- draft.appl, line 3',
            '  - How much it matters: To put right',
            '  - What the checker found: Action 1.1 has no lead. Add "lead \\<person-id\\>".',
        ].join('\n'));
        expect(await exportMarkdown(fixture, true)).toContain('## Appendix: what to check before submitting\n\nThe checker found');
    });

    it('shows each notice\'s requirements with deadline, state and what answers them, by name', async () => {
        const markdown = renderMarkdown(await modelOf(`plan "Plan" { as-of 2024-01-08 }
organisation dfe "Department for Education (DfE)" kind government
measure timely "Plans within 20 weeks" { }
area 6 "Casework" { action 6.1 "Recruit caseworkers" { } }
notice improvement-notice n1 "Improvement Notice to Sample Council" issued 2023-03-31 by dfe {
  requirement R1 "A permanent casework team." due 2023-09-30 met answered-by 6.1, timely
  requirement R2 "Reviews every quarter." due 2023-12-31
  requirement R3 "Most actions delivered." due 2024-04-30 answered-by 6.9
}`));
        expect(markdown).toContain([
            '## Notices and directions',
            '',
            '### Improvement Notice to Sample Council',
            '',
            'Improvement Notice, issued 31 March 2023 by Department for Education (DfE).',
            '',
            '- **R1**',
            '  - Requirement: A permanent casework team.',
            '  - Due: 30 Sep 2023',
            '  - Where it stands: **Met**',
            '  - Answered by: 6.1 Recruit caseworkers; Plans within 20 weeks',
            '- **R2**',
            '  - Requirement: Reviews every quarter.',
            '  - Due: 31 Dec 2023',
            '  - Where it stands: **Deadline passed, no outcome recorded**',
            '  - Answered by: Nothing named yet',
            '- **R3**',
            '  - Requirement: Most actions delivered.',
            '  - Due: 30 Apr 2024',
            '  - Where it stands: **Not yet due**',
            '  - Answered by: 6.9 (not declared)',
        ].join('\n'));
        expect(markdown).not.toContain('n1');
        expect(markdown).not.toContain('timely');
    });
    it('lists reviews in date order and says which are after the position date', async () => {
        const markdown = renderMarkdown(await modelOf(`plan "Plan" { as-of 2018-10-31 }
review 2019-12-11 revisit { }
review 2018-06-01 monitoring { }`));
        expect(markdown.indexOf('### Monitoring visit, 1 June 2018')).toBeLessThan(markdown.indexOf('### Revisit, 11 December 2019'));
        expect(markdown).toContain('### Revisit, 11 December 2019\n\nThis review is after the position date (31 October 2018): it does not change\nwhere the weaknesses stand here.');
        expect(markdown).not.toContain('### Monitoring visit, 1 June 2018\n\nThis review is after');
    });
    it('rounds expected counts to whole numbers', async () => {
        const markdown = renderMarkdown(await modelOf(`plan "Plan" { as-of 2024-01-01 }
measure over-30 "Assessments open beyond 30 weeks" {
  unit count
  direction decrease
  baseline 567 on 2023-01-01
  target 500 by 2023-03-02
  actual 540 on 2023-01-31
}`));
        // Halfway from 567 to 500 is 533.5: a reader is told 534 (the path expects 534 on 31 January).
        expect(markdown).toContain('540 on 31 Jan 2023 (534)');
        expect(markdown).not.toContain('533.5');
    });
    it('gives a repeated heading its number, and shortens a heading too long for a line', async () => {
        const title = 'Make sure that every child and young person with SEND has a plan written with them and their family';
        const markdown = renderMarkdown(await modelOf(`area 1 "${title}" { }\narea 1 "${title}" { }`));
        expect(markdown).toContain([
            '## Area 1: Make sure that every child and young person with SEND has a …',
            '',
            'Make sure that every child and young person with SEND has a plan written with',
            'them and their family',
        ].join('\n'));
        expect(markdown).toContain('## Area 1: Make sure that every child and young person with SEND has a … (2)');
        expect(markdown.split('\n').filter(line => line.length > 80)).toEqual([]);
    });
});

describe('Markdown line filling', () => {
    it('never starts a line with what would begin a list, a heading or an ordered item', () => {
        const long = 'a'.repeat(70);
        expect(wrap(`${long} bbbbbbbbb - y`, '', '')).toBe(`${long}\nbbbbbbbbb - y`);
        expect(wrap(`${long} stepstep 12. then`, '', '')).toBe(`${long}\nstepstep 12. then`);
        expect(wrap(`${long} keykeyke # key`, '', '')).toBe(`${long}\nkeykeyke # key`);
        expect(wrap(`${long} moremore + more`, '', '')).toBe(`${long}\nmoremore + more`);
    });

    it('escapes text that would begin a block of its own', () => {
        expect(wrap('- not a list', '', '')).toBe('\\- not a list');
        expect(wrap('# not a heading', '', '')).toBe('\\# not a heading');
        expect(wrap('1. not a list', '', '')).toBe('1\\. not a list');
    });

    it('fills lines of at most 80 characters, with the prefixes of list items', () => {
        const text = 'word '.repeat(40).trim();
        const lines = wrap(text, '- ', '  ').split('\n');
        expect(lines.every(line => line.length <= 80)).toBe(true);
        expect(lines[0].startsWith('- word')).toBe(true);
        expect(lines.slice(1).every(line => line.startsWith('  word'))).toBe(true);
    });
});
