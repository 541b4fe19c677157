#!/usr/bin/env node
// @ts-check
// Prints one fuzz input, to reproduce a failure: node fuzz/show.mjs --seed S --index I [--out file.appl]
import { writeFileSync } from 'node:fs';
import { grammarKeywords, readCorpus } from './fuzzer.mjs';
import { generateInput } from './inputs.mjs';

const args = process.argv.slice(2);
const value = name => args[args.indexOf(name) + 1];
const input = generateInput(Number(value('--seed')), Number(value('--index')), readCorpus().filter(([name]) => name.endsWith('.appl')), grammarKeywords());
console.error(`beside ${input.base}; ${input.mutations.join(', ')}; ${input.text.length} characters`);
if (args.includes('--out')) {
    writeFileSync(value('--out'), input.text);
} else {
    process.stdout.write(input.text);
}
