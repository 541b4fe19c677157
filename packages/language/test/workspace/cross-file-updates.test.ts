import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { checkPlans, createApplServices } from '../../src/index.js';
import { MemoryFileSystem } from '../memory-file-system.js';

/** A workspace on an in-memory file system, where a file can be edited and the change built. */
async function workspace(files: Record<string, string>) {
    const fileSystem = MemoryFileSystem.of(files);
    const { appl } = createApplServices({ fileSystemProvider: () => fileSystem });
    await checkPlans(appl, Object.keys(files).filter(path => path.endsWith('.appl')).map(path => ({ uri: URI.file(path) })));
    const codes = (path: string) => (appl.shared.workspace.LangiumDocuments.getDocument(URI.file(path))?.diagnostics ?? [])
        .map(d => `${d.code} ${d.message}`);
    const edit = async (path: string, text: string) => {
        fileSystem.files.set(path, text);
        await appl.shared.workspace.DocumentBuilder.update([URI.file(path)], []);
    };
    return { codes, edit };
}

describe('findings that depend on other files', () => {
    test('a shared file is re-checked when a plan that imports it changes', async () => {
        const { codes, edit } = await workspace({
            '/p/people.appl': 'person jane "Jane Doe"',
            '/p/plan.appl': 'import "people.appl"\narea 1 "A" { action 1.1 "Train staff" { lead jane } }',
        });
        expect(codes('/p/people.appl').filter(c => c.startsWith('unused'))).toEqual([]);
        await edit('/p/plan.appl', 'import "people.appl"\narea 1 "A" { action 1.1 "Train staff" { } }');
        expect(codes('/p/people.appl').filter(c => c.startsWith('unused'))).toEqual([
            'unused Nothing refers to person jane. Name them where they take part (lead, partners, chairs, members, accountable, advisers), or remove the person.',
        ]);
    });

    test('a plan is re-checked when a file it imports changes, even with no reference between them', async () => {
        const { codes, edit } = await workspace({
            '/p/findings.appl': 'inspection revisit { }',
            '/p/plan.appl': 'import "findings.appl"\nplan "P" { }',
        });
        expect(codes('/p/plan.appl').filter(c => c.startsWith('weakness-covered'))).toEqual([]);
        await edit('/p/findings.appl', 'inspection revisit { weakness W1 "Leadership" not-sufficient }');
        expect(codes('/p/plan.appl').filter(c => c.startsWith('weakness-covered'))).toEqual([
            'weakness-covered Weakness W1 is judged not sufficient but no area or action addresses it. Add "addresses W1" to the area or action that tackles it. (It is declared in findings.appl.)',
        ]);
    });

    test('every plan is re-checked when its project config changes, appears or goes away', async () => {
        const plan = 'area 1 "A" { action 1.1 "Train staff" { due 2020-09-30 } }';
        const { codes, edit } = await workspace({ '/p/plan.appl': plan, '/p/appl.config.json': '{ "rules": { "action-has-lead": "off" } }' });
        const lead = () => codes('/p/plan.appl').filter(c => c.startsWith('action-has-lead'));
        expect(lead()).toEqual([]);
        await edit('/p/appl.config.json', '{ "rules": {} }');
        expect(lead()).toEqual(['action-has-lead Action 1.1 has no lead. Add "lead <person-id>".']);
    });
});
