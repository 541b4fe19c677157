import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { allRules } from '../../src/index.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/appl-config.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true }).compile(schema);

describe('appl.config.json schema', () => {
    test('lists every rule id with its description and default level (run scripts/write-config-schema.mjs to update)', () => {
        const expected = Object.fromEntries([
            ...allRules.map(rule => [rule.id, `${rule.description} Default: ${rule.defaultSeverity}.`]),
            ['unused-suppression', 'A suppression comment that names no rule, names an unknown rule, or silences nothing. Default: warning.'],
        ]);
        const listed = Object.fromEntries(Object.entries(schema.properties.rules.properties as Record<string, { description: string }>)
            .map(([id, entry]) => [id, entry.description]));
        expect(listed).toEqual(expected);
    });

    test('accepts a config that sets levels, and rejects an unknown rule or level', () => {
        expect(validate({ $schema: './appl-config.schema.json', rules: { 'action-has-target': 'off', 'action-has-lead': 'warning' } })).toBe(true);
        expect(validate({ rules: { 'action-has-targets': 'off' } })).toBe(false);
        expect(validate({ rules: { 'action-has-lead': 'loud' } })).toBe(false);
    });
});
