/**
 * Characters that a terminal or a CI log acts on, or that hide text from a reader: C0 controls (ESC
 * starts colour, cursor and window-title sequences, BEL rings, NUL cuts a line short), DEL, C1 controls
 * (0x9B is a one-byte CSI), line and paragraph separators, and the bidirectional controls that can
 * make text read differently from what it is ("Trojan Source"). The line break is the report's own.
 */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Plan text (messages quoting it, file names) as the text and github reports print it: every control
 * character as a visible escape (`\x1b`, `\u202e`), so that nothing in a plan can act on the terminal.
 */
export function escapeControlCharacters(text: string): string {
    return text.replace(CONTROL, character => {
        const code = character.codePointAt(0)!;
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
