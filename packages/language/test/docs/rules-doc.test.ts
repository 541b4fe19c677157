import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { allRules } from '../../src/index.js';
import { checkFiles, createTestServices, findings, resetWorkspace } from '../helpers.js';

/**
 * docs/rules.md is where every diagnostic links to (#<rule-id>). These tests keep it honest: one
 * section per rule, in the catalogue's order; every appl example parses; the examples of a section
 * fire its rule, and the fixed versions after its "**Fix.**" paragraph parse and no longer fire it.
 */

const RULES_DOC = fileURLToPath(new URL('../../../../docs/rules.md', import.meta.url));
const text = readFileSync(RULES_DOC, 'utf8');

const EXPECTED_IDS = [...allRules.map(rule => rule.id), 'unused-suppression'];

interface Block {
    /** The `## ` heading the block is under, or undefined before the first rule section. */
    section: string | undefined;
    /** Whether the block comes after the section's "**Fix.**" paragraph. */
    fix: boolean;
    /** The block's 1-based first line in rules.md, to find it when a test fails. */
    line: number;
    code: string;
}

/** The `## ` headings and the ```appl blocks of the document, headings inside code blocks excepted. */
function readDoc(markdown: string): { headings: string[], blocks: Block[] } {
    const headings: string[] = [];
    const blocks: Block[] = [];
    const lines = markdown.split(/\r?\n/);
    let section: string | undefined;
    let fix = false;
    let fence: { language: string, line: number, body: string[] } | undefined;
    lines.forEach((line, i) => {
        if (fence) {
            if (/^```\s*$/.test(line)) {
                if (fence.language === 'appl') {
                    blocks.push({ section, fix, line: fence.line, code: fence.body.join('\n') });
                }
                fence = undefined;
            } else {
                fence.body.push(line);
            }
            return;
        }
        const open = /^```(\S*)/.exec(line);
        if (open) {
            fence = { language: open[1], line: i + 1, body: [] };
            return;
        }
        const heading = /^## (.*)$/.exec(line);
        if (heading) {
            section = heading[1].trim();
            headings.push(section);
            fix = false;
        } else if (line.startsWith('**Fix.**')) {
            fix = true;
        }
    });
    if (fence) {
        throw new Error(`the code block at line ${fence.line} of rules.md is not closed`);
    }
    return { headings, blocks };
}

const { headings, blocks } = readDoc(text);

const services = createTestServices();
afterEach(() => resetWorkspace(services));

async function diagnosticsOf(code: string) {
    return (await checkFiles(services, { 'example.appl': code }))['example.appl'];
}

describe('docs/rules.md', () => {
    test('has one "## <rule-id>" section per rule, in the order of the rule catalogue, and no other', () => {
        expect(headings).toEqual(EXPECTED_IDS);
    });

    test('names each section plainly, so that GitHub anchors it #<rule-id>', () => {
        for (const heading of headings) {
            expect(heading).toMatch(/^[a-z][a-z-]*[a-z]$/);
        }
    });

    test('has a firing example in every rule section', () => {
        for (const id of EXPECTED_IDS) {
            expect(blocks.filter(block => block.section === id && !block.fix), `no example under ## ${id}`).not.toEqual([]);
        }
    });

    test.each(blocks.map(block => [block.line, block.section ?? 'introduction', block] as const))(
        'the appl block at line %i (%s) parses', async (_line, _section, block) => {
            const diagnostics = await diagnosticsOf(block.code);
            expect(findings(diagnostics, 'syntax-error').map(d => d.message)).toEqual([]);
        });

    const examples = blocks.filter(block => block.section !== undefined && !block.fix);
    test.each(examples.map(block => [block.line, block.section!, block] as const))(
        'the example at line %i fires %s', async (_line, id, block) => {
            const diagnostics = await diagnosticsOf(block.code);
            expect(findings(diagnostics, id)).not.toEqual([]);
        });

    const fixes = blocks.filter(block => block.section !== undefined && block.fix);
    test.each(fixes.map(block => [block.line, block.section!, block] as const))(
        'the fixed version at line %i no longer fires %s', async (_line, id, block) => {
            const diagnostics = await diagnosticsOf(block.code);
            expect(findings(diagnostics, id).map(d => d.message)).toEqual([]);
        });
});
