// @ts-check
// One fuzz input through everything the checker does with a plan's text, and the properties each step
// must keep: parse, link and every rule (nothing throws, inside Langium's guards or out), the model and
// every export (the JSON valid against its schema), the formatter (idempotent, never a token or comment
// changed, its edits give its text) and the safe fixes (never a finding added).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { URI } from 'langium';
import {
    asOfDate, checkPlans, createApplServices, fixPlan, formatExportJson, formatPlan, formatPlanEdits, renderHtml,
    renderMarkdown, toExportJson, toPlanDiagnostics, toPlanModel,
} from '../packages/language/out/index.js';
import { MemoryFiles } from './memory-files.mjs';

const SCHEMA = fileURLToPath(new URL('../packages/language/schema/appl-export.v1.schema.json', import.meta.url));

/** A failure of one property on one input. */
/** @typedef {{ property: 'exception' | 'schema' | 'idempotent' | 'tokens' | 'edits' | 'unsafe-fix', detail: string }} Failure */

/** Langium's own guards turn an exception in a rule or in linking into a finding with these words. */
const CAUGHT_EXCEPTION = /An (unexpected )?error occurred|error occurred while resolving/;

/**
 * The checker over the examples, in memory: `check(base, text)` checks `text` as a file beside the
 * example `base` (so that its imports resolve) and returns the properties it broke.
 * @param {ReadonlyArray<[string, string]>} corpus example path -> text, and appl.config.json
 */
export function createChecker(corpus) {
    const files = new MemoryFiles(new Map(corpus.map(([name, text]) => [`/fuzz/${name}`, text])));
    const { appl } = createApplServices({ fileSystemProvider: () => files });
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    const logged = /** @type {string[]} */ ([]);
    // Langium logs the exceptions it catches (a check that threw, a reference that could not be resolved).
    console.error = (...args) => { logged.push(args.map(String).join(' ').slice(0, 500)); };

    async function checkText(uri, text) {
        await forget(uri);
        const [plan] = await checkPlans(appl, [{ uri, text }]);
        return plan;
    }

    async function forget(uri) {
        if (appl.shared.workspace.LangiumDocuments.hasDocument(uri)) {
            await appl.shared.workspace.DocumentBuilder.update([], [uri]);
        }
    }

    /** @param {string} base @param {string} text @returns {Promise<{ failures: Failure[], timings: Record<string, number> }>} */
    async function check(base, text) {
        /** @type {Failure[]} */
        const failures = [];
        const timings = /** @type {Record<string, number>} */ ({});
        const timed = async (stage, step) => {
            const start = performance.now();
            try {
                return await step();
            } catch (error) {
                failures.push({ property: 'exception', detail: `${stage}: ${error instanceof Error ? error.stack?.split('\n').slice(0, 6).join(' | ') : String(error)}` });
                return undefined;
            } finally {
                timings[stage] = performance.now() - start;
            }
        };
        logged.length = 0;
        const uri = URI.parse(`file:///fuzz/${base.includes('/') ? base.slice(0, base.lastIndexOf('/') + 1) : ''}fuzz-input.appl`);

        const plan = await timed('check', () => checkText(uri, text));
        if (plan) {
            for (const diagnostic of plan.diagnostics) {
                if (CAUGHT_EXCEPTION.test(diagnostic.message)) {
                    failures.push({ property: 'exception', detail: `caught by Langium: ${diagnostic.message.slice(0, 300)}` });
                }
            }
            await timed('exports', () => {
                // What exportPlan does for each format, with the model built once for all three.
                const visible = appl.references.ImportResolver.visibleDocuments(plan.document);
                const model = toPlanModel(plan.document, visible, asOfDate(appl, plan.document)?.date);
                const diagnostics = visible.flatMap(doc => toPlanDiagnostics(plan.document, doc, doc.diagnostics ?? []));
                const json = formatExportJson(toExportJson(model, diagnostics));
                if (!validate(JSON.parse(json))) {
                    failures.push({ property: 'schema', detail: JSON.stringify(validate.errors?.slice(0, 3)) });
                }
                renderMarkdown(model, diagnostics);
                renderHtml(model, diagnostics, { nonce: 'fuzzfuzzfuzz' });
            });
            await timed('fixes', () => checkSafeFixes(uri, plan, failures));
        }
        await timed('format', () => checkFormatting(text, failures));
        await forget(uri);
        for (const message of logged) {
            failures.push({ property: 'exception', detail: `logged: ${message}` });
        }
        return { failures, timings };
    }

    /** What `appl check --fix` does (fixPlan): afterwards, no finding may be there that was not there before. */
    async function checkSafeFixes(uri, plan, failures) {
        const before = findingCounts(plan.diagnostics);
        const result = await fixPlan(appl, plan.document);
        for (const [finding, count] of findingCounts(result.document.diagnostics ?? [])) {
            if (count > (before.get(finding) ?? 0)) {
                failures.push({ property: 'unsafe-fix', detail: `${result.applied} fixes added: ${finding.slice(0, 300)}` });
                return;
            }
        }
    }

    function checkFormatting(text, failures) {
        const formatted = formatPlan(text);
        if (formatPlan(formatted) !== formatted) {
            failures.push({ property: 'idempotent', detail: 'formatting the formatted text changes it' });
        }
        const before = parserTokens(text);
        const after = parserTokens(formatted);
        const changed = before.findIndex((token, i) => token !== after[i]);
        if (changed >= 0 || before.length !== after.length) {
            const at = changed >= 0 ? changed : Math.min(before.length, after.length);
            failures.push({ property: 'tokens', detail: `token ${at}: ${JSON.stringify(before[at])?.slice(0, 120)} became ${JSON.stringify(after[at])?.slice(0, 120)}` });
        }
        let edited = text;
        for (const edit of formatPlanEdits(text).sort((a, b) => b.offset - a.offset)) {
            edited = edited.slice(0, edit.offset) + edit.newText + edited.slice(edit.offset + edit.length);
        }
        if (edited !== formatted) {
            failures.push({ property: 'edits', detail: 'the formatting edits do not give the formatted text' });
        }
    }

    /**
     * The parser's tokens, comments included, as `type image`: what formatting must never change. The
     * formatter trims the spaces at the end of a line, so a line comment is compared without them.
     */
    function parserTokens(text) {
        const { tokens, hidden } = appl.parser.Lexer.tokenize(text);
        return [...tokens, ...hidden ?? []].sort((a, b) => a.startOffset - b.startOffset)
            .map(token => `${token.tokenType.name} ${token.tokenType.name === 'SL_COMMENT' ? token.image.trimEnd() : token.image}`);
    }

    return { check };
}

/**
 * Findings as `rule-id: message`, counted. The lexer's messages name the offset of a stray character,
 * which moves when a fix changes the text before it: that is the same finding.
 */
function findingCounts(diagnostics) {
    const counts = new Map();
    for (const diagnostic of diagnostics) {
        const key = `${diagnostic.code}: ${diagnostic.message.replace(/at offset: \d+/, 'at offset: _')}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}
