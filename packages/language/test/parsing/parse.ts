import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { expect } from 'vitest';
import { createApplServices, ast } from '../../src/index.js';

const { appl } = createApplServices(EmptyFileSystem);
const parseDocument = parseHelper<ast.Document>(appl);

/** Parses a snippet and fails the test on any lexing or parsing error. */
export async function parse(text: string): Promise<ast.Document> {
    const document = await parseDocument(text);
    const { lexerErrors, parserErrors } = document.parseResult;
    expect([...lexerErrors, ...parserErrors].map(error => error.message)).toEqual([]);
    return document.parseResult.value;
}

/** Parses a snippet that must not parse, and returns the parser's messages. */
export async function parseErrors(text: string): Promise<string[]> {
    const document = await parseDocument(text);
    return [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(error => error.message);
}
