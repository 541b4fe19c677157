import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test, vi } from 'vitest';
import { ApplModule, ApplSharedModule } from '../../src/appl-module.js';
import { ApplGeneratedModule, ApplGeneratedSharedModule, ApplLanguageMetaData } from '../../src/generated/module.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

// The generated module runs in production mode: the lexer and parser skip Chevrotain's checks of the
// grammar (ambiguities, unreachable alternatives, token clashes), which cost every start of the CLI and
// the server. They are run here instead, in development mode, so that a grammar change cannot skip them.
describe('the grammar', () => {
    test('is shipped in production mode', () => {
        expect(ApplLanguageMetaData.mode).toBe('production');
    });

    test('passes Chevrotain\'s lexer and parser checks, and parses every example without an ambiguity', () => {
        const warnings = vi.spyOn(console, 'warn');
        // The adaptive lookahead reports an ambiguous decision when it meets one, through console.log.
        const logs = vi.spyOn(console, 'log');
        const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), ApplGeneratedSharedModule, ApplSharedModule);
        const appl = inject(createDefaultCoreModule({ shared }), ApplGeneratedModule, ApplModule,
            { LanguageMetaData: () => ({ ...ApplLanguageMetaData, mode: 'development' as const }) });
        // Building the parser runs the checks, and throws on the first one that fails.
        const parser = appl.parser.LangiumParser;
        const files = readdirSync(`${root}/examples`, { recursive: true, encoding: 'utf8' })
            .filter(file => file.endsWith('.appl')).map(file => `examples/${file}`);
        expect(files.length).toBeGreaterThan(20);
        for (const file of files) {
            expect(parser.parse(readFileSync(`${root}/${file}`, 'utf8')).lexerErrors, file).toEqual([]);
        }
        expect(warnings).not.toHaveBeenCalled();
        expect(logs).not.toHaveBeenCalled();
        warnings.mockRestore();
        logs.mockRestore();
    });

    test('has no finding of Langium\'s own grammar checks, warnings included', async () => {
        // Langium warns of a property assigned with = more than once in a block ("Found multiple
        // assignments to 'due'…"): such clauses are lists (due+=DATE), a repetition a syntax error.
        const { grammar } = createLangiumGrammarServices(NodeFileSystem);
        const path = `${root}/packages/language/src/appl.langium`;
        const document = grammar.shared.workspace.LangiumDocumentFactory.fromString(readFileSync(path, 'utf8'), URI.file(path));
        await grammar.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.diagnostics?.map(d => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    });
});
