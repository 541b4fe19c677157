// The TextMate grammar (syntaxes/appl.tmLanguage.json, hand-written): the assertions in grammar/*.appl
// run through vscode-tmgrammar-test (VS Code's own TextMate engine, vscode-textmate with Oniguruma),
// and every keyword of the language gets a keyword or value colour, never an id's.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AstUtils, GrammarAST } from 'langium';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { beforeAll, describe, expect, test } from 'vitest';
import { ApplGrammar } from '../../language/src/generated/grammar.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const GRAMMAR = repo('syntaxes/appl.tmLanguage.json');
const require = createRequire(import.meta.url);

let grammar: textmate.IGrammar;

beforeAll(async () => {
    await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text),
        }),
        loadGrammar: async () => textmate.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR),
    });
    grammar = (await registry.loadGrammar('source.appl'))!;
});

/** The innermost scope of each token of a line, as `text: scope`. */
function scopes(line: string): string[] {
    return grammar.tokenizeLine(line, textmate.INITIAL).tokens
        .map(token => `${line.slice(token.startIndex, token.endIndex)}: ${token.scopes[token.scopes.length - 1]}`)
        .filter(entry => !entry.startsWith(' '));
}

describe('TextMate grammar', () => {
    test('passes the assertions of grammar/*.appl in vscode-tmgrammar-test', () => {
        const run = spawnSync(process.execPath, [repo('node_modules/vscode-tmgrammar-test/dist/unit.js'), '-c', '-g', GRAMMAR,
            fileURLToPath(new URL('./grammar/*.appl', import.meta.url))], { encoding: 'utf8' });
        expect(run.stdout + run.stderr).toMatch(/actions\.appl run successfuly[\s\S]*plan\.appl run successfuly/);
        expect(run.status).toBe(0);
    });

    test('every keyword of the language is coloured as a keyword, a declaration or a value', () => {
        const keywords = [...new Set(AstUtils.streamAllContents(ApplGrammar()).filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value).filter(value => /\p{L}/u.test(value)))];
        const uncoloured = keywords.filter(keyword => !/^(keyword|storage|constant\.language)\./.test(scopes(keyword)[0].split(': ')[1]));
        expect(uncoloured).toEqual([]);
    });

    test('ids keep their - and ., and a keyword inside an id is not a keyword', () => {
        expect(scopes('lead status-report, plan.b, on-track-group')).toEqual([
            'lead: keyword.other.clause.appl',
            'status-report: variable.other.id.appl',
            ',: punctuation.separator.comma.appl',
            'plan.b: variable.other.id.appl',
            ',: punctuation.separator.comma.appl',
            'on-track-group: variable.other.id.appl',
        ]);
    });

    test('a string left open ends with its line', () => {
        expect(scopes('weakness W1 "unfinished')).toEqual([
            'weakness: storage.type.declaration.appl',
            'W1: entity.name.type.appl',
            '": punctuation.definition.string.begin.appl',
            'unfinished: string.quoted.double.appl',
        ]);
        const first = grammar.tokenizeLine('weakness W1 "unfinished', textmate.INITIAL);
        expect(grammar.tokenizeLine('lead jane', first.ruleStack).tokens[0].scopes).toEqual(['source.appl', 'keyword.other.clause.appl']);
    });
});
