import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The folder of the package `name` as Node finds it from `folder`: the nearest node_modules/<name> up the tree. */
function packageFolder(name: string, folder: string): string {
    for (let current = folder; ; current = dirname(current)) {
        const candidate = join(current, 'node_modules', name);
        if (existsSync(join(candidate, 'package.json'))) {
            return candidate;
        }
        if (dirname(current) === current) {
            throw new Error(`${name} is not installed above ${folder}`);
        }
    }
}

/** The copy of `name` that the chain of packages reaches: langium → protocol → vscode-jsonrpc. */
function copyReachedThrough(chain: string[]): string {
    return chain.reduce((folder, name) => packageFolder(name, folder), HERE);
}

function versionOf(folder: string): string {
    return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

describe('dependencies', () => {
    // Langium answers a cancelled request with `new ResponseError(…)` and the connection checks
    // `instanceof ResponseError`: with two copies of vscode-jsonrpc the check fails and the error goes
    // to the client as a successful result.
    test('Langium and vscode-languageserver reach one copy of vscode-jsonrpc', () => {
        const fromLangium = copyReachedThrough(['langium', 'vscode-languageserver-protocol', 'vscode-jsonrpc']);
        const fromServer = copyReachedThrough(['vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-jsonrpc']);
        expect(`${fromServer} ${versionOf(fromServer)}`).toBe(`${fromLangium} ${versionOf(fromLangium)}`);
    });
});
