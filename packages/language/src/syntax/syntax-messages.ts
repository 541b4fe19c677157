// Every syntax error in words a plan author understands: what was expected (with an example), what
// was found, and, for a misspelt word, the closest keyword or value. Built from the grammar (through
// GrammarVocabulary) and the words in syntax-words.ts; the parser's and lexer's message providers and
// the document validator all ask here, so the CLI, the server and any other front end say the same.
import { closestName } from '../validation/did-you-mean.js';
import type { GrammarVocabulary, Slot } from './grammar-vocabulary.js';
import { lookAlikeNamed, shorten } from './look-alike-tokens.js';
import { CONSTRUCTS, listed, SLOTS, TERMINALS, VALUE_LISTS, type Construct } from './syntax-words.js';

/** The parts of a token the messages read (Chevrotain's IToken has them). */
export interface TokenView {
    image: string;
    tokenType: { name: string, CATEGORIES?: Array<{ name: string }> };
}

const EOF = 'EOF';
/** Keywords that open a block of their own: met inside another block, the block above is not closed. */
const BLOCK_OPENERS = new Set([
    'plan', 'board', 'inspection', 'notice', 'measure', 'area', 'action', 'review', 'analysis', 'communications', 'support',
]);

export class SyntaxMessages {
    constructor(readonly vocabulary: GrammarVocabulary) {}

    /** A token of kind `expected` (a terminal's name or a keyword) was needed in `rule`, and `actual` came. */
    mismatch(rule: string, expected: string, actual: TokenView, previous: TokenView | undefined): string {
        if (expected === EOF || rule === 'Document') {
            return this.atTopLevel(actual);
        }
        if (expected === '}') {
            return this.notAClause(rule, actual);
        }
        const found = this.found(actual);
        if (expected === '{') {
            const keywords = this.vocabulary.slots.filter(slot => slot.rule === rule && slot.keyword).map(slot => slot.keyword!);
            return `Expected { to begin the ${construct(rule).noun}'s clauses, e.g. ${construct(rule).example}, but found ${found}.`
                + this.didYouMean(actual, keywords);
        }
        if (this.vocabulary.keywords.has(expected)) {
            const examples = [...this.vocabulary.slotsFor([], { keyword: expected, rule }).map(slot => words(slot).example), construct(rule).example];
            const example = examples.find(text => new RegExp(`(^|\\s)${escape(expected)}(\\s|$)`).test(text)) ?? examples[0];
            return `Expected ${expected}, e.g. ${example}, but found ${found}.${this.didYouMean(actual, [expected])}`;
        }
        return this.expectedValue(rule, [expected], actual, previous);
    }

    /** None of the ways `rule` can go on starts with `actual`; `expected` lists the kinds that could. */
    noViableAlternative(rule: string, expected: readonly string[], actual: TokenView, previous: TokenView | undefined): string {
        const values = this.vocabulary.valueLists.get(rule);
        if (values) {
            return this.notAValue(rule, values, actual, previous);
        }
        if (rule === 'Declaration' || rule === 'Document') {
            return this.atTopLevel(actual);
        }
        if (rule === 'Target') {
            return 'Expected a measure\'s id or the target\'s name in double quotes after target, e.g. target ehcp-quality '
                + `or target "Caseworkers trained" 100 percent by 2020-09-30, but found ${this.found(actual)}.`;
        }
        return this.expectedValue(rule, expected, actual, previous);
    }

    /** Text left over where a declaration should start (after a stray }, or a misspelt keyword). */
    atTopLevel(actual: TokenView): string {
        const image = actual.image;
        const declarations = (this.vocabulary.clauses.get('Document') ?? []).filter(keyword => keyword !== 'import');
        if (isEof(actual)) {
            return 'The file ends too early: the last declaration is not finished.';
        }
        if (this.isKeyword(actual)) {
            if (image === '}') {
                return 'This } closes nothing: there is one } too many here or above it. Remove the extra one.';
            }
            if (image === 'import') {
                return 'Imports come first in a file: move this import above the declarations.';
            }
            const blocks = this.vocabulary.blocksStartedBy(image).filter(block => block !== 'Document').map(construct);
            if (blocks.length > 0) {
                const owners = listed(blocks.map(block => `${block.article} ${block.noun}'s { … }`), 'or');
                return `"${image}" cannot stand on its own here: it goes inside ${owners}. Is there one } too many above it?`;
            }
        }
        if (isWord(actual)) {
            const guess = closestName(image, declarations) ?? closestName(image, this.vocabulary.keywords);
            if (guess) {
                return `"${image}" is not a word APPL knows. Did you mean ${guess}${this.valueNote(guess)}?`;
            }
        }
        if (isText(actual)) {
            return `Text in double quotes must follow a keyword or an id, e.g. person jane-doe "Jane Doe", but found ${this.found(actual)} on its own.`;
        }
        return `${capitalise(this.found(actual))} cannot start a declaration: a file holds ${listed(declarations, 'and')} `
            + 'declarations, each starting with its keyword.';
    }

