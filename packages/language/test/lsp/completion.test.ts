import { afterEach, describe, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { addFiles, createLspTestServices, PEOPLE, planUri, reset } from './lsp-services.js';

const services = createLspTestServices();
const complete = expectCompletion(services);
afterEach(() => reset(services));

const KINDS: Record<number, string> = {
    [CompletionItemKind.Keyword]: 'keyword', [CompletionItemKind.Snippet]: 'snippet', [CompletionItemKind.Value]: 'value',
    [CompletionItemKind.EnumMember]: 'weakness', [CompletionItemKind.Variable]: 'person', [CompletionItemKind.Class]: 'organisation',
    [CompletionItemKind.Property]: 'measure', [CompletionItemKind.Function]: 'action',
};

/** The list as a user reads it, in the order shown: label (kind): detail. */
function shown(list: CompletionList): string[] {
    return [...list.items]
        .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
        .map(item => `${item.label} (${KINDS[item.kind ?? 0] ?? item.kind}): ${item.detail}`);
}

/** Completes at `<|>` in a plan file that imports people.appl, and returns what the user sees. */
async function completionAt(text: string, otherFiles: Record<string, string> = {}): Promise<{ list: CompletionList, shown: string[] }> {
    await addFiles(services, { 'people.appl': PEOPLE, ...otherFiles });
    let result: CompletionList | undefined;
    await complete({
        text, index: 0, parseOptions: { documentUri: planUri('plan.appl').toString() },
        assert: list => { result = list; },
    });
    return { list: result!, shown: shown(result!) };
}

const HEADER = `import "people.appl"
plan "Riverside APP" {
  type APP
  period 2020-03-01 to 2021-09-30
}
inspection revisit {
  weakness W1 "There was a lack of joint strategic leadership." not-sufficient
  weakness W7 "The quality of EHC plans was not acceptable." not-sufficient
  weakness W8 "Co-production was weak." sufficient
}
measure ehcp-quality "EHC plans audited as good or better" { kind impact unit percent }
`;

function item(list: CompletionList, label: string): CompletionItem {
    const found = list.items.find(candidate => candidate.label === label);
    expect(found, `no completion item "${label}"`).toBeDefined();
    return found!;
}

describe('completion', () => {
    test('offers the declarations of a new file, each explained, and snippets for a plan, a measure and an area', async () => {
        const { shown: items } = await completionAt('<|>');
        expect(items).toEqual([
            'import (keyword): Makes the ids declared in another .appl file usable here: import "medway-people.appl".',
            'plan (keyword): The plan header: its title, type, local area, period, agreed and as-of dates, and accountable officers.',
            'organisation (keyword): An organisation: organisation <id> "<name>" kind <kind>.',
            'person (keyword): A person: person <id> "<name>" role "<role>" at <organisation>.',
            'board (keyword): The improvement board that governs the plan: its chairs, how often it meets and its members.',
            'inspection (keyword): An inspection and its findings, word for word: inspection revisit from <date> to <date> published <date> { … }.',
            'notice (keyword): An Improvement Notice or a Statutory Direction, with the requirements it sets.',
            'measure (keyword): A measure (KPI): its kind, unit, baseline, target, the values expected on the way and the actual values.',
            'area (keyword): An area of the plan, with the weaknesses it addresses and its actions: area 3 "<title>" addresses W7 { … }.',
            'review (keyword): A progress review by DfE and NHS England: the outcome for each weakness and what the reviewers will look for next.',
            'analysis (keyword): The factors that account for insufficient progress, and how each is being addressed: analysis { factor "…" response "…" }.',
            'communications (keyword): How families are kept informed: communications { channel "<how>" monthly }.',
            'support (keyword): The support and challenge the area asks DfE and NHS England for: support { request "<what>" by <date> }.',
            'plan block (snippet): A whole plan header: type, local area, period, dates and accountable officers',
            'measure block (snippet): A new measure: kind, unit, baseline and target',
            'area block (snippet): A new area and the weaknesses it addresses',
            'region (snippet): A foldable region: "// region" … "// endregion"',
            'section (snippet): A section heading comment',
            'illustrative (snippet): Marks invented values in an example or a draft plan',
        ]);
    });

    test('inside an action, offers only the clauses it does not have yet, and milestones at the plan\'s 3, 6 and 12 months', async () => {
        const { shown: items } = await completionAt(`${HEADER}area 1 "Leadership" addresses W1 {
  action 1.1 "Agree a strategy" {
    lead jane-doe
    due 2020-12-31
    senior-responsible-officer jane-doe
    <|>
  }
}`);
        expect(items).toEqual([
            'partners (keyword): The people or organisations working on the action with its lead.',
            'addresses (keyword): The weaknesses this area or action addresses: addresses W1, W7.',
            'start (keyword): The date the action starts.',
            'status (keyword): How the action is going: not-started, on-track, at-risk, off-track or complete.',
            'target (keyword): A target: in a measure, the value to reach by a date (target 70 by 2021-03-31); in an action, a measure\'s id or an inline target (target "<what>" 100 percent by <date> from 20 on <date>).',
            'milestone (keyword): What will be true by a date: milestone 3 months 2020-06-01 "<what will be true>" met.',
            'evidence (keyword): What a reviewer will be shown, in quotes: evidence "Training register", "Audit report".',
            'success-criteria (keyword): What will show the action has succeeded, in quotes: success-criteria "Every caseworker trained", "Audit at 70% good or better".',
            'co-production (keyword): Who the action was developed with, and how far: co-production kent-pact co-produced, schools consulted.',
            'update (keyword): The lead\'s note on progress at a date, latest last: update 2021-01-15 "<what has happened since the last update>".',
            'milestone 3 months (snippet): A milestone due 1 Jun 2020, 3 months after the plan starts',
            'milestone 6 months (snippet): A milestone due 1 Sep 2020, 6 months after the plan starts',
            'milestone 12 months (snippet): A milestone due 1 Mar 2021, 12 months after the plan starts',
            'update (snippet): A progress update dated 15 Mar 2020',
            'region (snippet): A foldable region: "// region" … "// endregion"',
            'section (snippet): A section heading comment',
            'illustrative (snippet): Marks invented values in an example or a draft plan',
        ]);
    });

    test('offers the weaknesses a plan sees, with their text, where an area addresses them', async () => {
        const { shown: items } = await completionAt(`${HEADER}area 1 "Leadership" addresses <|> {}`);
        expect(items).toEqual([
            'W1 (weakness): There was a lack of joint strategic leadership.',
            'W7 (weakness): The quality of EHC plans was not acceptable.',
            'W8 (weakness): Co-production was weak.',
        ]);
    });

    test('offers the people of an imported file, with their name and role, as an action\'s lead', async () => {
        const { shown: items } = await completionAt(`${HEADER}area 1 "Leadership" addresses W1 {
  action 1.1 "Agree a strategy" {
    lead <|>
  }
}`);
        expect(items).toEqual([
            'jane-doe (person): Jane Doe, Head of SEND',
            'sam-lee (person): Sam Lee, Chief Nurse',
        ]);
    });

    test('offers people and organisations as partners, and measures with their title as targets', async () => {
        const partners = await completionAt(`${HEADER}area 1 "A" { action 1.1 "B" { partners jane-doe, <|> } }`);
        expect(partners.shown).toEqual([
            'riverside-council (organisation): Riverside Council',
            'pcf (organisation): Riverside Parent Carer Forum',
            'jane-doe (person): Jane Doe, Head of SEND',
            'sam-lee (person): Sam Lee, Chief Nurse',
        ]);
        await reset(services);
        const targets = await completionAt(`${HEADER}area 1 "A" { action 1.1 "B" { target <|> } }`);
        expect(targets.shown).toEqual(['ehcp-quality (measure): EHC plans audited as good or better']);
    });

    test('after "milestone", offers the plan\'s 3, 6 and 12-month points with their dates, and today', async () => {
        const { list, shown: items } = await completionAt(`${HEADER}area 1 "A" { action 1.1 "B" { milestone <|> } }`);
        expect(items).toEqual([
            '3 months 2020-06-01 (value): 3 months after the plan starts (1 Mar 2020)',
            '6 months 2020-09-01 (value): 6 months after the plan starts (1 Mar 2020)',
            '12 months 2021-03-01 (value): 12 months after the plan starts (1 Mar 2020)',
            '2020-03-15 (value): Today',
        ]);
        expect(item(list, '6 months 2020-09-01').textEdit).toMatchObject({ newText: '6 months 2020-09-01' });
    });

    test('after "milestone 6 months", offers the date six months into the plan', async () => {
        const { shown: items } = await completionAt(`${HEADER}area 1 "A" { action 1.1 "B" { milestone 6 months <|> } }`);
        expect(items).toEqual([
            '2020-09-01 (value): 6 months after the plan starts (1 Mar 2020)',
            '2020-03-15 (value): Today',
        ]);
    });

    test('offers today\'s date where a date goes', async () => {
        const { shown: items } = await completionAt(`${HEADER}area 1 "A" { action 1.1 "B" { start <|> } }`);
        expect(items).toEqual(['2020-03-15 (value): Today']);
    });

    test('the action snippet numbers the action, dates it from the plan\'s start and has tab stops', async () => {
        const { list } = await completionAt(`${HEADER}area 3 "Quality" addresses W7 {
  action 3.1 "Train" {}
  action 3.2 "Audit" {}
  act<|>
}`);
        const snippet = item(list, 'action block');
        expect(snippet.insertTextFormat).toBe(InsertTextFormat.Snippet);
        expect(snippet.textEdit).toMatchObject({ range: { start: { line: 14, character: 2 }, end: { line: 14, character: 5 } } });
        expect(snippet.textEdit?.newText).toBe([
            'action ${1:3.3} "${2:What will be done}" {',
            '  lead ${3:person-id}',
            '  start ${4:2020-03-01}',
            '  due ${5:2021-03-01}',
            '  status ${6|not-started,on-track,at-risk,off-track,complete|}',
            '  target "${7:What will be measured}" ${8:100} ${9|percent,count,weeks,days,rate,score|} by ${10:2021-03-01} from ${11:0} on ${12:2020-03-15}',
            '  milestone 3 months 2020-06-01 "${13:What will be true after 3 months}"',
            '  milestone 6 months 2020-09-01 "${14:What will be true after 6 months}"',
            '  milestone 12 months 2021-03-01 "${15:What will be true after 12 months}"',
            '  evidence "${16:What a reviewer will be shown}"',
            '}',
        ].join('\n'));
    });

    test('the plan snippet starts today and runs 18 months', async () => {
        const { list } = await completionAt('pl<|>');
        expect(item(list, 'plan block').textEdit?.newText).toBe([
            'plan "${1:Title of the plan}" {',
            '  type ${2|APP,WSOA,priority-action-plan,improvement-plan|}',
            '  local-area "${3:Local area}"',
            '  period ${4:2020-03-15} to ${5:2021-09-15}',
            '  agreed ${6:2020-03-15}',
            '  as-of ${7:2020-03-15}',
            '  accountable ${8:council-officer-id}, ${9:health-officer-id}',
            '}',
        ].join('\n'));
    });

    test('the area snippet takes the next number and offers the outstanding weaknesses nothing addresses yet', async () => {
        const { list, shown: items } = await completionAt(`${HEADER}area 1 "Leadership" addresses W1 {}\n<|>`);
        expect(items).not.toContain('plan block (snippet): A whole plan header: type, local area, period, dates and accountable officers');
        expect(item(list, 'area block').textEdit?.newText).toBe([
            'area ${1:2} "${2:Title of the area}" addresses ${3|W7|} {',
            '  $0',
            '}',
        ].join('\n'));
        expect(item(list, 'measure block').textEdit?.newText).toBe([
            'measure ${1:measure-id} "${2:What is measured}" {',
            '  kind ${3|impact,outcome,experience,process,activity|}',
            '  unit ${4|percent,count,weeks,days,rate,score|}',
            '  baseline ${5:0} on ${6:2020-03-15} source "${7:Where the figure comes from}"',
            '  target ${8:100} by ${9:2021-03-01}',
            '}',
        ].join('\n'));
    });

    test('half-typed text still gets keywords', async () => {
        const { shown: items } = await completionAt(`${HEADER}area 1 "A" { action 1.1 "B" { st<|> } }`);
        expect(items).toEqual([
            'start (keyword): The date the action starts.',
            'status (keyword): How the action is going: not-started, on-track, at-risk, off-track or complete.',
            'success-criteria (keyword): What will show the action has succeeded, in quotes: success-criteria "Every caseworker trained", "Audit at 70% good or better".',
        ]);
    });
});

describe('completion opened by typing a space or a comma', () => {
    /** Completes at `<|>` as the editor does when the character before it was just typed. */
    async function typedAt(marked: string): Promise<string[]> {
        const text = marked.replace('<|>', '');
        const { 'plan.appl': document } = await addFiles(services, { 'people.appl': PEOPLE, 'plan.appl': text });
        const list = await services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(marked.indexOf('<|>')),
            context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: marked[marked.indexOf('<|>') - 1] },
        });
        return list ? shown(list) : [];
    }

    test('is announced for the space and the comma', () => {
        expect(services.lsp.CompletionProvider!.completionOptions?.triggerCharacters).toEqual([' ', ',']);
    });

    test('after "target ", lists the measures and nothing else', async () => {
        expect(await typedAt(`${HEADER}area 1 "A" { action 1.1 "B" {\n    target <|>\n  }\n}\n`))
            .toEqual(['ehcp-quality (measure): EHC plans audited as good or better']);
    });

    test('after a comma in a list, lists the names; after "unit ", the units', async () => {
        expect(await typedAt(`${HEADER}area 1 "A" { action 1.1 "B" {\n    partners pcf,<|>\n  }\n}\n`)).toEqual([
            'riverside-council (organisation): Riverside Council',
            'pcf (organisation): Riverside Parent Carer Forum',
            'jane-doe (person): Jane Doe, Head of SEND',
            'sam-lee (person): Sam Lee, Chief Nurse',
        ]);
        await reset(services);
        expect((await typedAt(`${HEADER}measure m "M" {\n  unit <|>\n}\n`)).map(line => line.split(' ')[0]))
            .toEqual(['percent', 'count', 'weeks', 'days', 'rate', 'score']);
    });

    test('opens nothing after a finished clause, inside text, or in a comment', async () => {
        expect(await typedAt(`${HEADER}area 1 "A" { action 1.1 "B" {\n    due 2020-12-31 <|>\n  }\n}\n`)).toEqual([]);
        await reset(services);
        expect(await typedAt(`${HEADER}area 1 "A" { action 1.1 "Train <|>staff" { }\n}\n`)).toEqual([]);
        await reset(services);
        expect(await typedAt(`${HEADER}area 1 "A" { action 1.1 "Train <|>\n}\n`)).toEqual([]);
        await reset(services);
        expect(await typedAt(`${HEADER}// lead <|>\n`)).toEqual([]);
    });
});

describe('comment snippets', () => {
    test('are offered where a clause may start a line, and never where a name goes', async () => {
        const atLineStart = await completionAt(`${HEADER}area 1 "A" { action 1.1 "B" {\n    <|>\n  }\n}\n`);
        expect(atLineStart.shown.filter(line => line.includes('(snippet): A foldable region'))).toEqual(['region (snippet): A foldable region: "// region" … "// endregion"']);
        expect(item(atLineStart.list, 'region').insertText).toBe('// region ${1:Name}\n$0\n// endregion');
        await reset(services);
        const afterLead = await completionAt(`${HEADER}area 1 "A" { action 1.1 "B" {\n    lead <|>\n  }\n}\n`);
        expect(afterLead.list.items.filter(candidate => candidate.kind === CompletionItemKind.Snippet)).toEqual([]);
        expect(afterLead.shown.map(line => line.split(' ')[0])).toEqual(['jane-doe', 'sam-lee']);
    });
});
