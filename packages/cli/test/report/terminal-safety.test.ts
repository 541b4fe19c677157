// Plan text reaches the terminal and CI logs through the text and github reports: an ESC sequence, a
// window-title OSC, a bell or a NUL in a plan (or in a file name) must show as visible escapes, never
// act on the terminal.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { escapeControlCharacters } from '../../src/report/terminal-text.js';
import { makeTempDir, recordingIo, removeTempDir, writeFiles } from '../helpers.js';

/** Characters a terminal acts on or a reader cannot see: C0 (but the line break), DEL, C1, bidi controls. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('control characters in the text and github reports', () => {
    let dir: string;
    beforeEach(async () => { dir = await makeTempDir(); });
    afterEach(async () => { await removeTempDir(dir); });

    const HOSTILE = 'plan "P" { type APP }\n\u001b]0;pwned\u0007 \u001b[2J \u0000 \u009b31m \u202eevil\nperson x\u001b[31m "X"\n';

    for (const format of ['text', 'github'] as const) {
        test(`${format}: a plan's ESC, OSC, BEL, NUL, CSI and bidi controls show as escapes`, async () => {
            await writeFiles(dir, { 'plan.appl': HOSTILE, 'na\u001b[1mme.appl': 'person y "Y" role "\u0007"\nperson y "Y"\n' });
            const io = recordingIo(dir);
            const code = await runCheck({ paths: ['plan.appl', 'na\u001b[1mme.appl'], format }, io);
            expect(code).toBe(1);
            expect(io.out).not.toMatch(UNSAFE);
            expect(io.out).toContain('\\x1b');
            expect(io.out).toContain('na\\x1b[1mme.appl');
        });
    }

    test('escapes each character visibly, and leaves text and line breaks alone', () => {
        expect(escapeControlCharacters('a\u001b]0;t\u0007b\u0000c\u009bd\u202ee\tf')).toBe('a\\x1b]0;t\\x07b\\x00c\\x9bd\\u202ee\\x09f');
        expect(escapeControlCharacters('Café – “quoted” 日本')).toBe('Café – “quoted” 日本');
    });
});
