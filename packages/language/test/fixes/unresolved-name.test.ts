import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, diagnosticOf, expectFixed, fixesOf, fixTitled } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const HEADER = 'plan "P" { type improvement-plan period 2020-03-01 to 2021-09-30 }\n'
    + 'organisation forum "Parent Carer Forum" kind parent-carer-forum\nperson forum-rep "Forum representative" at forum\n';
const TARGET = 'target "Staff trained" 100 percent by 2020-12-31 from 0 on 2020-02-01';
const FAMILIES = 'target "Families heard" 50 count by 2020-12-31 from 10 on 2020-02-01';

function plan(people: string, action: string): string {
    return `${HEADER}${people}area 1 "A" {
  action 1.1 "Train staff" { ${action} due 2020-12-31 milestone 2020-06-01 "Trained" }
  action 1.2 "Hear from families" { lead forum-rep due 2020-12-31 ${FAMILIES} milestone 2020-06-01 "Heard" }
}
`;
}

describe('unresolved-reference: Change to <name>', () => {
    test('replaces a mistyped name with the one closest to it, safe and preferred when no other is as close', async () => {
        const checked = await check(services, plan('person jane-doe "Jane Doe"\nperson sam-lee "Sam Lee"\n', `lead jane-doo partners sam-lee ${TARGET}`));
        const diagnostic = diagnosticOf(checked, 'unresolved-reference');
        const fixes = fixesOf(services, checked, diagnostic);
        expect(fixes.map(f => f.title)).toEqual(['Change to jane-doe', 'Create person jane-doo', 'Silence unresolved-reference on this line']);
        expect(fixes[0]).toEqual({
            title: 'Change to jane-doe', kind: 'quickfix', safe: true, isPreferred: true,
            edits: [{ range: diagnostic.range, newText: 'jane-doe' }],
        });
        const text = await expectFixed(services, checked, diagnostic, fixes[0], {
            gone: ['unused: Nothing refers to person jane-doe. Name them where they take part (lead, partners, chairs, members, '
                + 'accountable, advisers), or remove the person.'],
        });
        expect(text).toContain('{ lead jane-doe partners');
    });

    test('is not safe when two names are as close as each other', async () => {
        const checked = await check(services, plan('person jane-doe "Jane Doe"\nperson jane-dog "Jane Dog"\n', `lead jane-do ${TARGET}`));
        const fix = fixTitled(fixesOf(services, checked, diagnosticOf(checked, 'unresolved-reference')), 'Change to jane-doe');
        expect(fix.safe).toBe(false);
        expect(fix.isPreferred).toBe(true);
    });
});

describe('unresolved-reference: Create <kind> <id>', () => {
    test('appends a person with a TODO name and role', async () => {
        const checked = await check(services, plan('', `lead sam ${TARGET}`));
        const diagnostic = diagnosticOf(checked, 'unresolved-reference');
        const fixes = fixesOf(services, checked, diagnostic);
        expect(fixes.map(f => f.title)).toEqual(['Create person sam', 'Silence unresolved-reference on this line']);
        const text = await expectFixed(services, checked, diagnostic, fixes[0]);
        expect(text).toBe(`${plan('', `lead sam ${TARGET}`)}person sam "TODO: name" role "TODO: role"\n`);
    });

    test('offers a person or an organisation for a partner, and appends the organisation on a new line', async () => {
        const before = plan('person jane "Jane Doe"\n', `lead jane partners acme ${TARGET}`).trimEnd();
        const checked = await check(services, before);
        const diagnostic = diagnosticOf(checked, 'unresolved-reference');
        const fixes = fixesOf(services, checked, diagnostic);
        expect(fixes.map(f => f.title)).toEqual(['Create person acme', 'Create organisation acme', 'Silence unresolved-reference on this line']);
        const text = await expectFixed(services, checked, diagnostic, fixes[1]);
        expect(text).toBe(`${before}\norganisation acme "TODO: name" kind other\n`);
    });

    test('does not create a person whose id an organisation already has', async () => {
        const checked = await check(services, plan('organisation pcf "Parent Carer Forum" kind parent-carer-forum\n', `lead pcf partners pcf ${TARGET}`));
        expect(fixesOf(services, checked, diagnosticOf(checked, 'unresolved-reference')).map(f => f.title))
            .toEqual(['Silence unresolved-reference on this line']);
    });

    test('appends a measure whose target, baseline and kind leave its action and area without new findings', async () => {
        const before = plan('person jane "Jane Doe"\n', 'lead jane target attendance');
        const checked = await check(services, before);
        const diagnostic = diagnosticOf(checked, 'unresolved-reference');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Create measure attendance'));
        expect(text).toBe(`${before}measure attendance "TODO: name" {
  kind impact
  unit percent
  baseline 0 on 2020-03-01
  target 100 by 2020-12-31
}
`);
    });

    test('adds a weakness to the file\'s first inspection', async () => {
        const before = `${HEADER}inspection revisit {
  weakness W1 "Leadership was weak." sufficient
}
inspection monitoring { }
${plan('person jane "Jane Doe"\n', `lead jane ${TARGET}`).slice(HEADER.length).replace('area 1 "A" {', 'area 1 "A" addresses send-strategy {')}`;
        const checked = await check(services, before);
        const diagnostic = diagnosticOf(checked, 'unresolved-reference');
        const fixes = fixesOf(services, checked, diagnostic);
        expect(fixes.map(f => f.title)).toEqual(['Create weakness send-strategy', 'Silence unresolved-reference on this line']);
        const text = await expectFixed(services, checked, diagnostic, fixes[0]);
        expect(text).toBe(before.replace('sufficient\n}', 'sufficient\n  weakness send-strategy "TODO: the finding, word for word from the letter"\n}'));
    });

    test('adds a weakness in a new inspection when the file has none', async () => {
        const before = plan('person jane "Jane Doe"\n', `lead jane ${TARGET}`).replace('area 1 "A" {', 'area 1 "A" addresses W2 {');
        const checked = await check(services, before);
        const diagnostic = diagnosticOf(checked, 'unresolved-reference');
        const text = await expectFixed(services, checked, diagnostic, fixTitled(fixesOf(services, checked, diagnostic), 'Create weakness W2'));
        expect(text).toBe(`${before}inspection initial {\n  weakness W2 "TODO: the finding, word for word from the letter"\n}\n`);
    });

    test('offers only the suppression for a missing import file', async () => {
        const checked = await check(services, `import "peple.appl"\n${plan('person jane "Jane Doe"\n', `lead jane ${TARGET}`)}`);
        expect(fixesOf(services, checked, diagnosticOf(checked, 'unresolved-reference')).map(f => f.title))
            .toEqual(['Silence unresolved-reference on this line']);
    });
});
