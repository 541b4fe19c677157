// The extension as users get it: installed from the packaged .vsix (or loaded from the development
// folder), started by opening a plan, not before.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { applExtension, closeAllEditors, env, openPlan, waitFor } from './helpers.js';

describe('the APPL extension', () => {
    after(closeAllEditors);

    it('is the packaged extension: bundled, with no node_modules inside', () => {
        const extension = applExtension();
        if (env.extensionSource === 'vsix') {
            assert.ok(env.extensionsDir, 'run-tests.mjs sets APPL_EXTENSIONS_DIR for the .vsix run');
            const inside = relative(env.extensionsDir, extension.extensionPath);
            assert.ok(!inside.startsWith('..'), `${extension.extensionPath} is not in the extensions folder ${env.extensionsDir}`);
        }
        assert.equal(existsSync(join(extension.extensionPath, 'node_modules')), false);
        assert.ok(existsSync(join(extension.extensionPath, 'out', 'server.cjs')), 'the bundled language server is missing');
    });

    it('does not start before a plan is opened', () => {
        assert.equal(applExtension().isActive, false);
    });

    it('starts when a plan is opened, which it shows as an APPL document', async () => {
        const editor = await openPlan('app-2020.appl');
        assert.equal(editor.document.languageId, 'appl');
        await waitFor('the extension to activate', () => applExtension().isActive);
    });
});