    /** Blocks not closed before the end of the file, innermost first: what each is ("action 1.1") and where its { is. */
    unclosed(blocks: ReadonlyArray<{ label: string, line: number }>): string {
        if (blocks.length === 1) {
            return `${capitalise(blocks[0].label)}, opened on line ${blocks[0].line}, is not closed: add } after its last clause.`;
        }
        const each = listed(blocks.map(block => `${block.label} (opened on line ${block.line})`));
        return `${capitalise(each)} are not closed: add } after the last clause of each.`;
    }

    /** A clause a block gives once, written again: the block ("action 1.1"), its rule, the keyword, and the first clause as written, with its line. */
    repeated(label: string, rule: string, keyword: string, first: string, line: number): string {
        const { article, noun } = construct(rule);
        return `${capitalise(label)} already has "${keyword}" on line ${line} (${first}): ${article} ${noun} gives it once. `
            + 'Delete one of them; only the first counts.';
    }

    /** Two items of a list without the comma between them. */
    missingComma(before: string, after: string): string {
        return `Expected a comma between "${before}" and "${after}": the items of a list are written ${before}, ${after}.`;
    }

    /** Whether a token starts a block of its own (a declaration, an action). */
    opensBlock(token: TokenView): boolean {
        return this.isKeyword(token) && (BLOCK_OPENERS.has(token.image) || this.vocabulary.blocksStartedBy(token.image).includes('Document'));
    }

    /** A block whose } is missing, found when the next block begins. */
    notClosedBefore(block: { label: string, line: number }, next: string): string {
        return `${capitalise(block.label)}, opened on line ${block.line}, is not closed: add } before this ${next}.`;
    }

    /** A value written after the item it belongs in, as in a milestone's date after its text. */
    outOfOrder(rule: string, actual: TokenView): string {
        return `Out of order: ${this.found(actual)} belongs earlier in the ${construct(rule).noun}, as in ${construct(rule).example}.`;
    }

    /** How a token is named in a message: "Recruit" in quotes, the date 2020-01-01, the end of the file. */
    found(token: TokenView): string {
        if (isEof(token)) {
            return 'the end of the file';
        }
        const lookAlike = lookAlikeNamed(token.tokenType.name);
        if (lookAlike?.resembles === 'DATE' || token.tokenType.name === 'DATE') {
            return `the date ${token.image}`;
        }
        if (isText(token)) {
            return `the text ${shorten(token.image)}`;
        }
        if (token.tokenType.name === 'NUMBER') {
            return `the number ${token.image}`;
        }
        return `"${token.image}"`;
    }

    private expectedValue(rule: string, expected: readonly string[], actual: TokenView, previous: TokenView | undefined): string {
        const found = this.found(actual);
        if (previous?.image === ',' && this.isKeyword(previous)) {
            return `Expected one more item after the comma, e.g. partners pcf, medway-ccg, but found ${found}. Remove the comma if the list ends there.`;
        }
        const slot = this.slotFor(rule, expected, previous);
        const what = slot ? words(slot) : terminalWords(expected, rule);
        if (slot && this.isKeyword(actual) && this.comesLater(rule, slot, actual.image)) {
            // Either the value is missing or it comes after: the example shows the order.
            const examples = [what.example, construct(slot.rule).example];
            const example = examples.find(text => text.split(/\s+/).includes(actual.image)) ?? examples[0];
            return `Expected ${what.what}, e.g. ${example}, but found ${found}, which comes after it.`;
        }
        return `Expected ${what.what}, e.g. ${what.example}, but found ${found}${this.hint(expected, actual)}.`
            + this.didYouMean(actual, slot ? [...slot.starts] : []);
    }

    private notAClause(rule: string, actual: TokenView): string {
        const block = construct(rule);
        if (isEof(actual)) {
            return `The ${block.noun} is not closed: add } after its last clause.`;
        }
        const clauses = this.vocabulary.clauses.get(rule) ?? [];
        const image = actual.image;
        if (this.isKeyword(actual) && !clauses.includes(image)) {
            const owners = this.vocabulary.blocksStartedBy(image);
            if (BLOCK_OPENERS.has(image) || owners.includes('Document')) {
                return `The ${block.noun} above is not closed: add } before this ${image}.`;
            }
            if (owners.length > 0) {
                const where = listed(owners.map(owner => `${construct(owner).article} ${construct(owner).noun}`), 'or');
                return `"${image}" is not a clause of ${block.article} ${block.noun}: it belongs in ${where}.`;
            }
        }
        if (isWord(actual)) {
            const guess = closestName(image, clauses) ?? closestName(image, this.vocabulary.keywords);
            if (guess) {
                return `"${image}" is not a clause of ${block.article} ${block.noun}. Did you mean ${guess}${this.valueNote(guess)}?`;
            }
            return `"${image}" is not a clause of ${block.article} ${block.noun}. ${capitalise(block.article)} ${block.noun} has `
                + `${listed(clauses)}; text goes in double quotes.`;
        }
        return `Expected a clause of the ${block.noun} (${listed(clauses, 'or')}) or } to close it, but found ${this.found(actual)}.`;
    }

