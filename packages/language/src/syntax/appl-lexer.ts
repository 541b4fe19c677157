import { DefaultLexer, type LexerResult, type LexingDiagnostic, type TokenizeOptions } from 'langium';
import { lookAlikeNamed } from './look-alike-tokens.js';

/**
 * Langium's lexer, which also reports each look-alike token (a date in another format, text in the
 * wrong quotes or left open) as one error saying how to write it. The parser has taken the token for
 * what it resembles, so that is the only error the mistake gives.
 */
export class ApplLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        let found: LexingDiagnostic[] | undefined;
        for (const token of result.tokens) {
            const lookAlike = lookAlikeNamed(token.tokenType.name);
            if (lookAlike) {
                const written = token.image;
                if (lookAlike.resembles === lookAlike.value(written)) {
                    // A spaced keyword: the parser builds values such as a status from keywords' images.
                    token.image = lookAlike.resembles;
                }
                (found ??= []).push({
                    message: lookAlike.message(written),
                    offset: token.startOffset,
                    length: written.length,
                    line: token.startLine ?? 1,
                    column: token.startColumn ?? 1,
                    severity: 'error',
                });
            }
        }
        if (found) {
            result.report = { ...result.report, diagnostics: [...result.report?.diagnostics ?? [], ...found] };
        }
        return result;
    }
}
