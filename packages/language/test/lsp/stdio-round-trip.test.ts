import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { LspTestClient, visible } from './lsp-client.js';

// The server over stdio, as an editor configured with `appl-language-server --stdio` runs it.
const SERVER = fileURLToPath(new URL('./server-entry.mjs', import.meta.url));

const BROKEN_PLAN = `plan "Medway Accelerated Progress Plan" {
  type APP
  local-area "Medway"
  period 2020-03-01 to 2021-09-30
}

person jane-doe "Jane Doe" role "Head of SEND"

inspection revisit from 2019-12-09 to 2019-12-11 {
  weakness W1 "There was a lack of joint strategic leadership." not-sufficient
  weakness W7 "The quality of EHC plans was not acceptable." not-sufficient
}

area 3 "Quality of EHC plans" addresses W7 {
  action 3.1 "Train EHC coordinators in outcome-focused plan writing" {
    due 2020-12-31
    target "Caseworkers trained" 100 percent by 2020-09-30 from 20 on 2020-02-01
    milestone 2020-06-01 "First cohort trained"
  }
}
`;

// The same plan with a lead for action 3.1 and W1 addressed by area 3.
const FIXED_PLAN = BROKEN_PLAN
    .replace('addresses W7 {', 'addresses W7, W1 {')
    .replace('    due 2020-12-31', '    lead jane-doe\n    due 2020-12-31');

/** The errors among the diagnostics, as a user sees them. */
function errors(diagnostics: Parameters<typeof visible>[0]) {
    return visible(diagnostics).filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error);
}

let client: LspTestClient | undefined;
let tempDir: string | undefined;

afterEach(async () => {
    await client?.dispose();
    client = undefined;
    if (tempDir) {
        await rm(tempDir, { recursive: true, force: true });
        tempDir = undefined;
    }
});

describe('language server over stdio', () => {
    test('advertises Langium\'s capabilities, reports a broken plan, clears the diagnostics once fixed and exits', async () => {
        client = LspTestClient.start([SERVER, '--stdio']);

        const { capabilities } = await client.initialize();
        expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 /* incremental */ });
        // What Langium's defaults provide; APPL's own providers will add more.
        expect(capabilities).toMatchObject({
            completionProvider: expect.any(Object),
            definitionProvider: true,
            referencesProvider: true,
            documentSymbolProvider: true,
            documentHighlightProvider: true,
            foldingRangeProvider: true,
            hoverProvider: true,
            renameProvider: { prepareProvider: true },
            workspaceSymbolProvider: expect.any(Object),
        });
        await client.initialized();

        const uri = 'file:///plans/medway-app.appl';
        await client.open(uri, BROKEN_PLAN);
        // Errors only: the plan is a minimal one, and the advisory rules (governance, …) have their own tests.
        expect(errors(await client.diagnosticsFor(uri))).toEqual([
            {
                code: 'weakness-covered',
                range: { start: { line: 9, character: 11 }, end: { line: 9, character: 13 } },
                message: 'Weakness W1 is judged not sufficient but no area or action addresses it. '
                    + 'Add "addresses W1" to the area or action that tackles it.',
                severity: DiagnosticSeverity.Error,
            },
            {
                code: 'action-has-lead',
                range: { start: { line: 14, character: 9 }, end: { line: 14, character: 12 } },
                message: 'Action 3.1 has no lead. Add "lead <person-id>".',
                severity: DiagnosticSeverity.Error,
            },
        ]);

        const before = client.publishedCount();
        await client.change(uri, FIXED_PLAN, 2);
        expect(errors(await client.diagnosticsFor(uri, before))).toEqual([]);

        expect(await client.shutdown()).toBe(0);
    });

    test('loads a plan\'s imports from disk when the editor opens one file with no workspace folder', async () => {
        tempDir = await mkdtemp(join(tmpdir(), 'appl-lsp-'));
        const people = 'person jane-doe "Jane Doe" role "Head of SEND"\n';
        await writeFile(join(tempDir, 'people.appl'), people);
        const plan = FIXED_PLAN
            .replace('person jane-doe "Jane Doe" role "Head of SEND"\n', '')
            .replace('plan "Medway', 'import "people.appl"\n\nplan "Medway');
        // The plan is on disk too, as a file opened from a file manager would be.
        await writeFile(join(tempDir, 'plan.appl'), plan);
        const planUri = pathToFileURL(join(tempDir, 'plan.appl')).href;
        const peopleUri = pathToFileURL(join(tempDir, 'people.appl')).href;

        client = LspTestClient.start([SERVER, '--stdio']);
        await client.initialize(null);
        await client.initialized();
        await client.open(planUri, plan);

        // Without people.appl loaded, the plan would show unresolved-reference for the import and for jane-doe.
        expect(errors(await client.diagnosticsFor(planUri))).toEqual([]);
        const leadLine = plan.split('\n').findIndex(line => line.includes('lead jane-doe'));
        expect(await client.definition(planUri, { line: leadLine, character: '    lead jane'.length })).toEqual([
            expect.objectContaining({
                targetUri: peopleUri,
                targetSelectionRange: { start: { line: 0, character: 7 }, end: { line: 0, character: 15 } },
            }),
        ]);

        expect(await client.shutdown()).toBe(0);
    });

    test('applies the project config and suppression comments, as appl check does', async () => {
        tempDir = await mkdtemp(join(tmpdir(), 'appl-lsp-'));
        await writeFile(join(tempDir, 'appl.config.json'), '{ "rules": { "action-has-lead": "warning" } }');
        const plan = BROKEN_PLAN.replace('  weakness W1 ', '  // appl-disable-next-line weakness-covered -- covered by the WSOA\n  weakness W1 ');
        await writeFile(join(tempDir, 'plan.appl'), plan);
        const planUri = pathToFileURL(join(tempDir, 'plan.appl')).href;

        client = LspTestClient.start([SERVER, '--stdio']);
        await client.initialize(null);
        await client.initialized();
        await client.open(planUri, plan);

        const shown = visible(await client.diagnosticsFor(planUri));
        expect(shown.filter(d => d.code === 'weakness-covered')).toEqual([]);
        expect(shown.filter(d => d.code === 'action-has-lead')).toEqual([{
            code: 'action-has-lead',
            range: { start: { line: 15, character: 9 }, end: { line: 15, character: 12 } },
            message: 'Action 3.1 has no lead. Add "lead <person-id>".',
            severity: DiagnosticSeverity.Warning,
        }]);
        expect(await client.shutdown()).toBe(0);
    });
});