    /** A word where a value of a list (a unit, a status) may stand, and which is not one. */
    notAValue(rule: string, values: readonly string[], actual: TokenView, previous: TokenView | undefined): string {
        const list = VALUE_LISTS[rule] ?? { one: 'a value', many: 'values' };
        if (isWord(actual) || (this.isKeyword(actual) && this.vocabulary.blocksStartedBy(actual.image).length === 0 && actual.image !== '}')) {
            const guess = closestName(actual.image, values);
            return `"${actual.image}" is not ${list.one}.${guess ? ` Did you mean ${guess}?` : ''} The ${list.many} are ${listed(values)}.`;
        }
        const after = previous && this.isKeyword(previous) ? ` after ${previous.image}` : '';
        return `Expected ${list.one}${after} (${listed(values, 'or')}), but found ${this.found(actual)}.`;
    }

    /** The slot being written: the one after the previous keyword, else the next one of the rule. */
    private slotFor(rule: string, expected: readonly string[], previous: TokenView | undefined): Slot | undefined {
        const keyword = previous && this.isKeyword(previous) ? previous.image : undefined;
        return this.vocabulary.slotsFor(expected, { keyword, rule })[0];
    }

    /** Whether a keyword belongs further on than the slot: inside what is written there, or a later slot of the rule. */
    private comesLater(rule: string, slot: Slot, keyword: string): boolean {
        if (slot.inside.has(keyword) && !slot.starts.has(keyword)) {
            return true;
        }
        if (slot.inLoop) {
            return false; // the clauses of a block come in any order
        }
        const slots = this.vocabulary.slots;
        const at = slots.indexOf(slot);
        return slots.some((other, index) => index > at && other.rule === slot.rule && (other.rule === rule || slot.rule === rule)
            && (other.starts.has(keyword) || other.keyword === keyword));
    }

    /** A short reason after "but found …", for the mistakes people make most. */
    private hint(expected: readonly string[], actual: TokenView): string {
        const content = isText(actual) ? actual.image.replace(/^["'“”„]|["'“”]$/g, '').trim() : undefined;
        if (expected.includes('DATE') && content !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(content)) {
            return ': write a date without quotes';
        }
        if (expected.includes('NUMBER') && content !== undefined && /^\d+(\.\d+)?$/.test(content)) {
            return ': write a number without quotes';
        }
        return '';
    }

    private didYouMean(actual: TokenView, candidates: readonly string[]): string {
        if (!isWord(actual)) {
            return '';
        }
        const guess = closestName(actual.image, candidates.filter(candidate => this.vocabulary.keywords.has(candidate)));
        return guess ? ` Did you mean ${guess}?` : '';
    }

    /** " (a judgement)" after a suggested value, so the author sees what kind of word it is. */
    private valueNote(keyword: string): string {
        const list = this.vocabulary.listOfValue.get(keyword);
        return list && VALUE_LISTS[list] ? ` (${VALUE_LISTS[list].one})` : '';
    }

    private isKeyword(token: TokenView): boolean {
        const name = token.tokenType.name;
        return (name === token.image || lookAlikeNamed(name)?.resembles === token.image) && this.vocabulary.keywords.has(token.image);
    }
}

function construct(rule: string): Construct {
    return CONSTRUCTS[rule] ?? { noun: 'part', article: 'a', example: '…' };
}

function words(slot: Slot): { what: string, example: string } {
    return SLOTS[`${slot.rule}.${slot.feature}`] ?? TERMINALS[[...slot.starts][0]] ?? { what: 'a value', example: '…' };
}

function terminalWords(expected: readonly string[], rule: string): { what: string, example: string } {
    const known = expected.map(kind => TERMINALS[kind]).filter(Boolean);
    if (known.length === 1) {
        return known[0];
    }
    return { what: listed(expected.map(kind => TERMINALS[kind]?.what ?? kind), 'or'), example: construct(rule).example };
}

function isEof(token: TokenView): boolean {
    return token.tokenType.name === EOF;
}

function isWord(token: TokenView): boolean {
    return token.tokenType.name === 'ID';
}

function isText(token: TokenView): boolean {
    return token.tokenType.name === 'STRING' || lookAlikeNamed(token.tokenType.name)?.resembles === 'STRING';
}

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
