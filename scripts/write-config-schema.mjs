// Writes the rule list of packages/language/schema/appl-config.schema.json from the registered rules,
// so that editors complete and check every rule id of appl.config.json. Run after adding a rule
// (after `npm run build`); a test fails while the schema and the rules differ.
import { readFileSync, writeFileSync } from 'node:fs';

const { allRules } = await import(new URL('../packages/language/out/index.js', import.meta.url).href);
const path = new URL('../packages/language/schema/appl-config.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(path, 'utf8'));
const levels = ['off', 'info', 'warning', 'error'];
const rules = Object.fromEntries(allRules.map(rule => [rule.id,
    { enum: levels, description: `${rule.description} Default: ${rule.defaultSeverity}.` }]));
rules['unused-suppression'] = { enum: levels,
    description: 'A suppression comment that names no rule, names an unknown rule, or silences nothing. Default: warning.' };
schema.properties.rules.properties = rules;
writeFileSync(path, JSON.stringify(schema, null, 4) + '\n');
