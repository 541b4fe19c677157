// Properties every fix keeps, on the teaching examples (one per rule, each with its findings) and on
// every prefix of the sample plan: no fix throws; each fix, applied, leaves text that parses and no
// longer has its finding; a safe fix adds no finding at all.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { applyFix, check, fixesOf, summary } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const TEACHING = new URL('../../../../examples/teaching/', import.meta.url);
const EXAMPLES = readdirSync(TEACHING).filter(name => name.endsWith('.appl')).sort();
const SAMPLE = readFileSync(new URL('../fixtures/sample-plan.appl', import.meta.url), 'utf8');

function count(list: string[], item: string): number {
    return list.filter(line => line === item).length;
}

describe('every fix', () => {
    test.each(EXAMPLES)('on teaching/%s removes its finding, parses, and a safe one adds nothing', async name => {
        const text = readFileSync(new URL(name, TEACHING), 'utf8');
        const checked = await check(services, text);
        const before = summary(checked.diagnostics);
        const problems: string[] = [];
        let fixesTried = 0;
        for (const diagnostic of checked.diagnostics) {
            const finding = `${String(diagnostic.code)}: ${diagnostic.message}`;
            for (const fix of fixesOf(services, checked, diagnostic)) {
                fixesTried++;
                const after = summary((await check(services, applyFix(checked, fix), {})).diagnostics);
                const added = after.filter(line => count(after, line) > count(before, line));
                if (added.some(line => line.startsWith('syntax-error'))) {
                    problems.push(`"${fix.title}" for ${finding} breaks the syntax: ${added.join('; ')}`);
                }
                if (count(after, finding) >= count(before, finding)) {
                    problems.push(`"${fix.title}" leaves ${finding}`);
                }
                if (fix.safe && added.length > 0) {
                    problems.push(`safe "${fix.title}" for ${finding} adds ${added.join('; ')}`);
                }
                await check(services, text); // back to the example for the next fix
            }
        }
        expect(problems).toEqual([]);
        expect(fixesTried).toBeGreaterThan(0);
    });

    test('no fix throws on any prefix of the sample plan, and every edit lies inside the text', async () => {
        const problems: string[] = [];
        for (let end = 0; end <= SAMPLE.length; end += 13) {
            const checked = await check(services, SAMPLE.slice(0, end));
            const lines = checked.document.textDocument.lineCount;
            for (const diagnostic of checked.diagnostics) {
                for (const fix of fixesOf(services, checked, diagnostic)) {
                    for (const { range } of fix.edits) {
                        if (range.end.line >= lines + 1 || range.start.line > range.end.line) {
                            problems.push(`at ${end}: "${fix.title}" edits outside the text`);
                        }
                    }
                }
            }
        }
        expect(problems).toEqual([]);
    });
});
