// @ts-check
// What the fuzzer feeds the checker: the examples mutated the ways a careless or hostile user (or a
// damaged file) would, and random streams of the language's tokens. Input number i of seed s is always
// the same text, so that any failure can be reproduced from the two numbers alone.

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same numbers on every machine. */
export function random(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        /** A whole number in [min, max]. */
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        /** @template T @param {readonly T[]} list @returns {T} */
        pick: list => list[Math.floor(next() * list.length)],
        chance: p => next() < p,
    };
}

/** The generator of one input: seed and index mixed so that neighbouring indexes differ completely. */
export function inputRandom(seed, index) {
    return random(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

const JUNK = ['~', '@', '#', '$', '%', '^', '&', '*', '(', ')', '[', ']', ';', ':', '\\', '|', '<', '>', '?', '!', '=', '+', '`', "'", '/',
    '\u0000', '\u0007', '\u001b', '\u001b[31m', '\u001b]0;title\u0007', '\u009b', '\u00a0', '\u2028', '\u2029', '\u202e', '\ufeff',
    '\ufffd', '\ud800', '\udc00', '😀', 'é', '日本', '\t', '\r', '\v', '\f'];
const NAMES = ['W1', 'W7', 'jane-doe', 'dcs', 'icb', 'pcf', 'ehcp-quality', '3', '3.1', 'council', 'm1', 'a.b-c', '_x', 'plan', 'lead'];
const WORDS = ['the', 'EHC', 'plans', '"', '/*', '*/', '//', '\\"', '\\n', '\\0', '%', 'javascript:alert(1)', '[x](javascript:alert(1))',
    '![](https://example.invalid/p.png)', '<script>', '&amp;', '|', '`code`', '**bold**', '_e_'];

/** A number as the grammar writes it, sometimes far beyond what a double holds. */
function number(rng) {
    switch (rng.int(0, 5)) {
        case 0: return String(rng.int(0, 100));
        case 1: return `${rng.int(0, 999)}.${rng.int(0, 99)}`;
        case 2: return '9'.repeat(rng.int(300, 420));
        case 3: return `1${'0'.repeat(rng.int(15, 30))}`;
        case 4: return `0.${'0'.repeat(rng.int(1, 400))}1`;
        default: return String(rng.int(0, 3));
    }
}

function date(rng) {
    const pad = (n, width) => String(n).padStart(width, '0');
    return rng.chance(0.8)
        ? `${rng.int(2018, 2026)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`
        : `${pad(rng.int(0, 9999), 4)}-${pad(rng.int(0, 99), 2)}-${pad(rng.int(0, 99), 2)}`;
}

function identifier(rng) {
    if (rng.chance(0.01)) {
        return `id-${'x'.repeat(rng.int(1000, 20_000))}`;
    }
    return rng.chance(0.7) ? rng.pick(NAMES) : `${rng.pick(['a', 'b', 'W', 'x_'])}${rng.int(0, 99)}${rng.chance(0.3) ? `-${rng.pick(NAMES)}` : ''}`;
}

function string(rng) {
    const parts = Array.from({ length: rng.int(0, 6) }, () => rng.chance(0.7) ? rng.pick(WORDS) : rng.pick(JUNK));
    const body = parts.join(' ').replace(/"/g, rng.chance(0.5) ? '\\"' : '"');
    return rng.chance(0.9) ? `"${body}"` : `"${body}`;
}

function comment(rng) {
    switch (rng.int(0, 3)) {
        case 0: return `// ${rng.pick(WORDS)} ${rng.pick(JUNK)}`;
        case 1: return `/* ${rng.pick(WORDS)}\n${rng.pick(WORDS)} */`;
        case 2: return `/* ${rng.pick(WORDS)}`; // left open
        default: return '// appl-disable-next-line ' + rng.pick(['unused', 'nothing', 'action-has-lead', '']);
    }
}

function separator(rng) {
    return rng.pick([' ', ' ', ' ', '\n', '\n  ', '\r\n', '\r', '\t', '', '\u2028']);
}

/** One token of the language, or something the lexer does not know. */
function token(rng, keywords) {
    switch (rng.int(0, 11)) {
        case 0: case 1: case 2: case 3: return rng.pick(keywords);
        case 4: case 5: return identifier(rng);
        case 6: return number(rng);
        case 7: return date(rng);
        case 8: return string(rng);
        case 9: return rng.pick(['{', '}', '{', '}', ',']);
        case 10: return comment(rng);
        default: return rng.pick(JUNK);
    }
}

/** A random stream of tokens, short or long, sometimes nested thousands deep. */
function tokenStream(rng, keywords) {
    if (rng.chance(0.03)) {
        const depth = rng.int(100, 3000);
        return `${rng.pick(keywords)} ${'{\n'.repeat(depth)}${rng.chance(0.5) ? '}\n'.repeat(rng.int(0, depth)) : ''}`;
    }
    const count = rng.int(1, rng.chance(0.05) ? 1500 : 150);
    let text = '';
    for (let i = 0; i < count; i++) {
        text += token(rng, keywords) + separator(rng);
    }
    return text;
}

/** Spans of a text that look like tokens: words, strings, braces. */
function tokenSpans(text) {
    return [...text.matchAll(/"(\\.|[^"\\\r\n])*"|[A-Za-z0-9_.-]+|[{},]/g)].map(match => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** Text with `bytes` (not valid UTF-8) put in at a place, decoded as a file system would: U+FFFD. */
function withInvalidUtf8(rng, text, at) {
    const bytes = Buffer.concat([
        Buffer.from(text.slice(0, at), 'utf8'),
        Buffer.from(rng.pick([[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]])),
        Buffer.from(text.slice(at), 'utf8'),
    ]);
    return bytes.toString('utf8');
}

/** The mutations of an example, each a function of the text. */
const MUTATIONS = {
    'delete line': (rng, text) => {
        const lines = text.split('\n');
        lines.splice(rng.int(0, lines.length - 1), rng.int(1, 3));
        return lines.join('\n');
    },
    'duplicate line': (rng, text) => {
        const lines = text.split('\n');
        const at = rng.int(0, lines.length - 1);
        lines.splice(at, 0, ...lines.slice(at, at + rng.int(1, 4)));
        return lines.join('\n');
    },
    'swap lines': (rng, text) => {
        const lines = text.split('\n');
        const a = rng.int(0, lines.length - 1);
        const b = rng.int(0, lines.length - 1);
        [lines[a], lines[b]] = [lines[b], lines[a]];
        return lines.join('\n');
    },
    'delete token': (rng, text) => {
        const spans = tokenSpans(text);
        if (spans.length === 0) return text;
        const span = rng.pick(spans);
        return text.slice(0, span.start) + text.slice(span.end);
    },
    'duplicate token': (rng, text) => {
        const spans = tokenSpans(text);
        if (spans.length === 0) return text;
        const span = rng.pick(spans);
        return text.slice(0, span.end) + ' ' + text.slice(span.start, span.end) + text.slice(span.end);
    },
    'swap tokens': (rng, text) => {
        const spans = tokenSpans(text);
        if (spans.length < 2) return text;
        let a = rng.pick(spans);
        let b = rng.pick(spans);
        if (a.start > b.start) [a, b] = [b, a];
        if (a.end > b.start) return text;
        return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    },
    'truncate': (rng, text) => text.slice(0, rng.int(0, text.length)),
    'random characters': (rng, text) => {
        const at = rng.int(0, text.length);
        return text.slice(0, at) + Array.from({ length: rng.int(1, 8) }, () => rng.pick(JUNK)).join('') + text.slice(at);
    },
    'invalid UTF-8': (rng, text) => withInvalidUtf8(rng, text, rng.int(0, text.length)),
    'byte order mark': (rng, text) => rng.chance(0.7) ? `\ufeff${text}` : `${text.slice(0, 10)}\ufeff${text.slice(10)}`,
    'CRLF line ends': (_rng, text) => text.replace(/\r?\n/g, '\r\n'),
    'CR line ends': (_rng, text) => text.replace(/\r?\n/g, '\r'),
    'NUL': (rng, text) => {
        const at = rng.int(0, text.length);
        return `${text.slice(0, at)}\u0000${text.slice(at)}`;
    },
    'huge number': (rng, text) => {
        const numbers = [...text.matchAll(/(?<![\w.-])\d+(\.\d+)?(?![\w-])/g)];
        if (numbers.length === 0) return text;
        const match = rng.pick(numbers);
        return text.slice(0, match.index) + number(rng) + text.slice((match.index ?? 0) + match[0].length);
    },
    'long identifier': (rng, text) => {
        const ids = [...text.matchAll(/\b[a-z][a-z0-9]*(-[a-z0-9]+)+\b/g)];
        if (ids.length === 0) return text;
        const match = rng.pick(ids);
        const long = `${match[0]}-${'y'.repeat(rng.chance(0.1) ? rng.int(5000, 20_000) : rng.int(100, 2000))}`;
        return text.replaceAll(match[0], long);
    },
    'unbalanced braces': (rng, text) => {
        const at = rng.int(0, text.length);
        const braces = rng.chance(0.1) ? '{'.repeat(rng.int(100, 3000)) : rng.pick(['{', '}', '{{', '}}', '{ }', '}{']);
        return text.slice(0, at) + braces + text.slice(at);
    },
    'unclosed string': (rng, text) => {
        const at = rng.int(0, text.length);
        return `${text.slice(0, at)}"${rng.chance(0.5) ? ' /* ' : ''}${text.slice(at)}`;
    },
    'unclosed comment': (rng, text) => {
        const at = rng.int(0, text.length);
        return `${text.slice(0, at)}/*${text.slice(at)}`;
    },
    'tokens spliced in': (rng, text, keywords) => {
        const at = rng.int(0, text.length);
        return text.slice(0, at) + ' ' + tokenStream(rng, keywords).slice(0, 2000) + ' ' + text.slice(at);
    },
    'hostile import': (rng, text) => {
        const path = rng.pick(['../../../../etc/passwd.appl', '/etc/passwd', '\ud800.appl', 'a\u0000b.appl', '', '.', '..', 'medway', '../examples/medway/app-2020.appl',
            'x.appl', `${'a/'.repeat(200)}x.appl`, '%2e%2e/x.appl', 'file:///etc/x.appl', 'C:\\\\x.appl']);
        return `import "${path}"\n${text}`;
    },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * Input number `index` of `seed`: a mutated example (two thirds) or a random token stream, with what
 * was done to it. `corpus` maps each example's path to its text; `keywords` are the grammar's.
 * @param {number} seed @param {number} index
 * @param {ReadonlyArray<[string, string]>} corpus @param {readonly string[]} keywords
 * @returns {{ base: string, text: string, mutations: string[] }}
 */
export function generateInput(seed, index, corpus, keywords) {
    const rng = inputRandom(seed, index);
    if (rng.chance(1 / 3)) {
        // A stream of tokens in a file of its own, beside the examples (so that its imports can resolve).
        return { base: rng.pick(corpus)[0], text: tokenStream(rng, keywords), mutations: ['token stream'] };
    }
    const [base, original] = rng.pick(corpus);
    let text = original;
    const mutations = [];
    for (let count = rng.int(1, 4); count > 0; count--) {
        const name = rng.pick(MUTATION_NAMES);
        text = MUTATIONS[name](rng, text, keywords);
        mutations.push(name);
    }
    return { base, text, mutations };
}
