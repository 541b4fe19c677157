// @ts-check
// The packaged extension, as the Marketplace and `code --install-extension` get it: `npm run package`
// (in packages/extension: `vsce package`, which first runs `vscode:prepublish`, the minified build) writes
// appl-<version>.vsix without a warning, and the .vsix is bundled and minified, within its size budget (no node_modules,
// sources or source maps), documented, licensed and declares what VS Code and the Marketplace need.
// Run after `npm run build`:  node --test scripts/real-editors/package.test.mjs
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionDir = join(repo, 'packages', 'extension');
const version = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')).version;
const vsix = join(extensionDir, `appl-${version}.vsix`);

/** The entries of a zip file (a .vsix is one): name -> contents. Stored and deflated entries only. */
function readZip(/** @type {Buffer} */ zip) {
    let end = zip.length - 22;
    while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) {
        end--;
    }
    assert.ok(end >= 0, 'not a zip file');
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    /** @type {Map<string, () => Buffer>} */
    const entries = new Map();
    for (let i = 0; i < count; i++) {
        assert.equal(zip.readUInt32LE(at), 0x02014b50, 'broken central directory');
        const method = zip.readUInt16LE(at + 10);
        const size = zip.readUInt32LE(at + 20);
        const nameLength = zip.readUInt16LE(at + 28);
        const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        const local = zip.readUInt32LE(at + 42);
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        entries.set(name, () => {
            const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
            const raw = zip.subarray(data, data + size);
            return method === 0 ? raw : inflateRawSync(raw);
        });
        at += 46 + skip;
    }
    return entries;
}

