import { afterEach, describe, expect, test } from 'vitest';
import { expectHover } from 'langium/test';
import { addFiles, createLspTestServices, PEOPLE, planUri, reset, setSettings } from './lsp-services.js';

const services = createLspTestServices();
const hover = expectHover(services);
afterEach(() => reset(services));

const FINDINGS = `inspection revisit from 2019-12-09 to 2019-12-11 {
  weakness W1 "There was a lack of joint strategic leadership." not-sufficient
  weakness W7 "The quality of EHC plans was <not> *acceptable*." not-sufficient
  weakness W8 "Co-production was weak." open
}
`;

/** A plan file that imports the people and the findings; `<|>` marks where the mouse is. */
function plan(marked: string): string {
    return `import "people.appl"
import "findings.appl"
plan "Riverside APP" {
  type APP
  period 2020-03-01 to 2021-09-30
  as-of 2021-01-20
}
measure ehcp-quality "EHC plans audited as good or better" {
  kind impact
  unit percent
  baseline 35 on 2020-01-31 source "Monthly audit"
  target 70 by 2021-03-31
  expect 45 by 2020-06-30
  expect 65 by 2020-12-31
  actual 47 on 2020-06-30
  actual 60 on 2020-12-31
  actual 72 on 2021-02-28
}
area 1 "Leadership" addresses W1 {
  action 1.1 "Agree a joint strategy" { lead jane-doe due 2020-12-31 status on-track }
}
area 3 "Quality of EHC plans" addresses W7 {
  action 3.1 "Train coordinators" { lead jane-doe }
  action 3.2 "Audit every plan monthly" { lead sam-lee target ehcp-quality }
}
${marked}`;
}

async function expectHoverIn(text: string, expected: string, otherFiles: Record<string, string> = {}) {
    await addFiles(services, { 'people.appl': PEOPLE, 'findings.appl': FINDINGS, ...otherFiles });
    await hover({ text, index: 0, hover: expected, parseOptions: { documentUri: planUri('plan.appl').toString() } });
}

