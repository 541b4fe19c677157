// The editor's colours come from the TextMate grammar the VS Code extension uses: each word of a plan
// gets the class its scope maps to, block comments and strings included.
import { highlightTree, tagHighlighter, tags } from '@lezer/highlight';
import { describe, expect, test } from 'vitest';
import { applLanguage } from '../src/editor/appl-highlighting.js';

const classes = tagHighlighter([
    { tag: tags.keyword, class: 'keyword' },
    { tag: tags.string, class: 'string' },
    { tag: tags.comment, class: 'comment' },
    { tag: tags.number, class: 'number' },
    { tag: tags.atom, class: 'atom' },
    { tag: tags.definition(tags.variableName), class: 'definition' },
    { tag: tags.variableName, class: 'name' },
]);

/** The text's coloured pieces: "class:text", in order. */
function colours(text: string): string[] {
    const tree = applLanguage.parser.parse(text);
    const pieces: string[] = [];
    highlightTree(tree, classes, (from, to, style) => pieces.push(`${style}:${text.slice(from, to)}`));
    return pieces;
}

describe('APPL colours in the web editor', () => {
    test('colour keywords, names, dates, numbers, text and constants as the TextMate grammar does', () => {
        expect(colours('action 3.1 "Train coordinators" {\n  lead jane-doe\n  due 2020-12-31\n  target "Trained" 100 percent by 2020-09-30\n}')).toEqual([
            'keyword:action', 'definition:3.1', 'string:"Train coordinators"',
            'keyword:lead', 'name:jane-doe',
            'keyword:due', 'number:2020-12-31',
            'keyword:target', 'string:"Trained"', 'number:100', 'atom:percent', 'keyword:by', 'number:2020-09-30',
        ]);
    });

    test('colour comments to the end of the line, and block comments across lines', () => {
        expect(colours('type APP // the plan\'s type\n/* one\ntwo */ lead jo')).toEqual([
            'keyword:type', 'atom:APP', 'comment:// the plan\'s type', 'comment:/* one', 'comment:two */', 'keyword:lead', 'name:jo',
        ]);
    });

    test('keep an escaped quote inside a string, and end an unclosed string at the line\'s end', () => {
        expect(colours('weakness W1 "The \\"local offer\\" was unclear" open\nlead "unclosed\nlead jo')).toEqual([
            'keyword:weakness', 'definition:W1', 'string:"The \\"local offer\\" was unclear"', 'atom:open',
            'keyword:lead', 'string:"unclosed', 'keyword:lead', 'name:jo',
        ]);
    });
});
