import { GrammarAST, GrammarUtils, type Grammar } from 'langium';

/** A place in the grammar where a value is written: `Action.due`, after the keyword `due`. */
export interface Slot {
    rule: string;
    feature: string;
    /** The keyword written just before it, if any (`due`, `by`, `,`). */
    keyword?: string;
    /** The token kinds (terminal names) and keywords it can start with. */
    starts: ReadonlySet<string>;
    /** The keywords inside what is written there (`on` and `source` in a baseline). */
    inside: ReadonlySet<string>;
    /** In a repeated part (a block's clauses), which come in any order. */
    inLoop: boolean;
    /** The value list written there, if any (`Unit` for a target's unit). */
    list?: string;
}

/**
 * What the syntax messages need to know about the grammar, read from it once: the keywords, the
 * value lists (units, statuses, kinds…), the clauses each block holds, and every slot a value is
 * written in. Derived, so that a grammar change shows in the messages without a table to keep in step.
 */
export class GrammarVocabulary {
    readonly keywords = new Set<string>();
    /** Datatype rules made only of keywords: `Unit` -> percent, count, …. */
    readonly valueLists = new Map<string, string[]>();
    /** The value list a keyword belongs to: `percent` -> `Unit`. */
    readonly listOfValue = new Map<string, string>();
    /** The keywords that start an item inside a rule's repeated part: `Action` -> lead, partners, …. */
    readonly clauses = new Map<string, string[]>();
    readonly slots: Slot[] = [];
    readonly ruleNames = new Set<string>();

    constructor(grammar: Grammar) {
        const parserRules = grammar.rules.filter(GrammarAST.isParserRule);
        for (const rule of grammar.rules) {
            this.ruleNames.add(rule.name);
        }
        for (const rule of parserRules) {
            collectKeywords(rule.definition, this.keywords);
            const values = GrammarUtils.isDataTypeRule(rule) ? keywordAlternatives(rule.definition) : undefined;
            if (values) {
                this.valueLists.set(rule.name, values);
                values.forEach(value => this.listOfValue.set(value, rule.name));
            }
        }
        for (const rule of parserRules.filter(each => !GrammarUtils.isDataTypeRule(each))) {
            const clauses = new Set<string>();
            this.walk(rule.definition, rule.name, undefined, clauses, false);
            if (clauses.size > 0) {
                this.clauses.set(rule.name, [...clauses]);
            }
        }
    }

    /** The token kinds and keywords an element can start with. */
    starts(element: GrammarAST.AbstractElement, seen = new Set<GrammarAST.AbstractRule>()): Set<string> {
        if (GrammarAST.isKeyword(element)) {
            return new Set([element.value]);
        }
        if (GrammarAST.isAssignment(element)) {
            return this.starts(element.terminal, seen);
        }
        if (GrammarAST.isCrossReference(element)) {
            const terminal = GrammarUtils.getCrossReferenceTerminal(element);
            return terminal ? this.starts(terminal, seen) : new Set(['ID']);
        }
        if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (!rule || seen.has(rule)) {
                return new Set();
            }
            if (GrammarAST.isTerminalRule(rule)) {
                return new Set([rule.name]);
            }
            seen.add(rule);
            return GrammarAST.isParserRule(rule) ? this.starts(rule.definition, seen) : new Set();
        }
        if (GrammarAST.isGroup(element)) {
            const result = new Set<string>();
            for (const child of element.elements) {
                this.starts(child, seen).forEach(start => result.add(start));
                if (!GrammarUtils.isOptionalCardinality(child.cardinality, child)) {
                    break;
                }
            }
            return result;
        }
        if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            const result = new Set<string>();
            element.elements.forEach(child => this.starts(child, seen).forEach(start => result.add(start)));
            return result;
        }
        return new Set();
    }

    /** The slots after a keyword, or those of a rule that follow no keyword, that can start with one of `kinds`. */
    slotsFor(kinds: readonly string[], options: { keyword?: string, rule?: string }): Slot[] {
        const fits = (slot: Slot) => kinds.length === 0 || kinds.some(kind => slot.starts.has(kind));
        if (options.keyword !== undefined) {
            const afterKeyword = this.slots.filter(slot => slot.keyword === options.keyword && fits(slot));
            const inRule = afterKeyword.filter(slot => slot.rule === options.rule);
            if (inRule.length > 0 || afterKeyword.length > 0) {
                return inRule.length > 0 ? inRule : afterKeyword;
            }
        }
        return this.slots.filter(slot => slot.rule === options.rule && slot.keyword === undefined && fits(slot));
    }

    /** The blocks whose items a keyword starts: `lead` -> Action. */
    blocksStartedBy(keyword: string): string[] {
        return [...this.clauses].filter(([, keywords]) => keywords.includes(keyword)).map(([rule]) => rule);
    }

    private walk(element: GrammarAST.AbstractElement, rule: string, keyword: string | undefined, clauses: Set<string>, repeated: boolean): void {
        const many = GrammarUtils.isArrayCardinality(element.cardinality);
        if (many) {
            // Each item of a repeated part: what it starts with is a clause of the block.
            this.starts(element).forEach(start => this.keywords.has(start) && start !== ',' && clauses.add(start));
        }
        if (GrammarAST.isAssignment(element)) {
            const inside = new Set<string>();
            const called = GrammarAST.isRuleCall(element.terminal) ? element.terminal.rule.ref : undefined;
            if (called && GrammarAST.isParserRule(called) && !GrammarUtils.isDataTypeRule(called)) {
                collectKeywords(called.definition, inside);
            }
            const list = called && this.valueLists.has(called.name) ? called.name : undefined;
            this.slots.push({ rule, feature: element.feature, keyword: many ? undefined : keyword, starts: this.starts(element.terminal), inside, inLoop: repeated || many, list });
            return;
        }
        if (GrammarAST.isGroup(element)) {
            let before = many ? undefined : keyword;
            for (const child of element.elements) {
                this.walk(child, rule, before, clauses, repeated || many);
                before = GrammarAST.isKeyword(child) && !GrammarUtils.isArrayCardinality(child.cardinality) ? child.value : undefined;
            }
            return;
        }
        if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            for (const child of element.elements) {
                this.walk(child, rule, many ? undefined : keyword, clauses, repeated || many);
            }
        }
    }
}

function collectKeywords(element: GrammarAST.AbstractElement, into: Set<string>): void {
    if (GrammarAST.isKeyword(element)) {
        into.add(element.value);
    } else if (GrammarAST.isAssignment(element)) {
        collectKeywords(element.terminal, into);
    } else if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        element.elements.forEach(child => collectKeywords(child, into));
    }
}

function keywordAlternatives(element: GrammarAST.AbstractElement): string[] | undefined {
    if (GrammarAST.isKeyword(element)) {
        return [element.value];
    }
    if (GrammarAST.isAlternatives(element) && element.elements.every(GrammarAST.isKeyword)) {
        return element.elements.map(keyword => keyword.value);
    }
    return undefined;
}