describe('hover', () => {
    test('a weakness shows its full text, where it stands, and the actions that address it', async () => {
        await expectHoverIn(plan('review 2021-01-20 { outcome W<|>7 not-sufficient }'), [
            '**Weakness W7**: Not sufficient progress',
            '',
            '> The quality of EHC plans was \\<not\\> \\*acceptable\\*.',
            '',
            'Addressed by 2 actions:',
            '',
            '- 3.1 Train coordinators',
            '- 3.2 Audit every plan monthly',
        ].join('\n'));
    });

    test('a weakness that nothing addresses says so', async () => {
        await expectHoverIn(plan('review 2021-01-20 { looking-for W<|>8 "Co-production with parents" }'), [
            '**Weakness W8**: Open',
            '',
            '> Co-production was weak.',
            '',
            'Not addressed by any area or action.',
        ].join('\n'));
    });

    test('in a shared file of findings, a weakness shows the actions of the plans that import it', async () => {
        const findings = FINDINGS.replace('weakness W1', 'weakness W<|>1');
        const { 'findings.appl': document } = await addFiles(services, {
            'people.appl': PEOPLE, 'findings.appl': findings.replace('<|>', ''), 'plan.appl': plan(''),
        });
        const result = await services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(findings.indexOf('<|>')),
        });
        expect(result?.contents).toEqual({
            kind: 'markdown',
            value: [
                '**Weakness W1**: Not sufficient progress',
                '',
                '> There was a lack of joint strategic leadership.',
                '',
                'Addressed by 1 action:',
                '',
                '- 1.1 Agree a joint strategy',
            ].join('\n'),
        });
    });

    test('a measure shows baseline → target with dates, and its latest actual against what was expected then', async () => {
        await expectHoverIn(plan('').replace('target ehcp-quality', 'target ehcp-<|>quality'), [
            '**EHC plans audited as good or better** (measure `ehcp-quality`)',
            '',
            'Impact measure, percent',
            '',
            '35% on 31 Jan 2020 → 70% by 31 Mar 2021',
            '',
            'Latest actual: 60% on 31 Dec 2020, behind its path (65% expected by then).',
        ].join('\n'));
    });

    test('the as-of setting moves the date that the latest actual is taken at', async () => {
        setSettings(services, { asOf: '2021-03-01' });
        await expectHoverIn(plan('').replace('measure ehcp-quality', 'measure ehcp-<|>quality'), [
            '**EHC plans audited as good or better** (measure `ehcp-quality`)',
            '',
            'Impact measure, percent',
            '',
            '35% on 31 Jan 2020 → 70% by 31 Mar 2021',
            '',
            'Latest actual: 72% on 28 Feb 2021, ahead of its path (68.3% expected by then).',
        ].join('\n'));
    });

    test('a person shows their role and organisation', async () => {
        await expectHoverIn(plan('').replace('{ lead jane-doe }', '{ lead jane<|>-doe }'), [
            '**Jane Doe** (`jane-doe`)',
            '',
            'Head of SEND, Riverside Council',
        ].join('\n'));
    });

    test('an organisation shows its name and kind', async () => {
        await expectHoverIn(plan('board b "Board" { members p<|>cf }'), [
            '**Riverside Parent Carer Forum** (`pcf`)',
            '',
            'Parent carer forum',
        ].join('\n'));
    });

    test('an action shows its title, lead, due date and status, and its RAG in words', async () => {
        await expectHoverIn(plan('review 2021-01-20 { looking-for W1 "Impact" answered-by 1.<|>1 }'), [
            '**Action 1.1**: Agree a joint strategy',
            '',
            'Lead: Jane Doe · due 31 Dec 2020 · on track',
            '',
            'RAG: **Not yet due**',
        ].join('\n'));
    });

    test('an action shows why it is red, and its latest update at the as-of date', async () => {
        const text = plan('').replace('action 3.2 "Audit every plan monthly" { lead sam-lee target ehcp-quality }',
            `action 3.2 "Audit every plan monthly" {
    lead sam-lee
    target ehcp-quality
    milestone 2020-09-30 "Audit cycle running" missed
    update 2020-10-15 "Audits restarted after the summer"
    update 2021-02-10 "Written after the as-of date: not shown"
  }`).replace('action 3.2', 'action 3.<|>2');
        await expectHoverIn(text, [
            '**Action 3.2**: Audit every plan monthly',
            '',
            'Lead: Sam Lee',
            '',
            'RAG: **Red**: milestone “Audit cycle running” (due 30 Sep 2020) was missed; EHC plans audited as good or better is behind '
                + 'its path: 60% on 31 Dec 2020 against 65% expected (short by 14% of the way from baseline to target).',
            '',
            'Latest update: 15 Oct 2020: Audits restarted after the summer',
        ].join('\n'));
    });

    test('an area shows its RAG, the worst of its actions', async () => {
        await expectHoverIn(plan('').replace('area 3 "Quality', 'area <|>3 "Quality'), [
            '**Area 3**: Quality of EHC plans',
            '',
            'RAG: **Red** (the worst of its actions)',
        ].join('\n'));
    });

    test('an action shows its senior responsible officer and who it was co-produced with', async () => {
        await expectHoverIn(plan('').replace('action 1.1 "Agree a joint strategy" { lead jane-doe',
            'action 1.<|>1 "Agree a joint strategy" { lead jane-doe senior-responsible-officer sam-lee co-production pcf co-produced, riverside-council consulted'), [
            '**Action 1.1**: Agree a joint strategy',
            '',
            'Lead: Jane Doe · due 31 Dec 2020 · on track',
            '',
            'Senior responsible officer: Sam Lee · Co-produced with Riverside Parent Carer Forum · Consulted Riverside Council',
            '',
            'RAG: **Not yet due**',
        ].join('\n'));
    });

    test('a keyword of the Annex A clauses shows what it means', async () => {
        await expectHoverIn(plan('').replace('lead jane-doe due', 'lead jane-doe co-production pcf co-pro<|>duced due'),
            '**co-produced**: They shaped the action as equal partners.');
    });

    test('a keyword shows what it means', async () => {
        await expectHoverIn(plan('').replace('status on-track', 'sta<|>tus on-track'),
            '**status**: How the action is going: `not-started`, `on-track`, `at-risk`, `off-track` or `complete`.');
        await reset(services);
        await expectHoverIn(plan('').replace('status on-track', 'status on-<|>track'), '**on-track**: The action is on track.');
    });

    test('text and dates show nothing', async () => {
        await expectHoverIn(plan('').replace('"Train coordinators"', '"Train <|>coordinators"'), undefined as unknown as string);
    });
});
