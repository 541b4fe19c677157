import { readFileSync } from 'node:fs';
import { CstUtils, isAstNode, isLeafCstNode, isReference, URI, type AstNode, type ParseResult } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { checkPlans, createApplServices } from '../../src/index.js';
import { reparseDeclaration } from '../../src/workspace/declaration-reparse.js';
import { MemoryFileSystem } from '../memory-file-system.js';

const { appl } = createApplServices();
const parser = appl.parser.LangiumParser;
const example = (path: string) => readFileSync(new URL(`../../../../examples/${path}`, import.meta.url), 'utf8');

/** Everything a parse gives that the rest of the checker reads: the AST, every CST node's place, the errors. */
function describeParse(result: ParseResult<AstNode>) {
    const cst = [...CstUtils.streamCst(result.value.$cstNode!)].map(node => [
        node.offset, node.end, JSON.stringify(node.range), node.hidden, node.astNode.$type, node.grammarSource?.$type,
        isLeafCstNode(node) ? `${node.tokenType.name} ${node.text}` : 'composite',
    ].join(' '));
    return { ast: plain(result.value), cst, errors: result.lexerErrors.length + result.parserErrors.length };
}

/** An AST as plain data: types, values, reference texts, and where each node is in its container. */
function plain(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(plain);
    }
    if (isReference(value)) {
        return { $refText: value.$refText };
    }
    if (isAstNode(value)) {
        const node = value as AstNode & Record<string, unknown>;
        const properties = Object.keys(node).filter(key => !key.startsWith('$')).sort().map(key => [key, plain(node[key])]);
        return { $type: node.$type, $containerProperty: node.$containerProperty, $containerIndex: node.$containerIndex,
            $container: node.$container?.$type, ...Object.fromEntries(properties) };
    }
    return value;
}

/** A small deterministic generator, so that a failure names the edit that caused it. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
    };
}

const SNIPPETS = [' ', 'x', '7', '"', '}', '{', '/*', '*/', '//', '\n', '-', 'milestone 2021-01-01 "Met"', 'due 2020-02-30',
    'lead ', 'addresses W1', '"a new title"', 'action 9.9 "New" { }', '\n  // a note\n'];

