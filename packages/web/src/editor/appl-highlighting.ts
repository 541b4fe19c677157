// Colours for APPL in the editor, from the TextMate grammar the VS Code extension uses
// (syntaxes/appl.tmLanguage.json, tested against the language's grammar): its patterns, tried in its
// order at each position of a line, with its block comments and strings across lines. The language
// server's findings come separately; this only colours words.
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import { tags, type Tag } from '@lezer/highlight';
import type { Extension } from '@codemirror/state';
import grammar from '../../../../syntaxes/appl.tmLanguage.json' with { type: 'json' };

interface Rule {
    name?: string;
    match?: string;
    begin?: string;
    end?: string;
    include?: string;
    patterns?: Rule[];
    captures?: Record<string, { name: string }>;
}

interface Matcher {
    regex: RegExp;
    /** The style of the whole match, or of each capture group (those without one keep `whole`). */
    whole: string | null;
    captures?: Record<string, string>;
    /** For begin/end rules (comments, strings): what ends the block, and what may come inside it. */
    end?: RegExp;
    inner?: RegExp[];
}

/** TextMate scope -> a CodeMirror style name (a highlight tag below). */
function styleOf(scope: string | undefined): string | null {
    if (!scope) return null;
    if (scope.startsWith('comment')) return 'comment';
    if (scope.startsWith('string') || scope.startsWith('punctuation.definition.string')) return 'string';
    if (scope.startsWith('constant.numeric')) return 'number';
    if (scope.startsWith('constant.language')) return 'atom';
    if (scope.startsWith('keyword') || scope.startsWith('storage')) return 'keyword';
    if (scope.startsWith('entity.name')) return 'definition';
    if (scope.startsWith('variable')) return 'variableName';
    if (scope.startsWith('punctuation.section.block')) return 'brace';
    return null;
}

function flatten(rules: Rule[], repository: Record<string, Rule>): Rule[] {
    return rules.flatMap(rule => {
        if (rule.include?.startsWith('#')) {
            const included = repository[rule.include.slice(1)];
            return included ? flatten(included.patterns ?? [included], repository) : [];
        }
        return rule.match || rule.begin ? [rule] : flatten(rule.patterns ?? [], repository);
    });
}

const repository = grammar.repository as unknown as Record<string, Rule>;
const matchers: Matcher[] = flatten(grammar.patterns as Rule[], repository).map(rule => {
    if (rule.begin) {
        return {
            regex: new RegExp(rule.begin, 'y'),
            whole: styleOf(rule.name),
            end: new RegExp(rule.end ?? '$', 'y'),
            inner: (rule.patterns ?? []).filter(inner => inner.match).map(inner => new RegExp(inner.match!, 'y')),
        };
    }
    const captures = rule.captures && Object.fromEntries(Object.entries(rule.captures).map(([group, capture]) => [group, styleOf(capture.name) ?? '']));
    return { regex: new RegExp(rule.match!, 'yd'), whole: styleOf(rule.name), captures };
});

interface State {
    /** Inside a block comment or a string that goes on: the rule that opened it. */
    open: Matcher | null;
    /** The pieces of a match with captures still to be given out: [end column, style]. */
    pending: Array<[number, string | null]>;
}

/** Matches `regex` exactly at `pos` of `text`; the length matched, or -1. */
function matchAt(regex: RegExp, text: string, pos: number): number {
    regex.lastIndex = pos;
    const found = regex.exec(text);
    return found ? found[0].length : -1;
}

/** Goes on inside an open comment or string, as TextMate does: at each position its inner patterns, then its end. */
function continueBlock(stream: StringStream, state: State): string | null {
    const open = state.open!;
    const text = stream.string;
    let pos = stream.pos;
    scan: while (pos <= text.length) {
        for (const inner of open.inner ?? []) {
            const length = matchAt(inner, text, pos);
            if (length > 0) {
                pos += length;
                continue scan;
            }
        }
        const length = matchAt(open.end!, text, pos);
        if (length >= 0) {
            state.open = null;
            pos += length;
            break;
        }
        pos++;
    }
    stream.pos = Math.max(Math.min(pos, text.length), stream.start + (text.length > stream.start ? 1 : 0));
    return open.whole;
}

function token(stream: StringStream, state: State): string | null {
    if (state.pending.length > 0) {
        const [end, style] = state.pending.shift()!;
        stream.pos = end;
        return style;
    }
    if (state.open) {
        return continueBlock(stream, state);
    }
    for (const matcher of matchers) {
        matcher.regex.lastIndex = stream.pos;
        const found = matcher.regex.exec(stream.string);
        if (!found || found[0].length === 0) continue;
        if (matcher.end) {
            stream.pos += found[0].length;
            state.open = matcher;
            return continueBlock(stream, state);
        }
        if (matcher.captures && found.indices) {
            const pieces: Array<[number, string | null]> = [];
            let at = stream.pos;
            for (let group = 1; group < found.length; group++) {
                const span = found.indices[group];
                if (!span || span[0] < at) continue;
                if (span[0] > at) pieces.push([span[0], matcher.whole]);
                pieces.push([span[1], matcher.captures[String(group)] || matcher.whole]);
                at = span[1];
            }
            const end = stream.pos + found[0].length;
            if (at < end) pieces.push([end, matcher.whole]);
            const [first, style] = pieces.shift()!;
            state.pending = pieces;
            stream.pos = first;
            return style;
        }
        stream.pos += found[0].length;
        return matcher.whole;
    }
    stream.next();
    return null;
}

/** A blank line ends a block whose end matches at the end of a line (a line comment, a string left open). */
function continueAtEnd(state: State): void {
    if (state.open && matchAt(state.open.end!, '', 0) >= 0) state.open = null;
}

export const applLanguage = StreamLanguage.define<State>({
    name: 'appl',
    startState: () => ({ open: null, pending: [] }),
    copyState: state => ({ open: state.open, pending: [...state.pending] }),
    token,
    blankLine: continueAtEnd,
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
    tokenTable: { brace: tags.brace, definition: tags.definition(tags.variableName) } as Record<string, Tag>,
});

/** Colours with a contrast of at least 4.5:1 on white (WCAG AA for text). */
const applHighlightStyle = HighlightStyle.define([
    { tag: tags.comment, color: '#4d6b3c', fontStyle: 'italic' },
    { tag: tags.string, color: '#8a3b12' },
    { tag: tags.number, color: '#1a5c8a' },
    { tag: tags.atom, color: '#6b2f8a' },
    { tag: tags.keyword, color: '#0b4f9c', fontWeight: 'bold' },
    { tag: tags.definition(tags.variableName), color: '#6b2f8a', fontWeight: 'bold' },
    { tag: tags.variableName, color: '#1f1f1f' },
]);

export function applSyntax(): Extension {
    return [applLanguage, syntaxHighlighting(applHighlightStyle)];
}
