import { readdirSync, readFileSync } from 'node:fs';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { formatPlan, formatPlanEdits, isFormatted } from '../../src/format/format-plan.js';
import { createApplServices } from '../../src/index.js';
import { CLAUSE_KEYWORDS, CONTINUATION_KEYWORDS, HYPHENATED_KEYWORDS, OPENS_BLOCK } from '../../src/format/plan-layout.js';
import { COMMENT_AND_STRING_TERMINALS, tokenizePlan } from '../../src/format/plan-tokens.js';
import { ApplGrammar } from '../../src/generated/grammar.js';

const EXAMPLES = new URL('../../../../examples/', import.meta.url);
/** Every plan in examples/, by its path there. */
const EXAMPLE_PLANS = (readdirSync(EXAMPLES, { recursive: true }) as string[])
    .filter(name => name.endsWith('.appl')).sort()
    .map(name => [name, readFileSync(new URL(name, EXAMPLES), 'utf8')] as const);
const MEDWAY = readFileSync(new URL('medway/app-2020.appl', EXAMPLES), 'utf8');

const MESSY = `import "people.appl" plan "Riverside APP" { type APP local-area "Riverside"
period 2020-03-01   to 2021-09-30 // the plan runs
    accountable  jane-doe,ian }



measure m1 "EHC plans" { kind impact unit percent baseline 35 on 2020-01-31
target 70 by 2021-03-31 }
area 3 "Quality" addresses W7 {
action 3.1 "Train" { lead jane-doe partners pcf ,ccg
      // milestones
milestone 3 months 2020-06-01 "x" met milestone 6 months
 2020-09-01 "y"
evidence "a","b"}
    action 3.2 "Empty" {}
  /* block
     comment */
}
review 2021-01-20 progress-review by dfe { looking-for W1 "x" answered-by 3.1, m1 outcome W7 sufficient }
`;

const MESSY_FORMATTED = `import "people.appl"

plan "Riverside APP" {
  type APP
  local-area "Riverside"
  period 2020-03-01 to 2021-09-30  // the plan runs
  accountable jane-doe, ian
}

measure m1 "EHC plans" {
  kind impact
  unit percent
  baseline 35 on 2020-01-31
  target 70 by 2021-03-31
}

area 3 "Quality" addresses W7 {
  action 3.1 "Train" {
    lead jane-doe
    partners pcf, ccg
    // milestones
    milestone 3 months 2020-06-01 "x" met
    milestone 6 months 2020-09-01 "y"
    evidence "a", "b"
  }

  action 3.2 "Empty" {}
  /* block
     comment */
}

review 2021-01-20 progress-review by dfe {
  looking-for W1 "x"
    answered-by 3.1, m1
  outcome W7 sufficient
}
`;

/** The words, text and comments of a file, without the whitespace between them. */
function words(text: string): string[] {
    return tokenizePlan(text).map(token => token.kind === 'line-comment' ? token.text.trimEnd() : token.text);
}