describe('the packaged extension', () => {
    /** @type {string} */
    let output;
    /** @type {Map<string, () => Buffer>} */
    let entries;

    before(() => {
        rmSync(vsix, { force: true });
        const run = spawnSync('npm', ['run', 'package'], { cwd: extensionDir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
        output = `${run.stdout}${run.stderr}`;
        assert.equal(run.status, 0, `npm run package failed:\n${output}`);
        entries = readZip(readFileSync(vsix));
    });

    test('npm run package writes appl-<version>.vsix and vsce prints no warning', () => {
        assert.ok(existsSync(vsix));
        // npm's own notices ("npm warn …" about this machine's npm config) are not vsce's.
        const warnings = output.split('\n').filter(line => /warn/i.test(line) && !/^npm warn/.test(line));
        assert.deepEqual(warnings, []);
    });

    /** Bytes the .vsix spends on each part (compressed sizes of its entries, headers left out). */
    function parts() {
        const zip = readFileSync(vsix);
        let end = zip.length - 22;
        while (zip.readUInt32LE(end) !== 0x06054b50) {
            end--;
        }
        const sizes = { desktop: 0, browser: 0, pictures: 0 };
        for (let i = 0, at = zip.readUInt32LE(end + 16); i < zip.readUInt16LE(end + 10); i++) {
            const name = zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28));
            const part = name.startsWith('extension/out/browser/') ? 'browser' : name.startsWith('extension/media/') ? 'pictures' : 'desktop';
            sizes[part] += zip.readUInt32LE(at + 20);
            at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        }
        return sizes;
    }

    // The minified desktop extension alone was 334 KB. Then came the Word writer in the server (the desktop
    // part is some 510 KB with it), the browser entry (its client and a second server, some 470 KB) and
    // the walkthrough's pictures (550 KB). Sharing one server bundle between the desktop and the browser,
    // the Word writer on its own, and smaller pictures are what would bring it back towards 350 KB.
    test('is under 350 KB', { todo: 'the Word writer, the browser entry and the walkthrough pictures take it past 350 KB' }, () => {
        assert.ok(statSync(vsix).size < 350_000, `the .vsix is ${statSync(vsix).size} bytes: ${JSON.stringify(parts())}`);
    });

    test('grows no further: under 1.65 MB, the desktop part (all but the browser entry and pictures) under 560 KB', () => {
        const sizes = parts();
        assert.ok(statSync(vsix).size < 1_650_000, `the .vsix is ${statSync(vsix).size} bytes: ${JSON.stringify(sizes)}`);
        assert.ok(sizes.desktop < 560_000, `the desktop part is ${sizes.desktop} bytes`);
    });

    test('holds minified bundles, built by vscode:prepublish, without source map comments', () => {
        for (const bundle of ['extension/out/extension.cjs', 'extension/out/server.cjs', 'extension/out/browser/extension.js', 'extension/out/browser/server.js']) {
            const text = entries.get(bundle)?.().toString('utf8') ?? '';
            // Unminified, esbuild names each module's file in a comment line ("// src/extension.ts") and
            // indents; minified, there are neither (the lines left are inside the bundled example plans).
            assert.doesNotMatch(text, /^\/\/ (src|\.\.)\/\S+\.[cm]?[jt]s$/m, `${bundle} is not minified`);
            assert.doesNotMatch(text, /^ {4}(var|let|const|function|return) /m, `${bundle} is not minified`);
            assert.doesNotMatch(text, /sourceMappingURL/);
        }
    });

    test('holds the two bundles and no node_modules, sources or source maps', () => {
        const files = [...entries.keys()].filter(name => name.startsWith('extension/'));
        assert.ok(files.includes('extension/out/extension.cjs'));
        assert.ok(files.includes('extension/out/server.cjs'));
        // The browser entry (vscode.dev, github.dev) and its worker server.
        assert.ok(files.includes('extension/out/browser/extension.js'));
        assert.ok(files.includes('extension/out/browser/server.js'));
        assert.deepEqual(files.filter(name => /node_modules|\.ts$|\.map$|\/(src|test)\/|\.vsix$|tsbuildinfo/.test(name)), []);
    });

    test('holds the icon, README, CHANGELOG, LICENSE and the walkthrough\'s pictures', () => {
        for (const file of ['extension/media/walkthrough/1-open-example.jpg', 'extension/media/walkthrough/6-new-plan.jpg', 'extension/icon.png', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt']) {
            assert.ok(entries.has(file), `${file} is missing`);
        }
        assert.equal(entries.get('extension/icon.png')?.().subarray(1, 4).toString(), 'PNG');
    });

    test('declares the repository, engines.vscode, explicit activation events and untrusted workspace support', () => {
        const read = entries.get('extension/package.json');
        assert.ok(read, 'extension/package.json is missing');
        const manifest = JSON.parse(read().toString('utf8'));
        assert.ok(manifest.repository?.url, 'no repository');
        assert.equal(manifest.icon, 'icon.png');
        assert.equal(manifest.license, 'MIT');
        assert.match(manifest.engines?.vscode ?? '', /^\^1\.\d+\.\d+$/);
        assert.deepEqual(manifest.activationEvents, ['onLanguage:appl']);
        assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
        assert.equal(manifest.main, './out/extension.cjs');
        assert.ok(entries.has(`extension/${manifest.main.replace(/^\.\//, '')}`), 'main is not in the package');
    });

    test('declares keywords, a gallery banner, a scope for every setting, and the JSON schemas it validates with', () => {
        const manifest = JSON.parse(entries.get('extension/package.json')?.().toString('utf8') ?? '{}');
        assert.ok(Array.isArray(manifest.keywords) && manifest.keywords.length > 3 && manifest.keywords.length <= 30);
        assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9A-Fa-f]{6}$/);
        assert.match(manifest.galleryBanner?.theme ?? '', /^(dark|light)$/);
        const settings = Object.entries(manifest.contributes.configuration.properties);
        assert.deepEqual(settings.filter(([, setting]) => !setting.scope).map(([key]) => key), []);
        for (const { url } of manifest.contributes.jsonValidation) {
            assert.ok(/^https:\/\//.test(url) || entries.has(`extension/${url.replace(/^\.\//, '')}`), `${url} is not in the package`);
        }
        assert.ok(manifest.contributes.jsonValidation.some(entry => /appl-export\.v1\.schema\.json$/.test(entry.url)), 'no schema for exported plans');
    });
});
