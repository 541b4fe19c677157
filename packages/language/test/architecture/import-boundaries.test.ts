import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../../../../', import.meta.url).pathname;

/** Every module specifier imported by the TypeScript files under a folder. */
function importsUnder(folder: string, skip: (path: string) => boolean = () => false): Array<{ file: string, from: string }> {
    const found: Array<{ file: string, from: string }> = [];
    const visit = (dir: string) => {
        for (const entry of readdirSync(dir)) {
            const path = join(dir, entry);
            if (statSync(path).isDirectory()) {
                if (entry !== 'generated' && entry !== 'node_modules') visit(path);
            } else if (path.endsWith('.ts') && !skip(path)) {
                const text = readFileSync(path, 'utf8');
                for (const match of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
                    found.push({ file: relative(ROOT, path), from: match[1] ?? match[2] });
                }
            }
        }
    };
    visit(join(ROOT, folder));
    return found;
}

function violations(imports: Array<{ file: string, from: string }>, forbidden: RegExp): string[] {
    return imports.filter(({ from }) => forbidden.test(from)).map(({ file, from }) => `${file} imports ${from}`);
}

describe('import boundaries', () => {
    test('the core knows nothing of LSP, VS Code or Node\'s file system', () => {
        const core = importsUnder('packages/language/src', path => path.includes('/src/lsp/') || path.includes('/src/node/'));
        expect(core.length).toBeGreaterThan(10);
        expect(violations(core, /^(langium\/lsp|langium\/node|vscode-languageserver(\/.*)?$|vscode$|node:fs|fs$)|\/node\//)).toEqual([]);
    });

    test('the Node file system (src/node) is the core\'s only door to disk, and knows nothing of LSP', () => {
        expect(violations(importsUnder('packages/language/src/node'), /^(?!node:|\.\.?\/|langium$|langium\/node$)/)).toEqual([]);
        expect(violations(importsUnder('packages/language/src/node'), /\/lsp\//)).toEqual([]);
    });

    test('the language server does not reach the editor or the CLI', () => {
        expect(violations(importsUnder('packages/language/src/lsp'), /^(vscode$|appl$|appl\/)/)).toEqual([]);
    });

    test('the CLI imports only the core entry, langium, commander, tinyglobby and Node', () => {
        const cli = importsUnder('packages/cli/src');
        expect(cli.length).toBeGreaterThan(0);
        expect(violations(cli, /^(?!node:|\.\.?\/|appl-language$|appl-language\/node$|langium$|langium\/node$|commander$|tinyglobby$)/)).toEqual([]);
    });

    test('the web page runs the language only in its worker: it imports neither the core nor Langium', () => {
        const web = importsUnder('packages/web/src');
        expect(web.length).toBeGreaterThan(10);
        expect(violations(web, /^(langium|appl-language$|appl-language\/lsp|vscode-languageserver$|vscode-languageserver\/|\.\.\/\.\.\/\.\.\/language)/)).toEqual([]);
    });

    test('the extension computes nothing: no core, no Langium', () => {
        expect(violations(importsUnder('packages/extension/src'), /^(langium|appl-language$|appl-language\/lsp|\.\.\/\.\.\/language)/)).toEqual([]);
    });
});