describe('formatPlan', () => {
    test('lays a plan out one clause per line, two spaces per block, a blank line around blocks', () => {
        expect(formatPlan(MESSY)).toBe(MESSY_FORMATTED);
    });

    test('lays out the Annex A clauses: a factor\'s response and answers on lines of their own, one step in', () => {
        expect(formatPlan('analysis { factor "A" response "B" answered-by 6.1 }\ncommunications { channel "News" monthly channel "Open" }\n'
            + 'plan "P" { version "2" signed-off 2023-01-01 by a, b }\n'
            + 'area 1 "A" { action 1.1 "B" { lead x success-criteria "S" senior-responsible-officer y co-production p co-produced, q consulted } }\n'))
            .toBe([
                'analysis {', '  factor "A"', '    response "B"', '    answered-by 6.1', '}', '',
                'communications {', '  channel "News" monthly', '  channel "Open"', '}', '',
                'plan "P" {', '  version "2"', '  signed-off 2023-01-01 by a, b', '}', '',
                'area 1 "A" {', '  action 1.1 "B" {', '    lead x', '    success-criteria "S"', '    senior-responsible-officer y',
                '    co-production p co-produced, q consulted', '  }', '}', '',
            ].join('\n'));
    });

    test('changes only whitespace, and formatting again changes nothing', () => {
        for (const text of [MESSY, MEDWAY]) {
            const formatted = formatPlan(text);
            expect(words(formatted)).toEqual(words(text));
            expect(formatPlan(formatted)).toBe(formatted);
            expect(isFormatted(formatted)).toBe(true);
        }
    });

    test.each(EXAMPLE_PLANS)('leaves the example %s as it is: the examples are in the canonical layout', (_name, text) => {
        expect(formatPlan(text)).toBe(text);
    });

    test('lines up the comments after the clauses of a block, two spaces after the longest', () => {
        expect(formatPlan(`measure m "M" {
  kind impact // what kind
  unit percent    // a percentage
  direction increase // higher is better
  baseline 35 on 2020-01-31 source "A long source that pushes this clause past sixty characters" // not aligned
}
`)).toBe(`measure m "M" {
  kind impact         // what kind
  unit percent        // a percentage
  direction increase  // higher is better
  baseline 35 on 2020-01-31 source "A long source that pushes this clause past sixty characters"  // not aligned
}
`);
    });

    test('indents comments of their own like the next clause and keeps one blank line at most', () => {
        expect(formatPlan(`// Riverside plan


        // people
person a "A"
   /* who chairs */ person b "B"
board x "X" {

      // chairs
  chairs a, // the director
     b

}
`)).toBe(`// Riverside plan

// people
person a "A"
/* who chairs */
person b "B"

board x "X" {
  // chairs
  chairs a,  // the director
    b
}
`);
    });

    test('keeps CRLF line ends, a byte order mark, and text that does not parse', () => {
        expect(formatPlan('\ufeffperson a "A"\r\nperson b "B"   \r\n')).toBe('\ufeffperson a "A"\r\nperson b "B"\r\n');
        const broken = 'area 1 "Quality {\n action 1.1 ~~ "x" {\n  lead   jane }\n';
        expect(words(formatPlan(broken))).toEqual(words(broken));
        // The parser reads on after the quote of an unclosed string, so the area's `{` opens its block;
        // the rest of the quote's line stays as typed.
        expect(formatPlan(broken)).toBe('area 1 "Quality {\n  action 1.1 ~~ "x" {\n    lead jane\n  }\n');
        expect(formatPlan('person p "Jo   Lead,  Head   of\nperson q "Q"\n')).toBe('person p "Jo   Lead,  Head   of\nperson q "Q"\n');
        expect(formatPlan(formatPlan(broken))).toBe(formatPlan(broken));
        expect(formatPlan('')).toBe('');
        expect(formatPlan('  \n\n')).toBe('');
    });

    test('the notice block: one requirement per line, answered-by on the next', () => {
        expect(formatPlan('notice improvement-notice kent "Notice" issued 2023-03-31 by dfe { requirement R1 "Casework team." due 2023-09-30 met answered-by 4.1 requirement R2 "Timeliness." }'))
            .toBe(`notice improvement-notice kent "Notice" issued 2023-03-31 by dfe {
  requirement R1 "Casework team." due 2023-09-30 met
    answered-by 4.1
  requirement R2 "Timeliness."
}
`);
    });
});

describe('formatPlan on text written to break it', () => {
    const { appl } = createApplServices();

    /** The parser's tokens, comments included, in order: what formatting must never change. */
    function parserTokens(text: string): string[] {
        const { tokens, hidden } = appl.parser.Lexer.tokenize(text);
        return [...tokens, ...hidden ?? []].sort((a, b) => a.startOffset - b.startOffset).map(token => `${token.tokenType.name} ${token.image}`);
    }

    test('writes output that grows in step with the nesting depth, not its square: 20,000 nested braces', () => {
        const nested = '{\n'.repeat(20_000);
        const formatted = formatPlan(nested);
        expect(formatted.length).toBeLessThan(20 * nested.length);
        expect(formatPlan(formatted)).toBe(formatted);
        expect(parserTokens(formatted)).toEqual(parserTokens(nested));
    });

    test('is idempotent on a comment left open, so that format --check can pass', () => {
        for (const text of ['plan "P" {\n  /* note\n}\n', 'person a "A"\n/* open\n\n', '/*', '/*\n  x  \n']) {
            const formatted = formatPlan(text);
            expect(formatPlan(formatted), JSON.stringify(text)).toBe(formatted);
            expect(parserTokens(formatted)).toEqual(parserTokens(text));
        }
    });

    test('keeps a keyword written with spaces together, where the parser reads it as one, even before a clause keyword', () => {
        // A lone carriage return ends a line comment for the lexer: the words after it are code.
        for (const text of ['// note\r plan of the local area, and\n', 'plan "P" {\n  local\tarea "Kent"\n}\n', 'x priority action plan y\n']) {
            const formatted = formatPlan(text);
            expect(parserTokens(formatted), JSON.stringify(text)).toEqual(parserTokens(text));
            expect(formatPlan(formatted)).toBe(formatted);
        }
    });

    test('drops the spaces after a string left open without changing it', () => {
        const text = 'plan "P" {\n  local-area "Kent   \n}\n';
        const formatted = formatPlan(text);
        expect(formatted).toBe('plan "P" {\n  local-area "Kent\n}\n');
        expect(parserTokens(formatted)).toEqual(parserTokens(text));
    });

    test('never changes a comment or a string the parser sees, when a string left open holds /*', () => {
        for (const text of [
            '"a /* b\nc   d */ e "f   g"\n',
            'x "a /* b\n  y "c   */ d"\n',
            'a "b /*\nc\n  "d */ e  f"\n',
            'person p "P /* x" role "r"\nperson q "Q   */ y"\n',
        ]) {
            const formatted = formatPlan(text);
            expect(parserTokens(formatted), JSON.stringify(text)).toEqual(parserTokens(text));
            expect(formatPlan(formatted)).toBe(formatted);
        }
    });
});

