// Imports on a real disk, as the CLI and the language server read them (appl-language/node): they stay
// inside the plan's project through real paths, read regular files only, and never more than the cap.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkPlans, createApplServices, PlanFileError } from '../../src/index.js';
import { NodePlanFileSystemContext } from '../../src/node/index.js';
import { findings } from '../helpers.js';

let dir: string;

beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'appl-imports-'));
});

afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
});

/** Checks the plan at `project/<file>` on disk; returns its unresolved-reference and import-cycle messages and what got loaded. */
async function check(file: string): Promise<{ messages: string[], loaded: string[] }> {
    const { appl } = createApplServices(NodePlanFileSystemContext);
    const [plan] = await checkPlans(appl, [{ uri: URI.file(join(dir, 'project', file)) }]);
    return {
        messages: [...findings(plan.diagnostics, 'unresolved-reference'), ...findings(plan.diagnostics, 'import-cycle')].map(d => d.message),
        loaded: appl.shared.workspace.LangiumDocuments.all.map(doc => doc.uri.fsPath.slice(dir.length + 1)).toArray().sort(),
    };
}

async function write(file: string, text: string): Promise<void> {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), text);
}

const OUTSIDE = 'lies outside this plan\'s project folder (project). A plan imports only files inside its project: '
    + 'the workspace folder, or the folder holding appl.config.json or .git.';

describe('imports on disk', () => {
    test('the project is the nearest folder with appl.config.json (or .git): a plan in a subfolder may import from beside it', async () => {
        await write('project/appl.config.json', '{}');
        await write('project/shared/people.appl', 'person jane "Jane Doe"');
        await write('project/plans/app.appl', 'import "../shared/people.appl"\nplan "P" { accountable jane }');
        expect(await check('plans/app.appl')).toEqual({ messages: [], loaded: ['project/plans/app.appl', 'project/shared/people.appl'] });
    });

    test('without appl.config.json or .git the project is the plan\'s folder, and a file above it is neither read nor seen', async () => {
        await write('people.appl', 'person jane "Jane Doe"');
        await write('project/app.appl', 'import "../people.appl"\nplan "P" { accountable jane }');
        const { messages, loaded } = await check('app.appl');
        expect(messages.sort()).toEqual([
            `Cannot import "../people.appl": it ${OUTSIDE}`,
            'No person called jane is declared in this file or in a file it imports. A person must be declared before it can be referred to; check the spelling or add an import.',
        ]);
        expect(loaded).toEqual(['project/app.appl']);
    });

    test('a symbolic link inside the project that leads outside it counts where it leads, and is not read', async () => {
        await mkdir(join(dir, 'project', '.git'), { recursive: true });
        await write('secret.appl', 'person secret-name "Someone Else"');
        await symlink(join(dir, 'secret.appl'), join(dir, 'project', 'people.appl'));
        await symlink('/etc/passwd', join(dir, 'project', 'passwd.appl'));
        await write('project/app.appl', 'import "people.appl"\nimport "passwd.appl"\nplan "P" { }');
        const { messages, loaded } = await check('app.appl');
        expect(messages).toEqual([`Cannot import "people.appl": it ${OUTSIDE}`, `Cannot import "passwd.appl": it ${OUTSIDE}`]);
        expect(loaded).toEqual(['project/app.appl']);
    });

    test('a pipe, a device, a folder and a file that is not a plan are reported at once, never read', async () => {
        await mkdir(join(dir, 'project', '.git'), { recursive: true });
        execFileSync('mkfifo', [join(dir, 'project', 'pipe.appl')]);
        await symlink('/dev/zero', join(dir, 'project', 'zero.appl'));
        await mkdir(join(dir, 'project', 'shared'));
        await write('project/notes.txt', 'person jane "Jane Doe"');
        await write('project/app.appl', 'import "pipe.appl"\nimport "zero.appl"\nimport "shared"\nimport "notes.txt"\nplan "P" { }');
        expect((await check('app.appl')).messages).toEqual([
            'Cannot import "pipe.appl": it is not a regular file (a device, a pipe or a socket). Imports name .appl files.',
            'Cannot import "zero.appl": it is not a regular file (a device, a pipe or a socket). Imports name .appl files.',
            'Cannot import "shared": it is a folder. Import a plan file in it, such as "shared/people.appl".',
            'Cannot import "notes.txt": it is not a plan file. Imports name .appl files.',
        ]);
    });

    test('a file larger than 16 MB is reported at the import and not read', async () => {
        await mkdir(join(dir, 'project', '.git'), { recursive: true });
        await write('project/huge.appl', '');
        await truncate(join(dir, 'project', 'huge.appl'), 16 * 1024 * 1024 + 1);
        await write('project/app.appl', 'import "huge.appl"\nplan "P" { }');
        expect(await check('app.appl')).toEqual({
            messages: ['Cannot read the file "huge.appl" to import: it is larger than 16 MB.'],
            loaded: ['project/app.appl'],
        });
    });

    test('a plan file named on its own that is a pipe or too large is an I/O failure, at once', async () => {
        await mkdir(join(dir, 'project'), { recursive: true });
        execFileSync('mkfifo', [join(dir, 'project', 'pipe.appl')]);
        await expect(check('pipe.appl')).rejects.toThrow(new PlanFileError(URI.file(join(dir, 'project', 'pipe.appl')),
            'it is not a regular file (a device, a pipe or a socket)').message);
        await write('project/huge.appl', '');
        await truncate(join(dir, 'project', 'huge.appl'), 16 * 1024 * 1024 + 1);
        await expect(check('huge.appl')).rejects.toThrow('it is larger than 16 MB');
    });

    test('a cycle between two files on disk is reported once in each', async () => {
        await mkdir(join(dir, 'project', '.git'), { recursive: true });
        await write('project/app.appl', 'import "people.appl"\nplan "P" { accountable jane }');
        await write('project/people.appl', 'import "app.appl"\nperson jane "Jane Doe"');
        expect((await check('app.appl')).messages).toEqual([
            'This import makes a cycle: app.appl → people.appl → app.appl. Remove one of these imports: a plan imports shared files, and a shared file imports none of the plans that use it.',
        ]);
    });
});
