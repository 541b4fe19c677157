import { DefaultTokenBuilder, type Grammar, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { LOOK_ALIKES, spacedKeyword, type LookAlike } from './look-alike-tokens.js';

/**
 * The grammar's tokens plus the look-alikes (a date in another format, text in the wrong quotes or
 * left open, a hyphenated keyword written with spaces), each in the category of the token it
 * resembles, so the parser accepts it there. A look-alike date comes right after DATE (before NUMBER,
 * which would take its first digits), the text look-alikes after STRING (an unclosed string only
 * where no closing quote follows), the spaced keywords first (before the keyword of their first word).
 */
export class ApplTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options);
        if (!Array.isArray(tokens)) {
            return tokens;
        }
        const result: TokenType[] = [...tokens];
        const byName = (name: string) => result.find(token => token.name === name);
        const spaced = result.filter(token => /^[a-z]+(-[a-z]+)+$/.test(token.name)).map(token => spacedKeyword(token.name));
        result.unshift(...spaced.map(lookAlike => toTokenType(lookAlike, byName(lookAlike.resembles)!)));
        for (const lookAlike of LOOK_ALIKES) {
            const category = byName(lookAlike.resembles);
            if (!category) {
                continue;
            }
            const after = lookAlike.resembles === 'DATE' ? 'DATE' : lastName(result, ['STRING', ...LOOK_ALIKES.map(other => other.name)]);
            result.splice(result.findIndex(token => token.name === after) + 1, 0, toTokenType(lookAlike, category));
        }
        return result;
    }
}

function toTokenType(lookAlike: LookAlike, category: TokenType): TokenType {
    const pattern = lookAlike.pattern;
    return pattern instanceof RegExp
        ? { name: lookAlike.name, PATTERN: pattern, CATEGORIES: [category] }
        : { name: lookAlike.name, PATTERN: { exec: pattern.exec }, START_CHARS_HINT: pattern.startChars, LINE_BREAKS: false, CATEGORIES: [category] };
}

function lastName(tokens: readonly TokenType[], names: readonly string[]): string {
    let last = names[0];
    for (const token of tokens) {
        if (names.includes(token.name)) {
            last = token.name;
        }
    }
    return last;
}