describe('formatPlanEdits', () => {
    test('gives the whitespace edits that turn a text into its formatted form', () => {
        for (const text of [MESSY, MEDWAY, '\ufeffperson a "A"   // x   \r\n\r\n\r\nperson b "B"']) {
            const edits = formatPlanEdits(text);
            let result = text;
            for (const edit of [...edits].reverse()) {
                result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
            }
            expect(result).toBe(formatPlan(text));
            for (const edit of edits) {
                expect(text.slice(edit.offset, edit.offset + edit.length)).toMatch(/^\s*$/);
            }
        }
        expect(formatPlanEdits(MESSY_FORMATTED)).toEqual([]);
    });
});

describe('layout keywords', () => {
    const grammar = ApplGrammar();
    const rules = grammar.rules.filter(GrammarAST.isParserRule);
    const rule = (name: string) => rules.find(candidate => candidate.name === name)!;

    /** The keywords that can start an element: what starts a clause inside a block. */
    function firstKeywords(element: GrammarAST.AbstractElement | undefined, seen = new Set<string>()): string[] {
        if (!element) return [];
        if (GrammarAST.isKeyword(element)) return [element.value];
        if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) return element.elements.flatMap(e => firstKeywords(e, seen));
        if (GrammarAST.isGroup(element)) {
            const result: string[] = [];
            for (const child of element.elements) {
                result.push(...firstKeywords(child, seen));
                if (child.cardinality !== '?' && child.cardinality !== '*') break;
            }
            return result;
        }
        if (GrammarAST.isAssignment(element)) return firstKeywords(element.terminal, seen);
        if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && !seen.has(element.rule.ref.name)) {
            seen.add(element.rule.ref.name);
            return firstKeywords(element.rule.ref.definition, seen);
        }
        return [];
    }

    /** What may follow a rule's `{`, up to its `}`. */
    function blockContents(name: string): GrammarAST.AbstractElement[] {
        const definition = rule(name).definition;
        const elements = [definition, ...AstUtils.streamAllContents(definition)].filter(GrammarAST.isGroup)
            .find(group => group.elements.some(e => GrammarAST.isKeyword(e) && e.value === '{'))!.elements;
        const open = elements.findIndex(e => GrammarAST.isKeyword(e) && e.value === '{');
        return elements.slice(open + 1, -1);
    }

    test('a block\'s clause keywords are exactly what the grammar allows to start an element of that block', () => {
        const blockRules = rules.filter(candidate => [candidate.definition, ...AstUtils.streamAllContents(candidate.definition)].some(e => GrammarAST.isKeyword(e) && e.value === '{'));
        expect(blockRules.map(r => r.name).sort()).toEqual(Object.values(OPENS_BLOCK).map(kind => kind[0].toUpperCase() + kind.slice(1)).sort());
        for (const blockRule of blockRules) {
            const kind = Object.values(OPENS_BLOCK).find(k => k === blockRule.name.toLowerCase())!;
            expect([...CLAUSE_KEYWORDS[kind]].sort(), blockRule.name).toEqual([...new Set(blockContents(blockRule.name).flatMap(e => firstKeywords(e)))].sort());
            expect(OPENS_BLOCK[firstKeywords(blockRule.definition)[0]]).toBe(kind);
        }
        expect([...CLAUSE_KEYWORDS.file].sort()).toEqual([...new Set(firstKeywords(rule('Document').definition))].sort());
    });

    test('the formatter finds comments and strings exactly as the grammar\'s terminals do', () => {
        for (const [name, pattern] of Object.entries(COMMENT_AND_STRING_TERMINALS)) {
            const terminal = grammar.rules.find(candidate => GrammarAST.isTerminalRule(candidate) && candidate.name === name)!;
            expect(pattern.source, name).toBe(GrammarUtils.terminalRegex(terminal).source);
        }
    });

    test('the hyphenated keywords the formatter keeps together when spaced are exactly the grammar\'s', () => {
        const keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value));
        expect([...HYPHENATED_KEYWORDS].sort()).toEqual([...keywords].filter(keyword => /^[a-z]+(-[a-z]+)+$/.test(keyword)).sort());
    });

    test('continuation keywords are keywords of the grammar', () => {
        const keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value));
        for (const set of Object.values(CONTINUATION_KEYWORDS)) {
            for (const keyword of set) expect(keywords).toContain(keyword);
        }
    });
});
