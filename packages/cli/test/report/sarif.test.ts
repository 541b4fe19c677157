import { pathToFileURL } from 'node:url';
import { allRules, ruleDocUrl } from 'appl-language';
import { describe, expect, test } from 'vitest';
import { ruleName } from '../../src/report/sarif.js';
import { checkTeaching, expectToEqualFile, FIXTURES } from '../helpers.js';

/** The SARIF of the teaching examples, with the machine's folder replaced by file:///fixtures/. */
async function teachingSarif(options: Parameters<typeof checkTeaching>[0] = {}) {
    const result = await checkTeaching({ format: 'sarif', ...options });
    const root = pathToFileURL(FIXTURES).href.replace(/\/?$/, '/');
    return { ...result, out: result.out.replaceAll(root, 'file:///fixtures/') };
}

describe('sarif report', () => {
    test('equals the expected SARIF 2.1.0 log of the teaching examples', async () => {
        const { code, out, err } = await teachingSarif();
        expect({ code, err }).toEqual({ code: 1, err: '' });
        expectToEqualFile(out, 'teaching.sarif');
    });

    test('describes every rule: id, name, descriptions, help URI to docs/rules.md, default level', async () => {
        const log = JSON.parse((await teachingSarif()).out);
        const { driver } = log.runs[0].tool;
        expect(driver).toMatchObject({ name: 'appl', version: '0.1.0', semanticVersion: '0.1.0' });
        for (const rule of allRules) {
            const descriptor = driver.rules.find((entry: { id: string }) => entry.id === rule.id);
            expect(descriptor).toMatchObject({
                id: rule.id,
                name: ruleName(rule.id),
                shortDescription: { text: rule.description },
                helpUri: ruleDocUrl(rule.id),
                defaultConfiguration: { level: rule.defaultSeverity === 'info' ? 'note' : rule.defaultSeverity },
            });
            expect(descriptor.fullDescription.text).toContain(rule.description);
        }
    });

    test('locates each result in the file, relative to the repository root', async () => {
        const log = JSON.parse((await teachingSarif()).out);
        const run = log.runs[0];
        expect(run.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///fixtures/' } });
        const result = run.results.find((entry: { ruleId: string }) => entry.ruleId === 'valid-date');
        expect(result).toEqual({
            ruleId: 'valid-date',
            ruleIndex: run.tool.driver.rules.findIndex((rule: { id: string }) => rule.id === 'valid-date'),
            level: 'error',
            message: { text: '2021-02-30 is not a real date: February 2021 has 28 days.' },
            locations: [{
                physicalLocation: {
                    artifactLocation: { uri: 'teaching/typos.appl', uriBaseId: 'SRCROOT' },
                    region: { startLine: 41, startColumn: 9, endLine: 41, endColumn: 19 },
                },
            }],
        });
    });

    test('records the as-of date of each file in the invocation\'s properties', async () => {
        const log = JSON.parse((await teachingSarif({ asOf: '2021-06-01' })).out);
        expect(log.runs[0].invocations[0].properties.asOf[2]).toEqual({ file: 'teaching/overdue.appl', date: '2021-06-01', source: 'option' });
    });

    test('gives one-word rule ids a name that differs from the id', () => {
        expect(ruleName('weakness-covered')).toBe('WeaknessCovered');
        expect(ruleName('unused')).toBe('UnusedRule');
    });
});
