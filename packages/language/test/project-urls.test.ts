import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { APPL_VERSION, CHECK_REPORT_SCHEMA_URL, CONFIG_SCHEMA_URL, EXPORT_SCHEMA_URL, REPOSITORY_URL } from '../src/index.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

describe('the project\'s addresses', () => {
    test('derive every schema URL from the one repository URL, and each schema names itself by it', () => {
        const raw = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main`;
        const schemas = {
            'packages/language/schema/appl-export.v1.schema.json': EXPORT_SCHEMA_URL,
            'packages/language/schema/appl-config.schema.json': CONFIG_SCHEMA_URL,
            'packages/cli/schema/appl-check.v1.schema.json': CHECK_REPORT_SCHEMA_URL,
        };
        for (const [path, url] of Object.entries(schemas)) {
            expect(url).toBe(`${raw}/${path}`);
            expect(read(path).$id).toBe(url);
        }
        expect(read('packages/language/schema/appl-export.v1.schema.json').properties.$schema.const).toBe(EXPORT_SCHEMA_URL);
        expect(read('packages/cli/schema/appl-check.v1.schema.json').properties.$schema.const).toBe(CHECK_REPORT_SCHEMA_URL);
    });

    test('are those of every package, which are released together at one version', () => {
        for (const path of ['packages/language/package.json', 'packages/cli/package.json', 'packages/extension/package.json']) {
            const manifest = read(path);
            expect(manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''), path).toBe(REPOSITORY_URL);
            expect(manifest.version, path).toBe(APPL_VERSION);
        }
    });
});
