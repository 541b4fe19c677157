#!/usr/bin/env node
// @ts-check
// Writes a generated plan (and the people file it imports) to a folder, to profile or try by hand:
//   node bench/generate.mjs --lines 2000 [--seed 1] [--errors 0.1] --out /tmp/plans
//   node bench/generate.mjs --repo 200 --out /tmp/repo
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generatePlan, generateRepository } from './generator.mjs';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
};
const out = option('out');
if (!out) {
    console.error('usage: node bench/generate.mjs (--lines N [--seed S] [--errors SHARE] | --repo N) --out FOLDER');
    process.exit(2);
}
const files = option('repo') !== undefined
    ? generateRepository({ count: Number(option('repo')), seed: Number(option('seed') ?? 7) }).files
    : generatePlan({ lines: Number(option('lines') ?? 2000), seed: Number(option('seed') ?? 1), errorShare: Number(option('errors') ?? 0) }).files;
for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), text);
}
console.log(`wrote ${Object.keys(files).length} files to ${out}`);