describe('re-parsing the declaration an edit falls inside', () => {
    test('gives the tree a full parse gives, for random pairs of edits all over real plans', () => {
        const next = random(20201);
        // Anywhere in the file, or near a given place (the next keystroke of someone typing).
        const randomEdit = (text: string, near?: number) => {
            const at = near === undefined ? Math.floor(next() * text.length)
                : Math.max(0, Math.min(text.length, near + Math.floor(next() * 40) - 20));
            const removed = next() < 0.5 ? Math.floor(next() * 6) : 0;
            const inserted = next() < 0.7 ? SNIPPETS[Math.floor(next() * SNIPPETS.length)] : '';
            return { at, text: text.slice(0, at) + inserted + text.slice(at + removed), edit: `at ${at}, ${removed} removed, ${JSON.stringify(inserted)} inserted` };
        };
        let spliced = 0;
        let splicedAfterError = 0;
        let declined = 0;
        for (const file of ['medway/app-2020.appl', 'kent-improvement-plan.appl']) {
            const base = example(file);
            for (let i = 0; i < 100; i++) {
                // The previous text: the example, or the example after one edit (often a syntax error, as mid-typing).
                const first = next() < 0.3 ? { at: undefined, text: base, edit: 'none' } : randomEdit(base);
                // The next keystroke: often one that undoes the first (the bench's and a typist's pattern), else one near it.
                const second = first.at !== undefined && next() < 0.4 ? { text: base, edit: 'undone' } : randomEdit(first.text, first.at);
                const previous = parser.parse(first.text);
                const hadErrors = previous.lexerErrors.length + previous.parserErrors.length > 0;
                const result = reparseDeclaration(parser, previous, second.text);
                if (result) {
                    spliced++;
                    splicedAfterError += hadErrors ? 1 : 0;
                    expect(describeParse(result), `${file}: ${first.edit}, then ${second.edit}`).toEqual(describeParse(parser.parse(second.text)));
                } else {
                    declined++;
                }
            }
        }
        // Every path is exercised: edits inside a declaration splice, also after an error there; the others fall back.
        expect(spliced).toBeGreaterThan(40);
        expect(splicedAfterError).toBeGreaterThan(5);
        expect(declined).toBeGreaterThan(20);
    });

    test('a sequence of edits, each spliced into the previous result, ends with the full parse of the last text', () => {
        let text = example('medway/app-2020.appl');
        let result: ParseResult<AstNode> = parser.parse(text);
        const titles = [...text.matchAll(/action [\d.]+ "/g)].map(match => match.index! + match[0].length);
        expect(titles.length).toBeGreaterThan(5);
        let spliced = 0;
        for (const [n, at] of titles.entries()) {
            // Typing at the start of action titles, from the last to the first (so that earlier offsets hold).
            const offset = titles[titles.length - 1 - n];
            text = `${text.slice(0, offset)}Now ${text.slice(offset)}`;
            const next = reparseDeclaration(parser, result, text);
            expect(next, `edit at ${at}`).toBeDefined();
            result = next!;
            spliced++;
        }
        expect(spliced).toBe(titles.length);
        expect(describeParse(result)).toEqual(describeParse(parser.parse(text)));
    });

    test('declines an edit that leaves a string open, touches a declaration\'s first or last token, turns its end into a comment or a longer token, or lies between declarations', () => {
        const text = 'plan "P" { period 2020-01-01 to 2021-01-01 }\n\narea 1 "A" {\n  action 1.1 "Train" { due 2020-09-30 }\n}\n';
        const declines = (edited: string) => reparseDeclaration(parser, parser.parse(text), edited) === undefined;
        expect(declines(text.replace('"Train"', '"Train'))).toBe(true);
        expect(declines(text.replace('area 1', 'areas 1'))).toBe(true);
        expect(declines(text.replace('}\n}', '}\n'))).toBe(true);
        expect(declines(text.replace('\n\narea', '\n// a note\narea'))).toBe(true);
        expect(declines(text.replace('"Train"', '"Train staff"'))).toBe(false);
        // A comment now ends the person: a full parse attaches it to what follows, not to the person.
        const person = 'person jo "Jo Lead" role "Head"\narea 1 "A" { }\n';
        expect(reparseDeclaration(parser, parser.parse(person), person.replace('role', '// role'))).toBeUndefined();
        // Its last token grows into a longer one, which in the file runs on into the next declaration.
        const adjacent = 'organisation org "O"\nperson p "P" at 5area 1 "A" { }\n';
        expect(reparseDeclaration(parser, parser.parse(adjacent), adjacent.replace('at 5', 'at x5'))).toBeUndefined();
    });

    test('mends a syntax error inside the declaration, but not one outside it', () => {
        const text = 'area 1 "A" {\n  action 1.1 "Train" { due }\n}\narea 2 "B" { }\n';
        const mended = reparseDeclaration(parser, parser.parse(text), text.replace('due }', 'due 2020-09-30 }'));
        expect(mended && describeParse(mended)).toEqual(describeParse(parser.parse(text.replace('due }', 'due 2020-09-30 }'))));
        expect(mended?.parserErrors).toEqual([]);
        expect(reparseDeclaration(parser, parser.parse(text), text.replace('"B"', '"B2"'))).toBeUndefined();
    });
});

describe('editing a plan in a workspace', () => {
    test('findings after each splice are those of a fresh check of the same text', async () => {
        const files = {
            '/m/medway-findings.appl': example('medway/medway-findings.appl'),
            '/m/medway-people.appl': example('medway/medway-people.appl'),
            '/m/app-2020.appl': example('medway/app-2020.appl'),
        };
        const fileSystem = MemoryFileSystem.of(files);
        const { appl: services } = createApplServices({ fileSystemProvider: () => fileSystem });
        const plan = URI.file('/m/app-2020.appl');
        await checkPlans(services, [{ uri: plan }]);
        const parse = vi.spyOn(services.parser.LangiumParser, 'parse');
        const findings = (diagnostics: Array<{ code?: unknown, message: string, range: unknown }> = []) =>
            diagnostics.map(d => `${d.code} ${JSON.stringify(d.range)} ${d.message}`);

        let text = files['/m/app-2020.appl'];
        const edits: Array<[string, string]> = [
            ['lead health-coordinator', 'lead nobody'],   // an unresolved reference
            ['milestone ', 'milestone 2020-02-30 "Too soon" milestone '], // a wrong date, then more text after it moves
            ['"Include social care', '"Draft: Include social care'],   // text in a string
        ];
        for (const [find, replace] of edits) {
            const at = text.indexOf(find, Math.floor(text.length / 2));
            text = text.slice(0, at) + replace + text.slice(at + find.length);
            fileSystem.files.set('/m/app-2020.appl', text);
            parse.mockClear();
            await services.shared.workspace.DocumentBuilder.update([plan], []);
            const fullParses = parse.mock.calls.filter(([, options]) => options?.rule === undefined).length;
            const document = services.shared.workspace.LangiumDocuments.getDocument(plan)!;

            const fresh = createApplServices({ fileSystemProvider: () => MemoryFileSystem.of({ ...files, '/m/app-2020.appl': text }) }).appl;
            const [expected] = await checkPlans(fresh, [{ uri: plan }]);
            expect(fullParses, `${replace}: parsed in full`).toBe(0);
            expect(parse, `${replace}: re-parsed its declaration`).toHaveBeenCalledOnce();
            expect(findings(document.diagnostics)).toEqual(findings(expected.diagnostics));
        }
    });
});
