import { CstUtils, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/** A run of digits long enough to be beyond a double (1.8e308 has 309 digits); the value decides. */
const LONG_NUMBER = /\d{309,}(\.\d+)?/g;
/** What a decoder puts where bytes were not UTF-8. */
const REPLACEMENT_CHARACTER = '\ufffd';

/**
 * Problems in a file's text that the grammar accepts: a number too large to use (the value converter
 * the document factory leaves it out of the tree), and bytes that are not UTF-8 (decoded as U+FFFD), once per line. Both
 * come out as syntax errors: the text cannot say what it seems to.
 */
export function textProblems(document: LangiumDocument): Array<Omit<Diagnostic, 'code'>> {
    const text = document.textDocument.getText();
    const problems: Array<Omit<Diagnostic, 'code'>> = [];
    const root = document.parseResult.value.$cstNode;
    LONG_NUMBER.lastIndex = 0;
    for (let match = LONG_NUMBER.exec(text); match && root; match = LONG_NUMBER.exec(text)) {
        const leaf = CstUtils.findLeafNodeAtOffset(root, match.index);
        if (leaf && leaf.offset === match.index && leaf.tokenType.name === 'NUMBER' && !Number.isFinite(Number(leaf.text))) {
            const digits = leaf.text.split('.')[0].length;
            problems.push({
                range: leaf.range, severity: 1,
                message: `The number ${leaf.text.slice(0, 10)}… (${digits} digits) is too large to use. Write a number below 1e308.`,
            });
        }
    }
    let lastLine = -1;
    for (let offset = text.indexOf(REPLACEMENT_CHARACTER); offset >= 0; offset = text.indexOf(REPLACEMENT_CHARACTER, offset + 1)) {
        const start = document.textDocument.positionAt(offset);
        if (start.line === lastLine) {
            continue;
        }
        lastLine = start.line;
        problems.push({
            range: { start, end: { line: start.line, character: start.character + 1 } }, severity: 1,
            message: 'This character stands for bytes that are not UTF-8 text: the file was saved in another encoding, or is damaged. '
                + 'Save the file as UTF-8 and retype what is here.',
        });
    }
    return problems;
}
