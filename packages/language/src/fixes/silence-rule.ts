import { UNUSED_SUPPRESSION } from '../validation/suppressions.js';
import { lineIndent } from './fix-text.js';
import { quickFix, type FixProvider } from './plan-fix.js';

/** A suppression comment that starts its line: `// appl-disable-next-line ids -- reason`, or the same in a block comment. */
const NEXT_LINE_DIRECTIVE = /^[ \t]*(?:\/\/|\/\*)\s*appl-disable-next-line\b/;

/**
 * Every rule finding: a suppression comment above the finding's line, with a reason still to write; or,
 * when the line above already silences other rules, this rule added to its list.
 */
export const silenceRuleFixes: FixProvider = (diagnostic, document, services) => {
    const code = String(diagnostic.code ?? '');
    if (code === UNUSED_SUPPRESSION || !services.config.ProjectConfig.ruleIds.includes(code)) {
        return []; // syntax errors and config problems are not rules: they cannot be silenced
    }
    const title = `Silence ${code} on this line`;
    const line = diagnostic.range.start.line;
    const above = line > 0
        ? document.textDocument.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/\r?\n$/, '')
        : '';
    const directive = NEXT_LINE_DIRECTIVE.exec(above);
    if (directive) {
        const rest = above.slice(directive[0].length);
        const list = rest.split(/--|\*\//)[0];
        const ids = [...list.matchAll(/[A-Za-z0-9_.-]+/g)];
        const lastId = ids.at(-1);
        const character = lastId ? directive[0].length + lastId.index! + lastId[0].length : directive[0].length;
        const at = { line: line - 1, character };
        return [quickFix(title, [{ range: { start: at, end: at }, newText: lastId ? `, ${code}` : ` ${code}` }], false)];
    }
    const at = { line, character: 0 };
    return [quickFix(title, [{
        range: { start: at, end: at },
        newText: `${lineIndent(document, line)}// appl-disable-next-line ${code} -- TODO: why\n`,
    }], false)];
};
