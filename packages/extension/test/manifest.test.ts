// The extension's manifest and language configuration, checked without VS Code: what the
// Command Palette, the Settings editor, the editor title bar and the Enter key will show and do.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { APPL_REQUESTS, DEFAULT_SETTINGS, VSCODE_COMMANDS } from 'appl-language/protocol';
import { describe, expect, test } from 'vitest';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(root(path), 'utf8'));

interface Command { command: string, title: string, category?: string, icon?: string }
interface Setting { type: string, default: unknown, description?: string, markdownDescription?: string, pattern?: string }
const manifest = readJson('package.json') as {
    contributes: {
        commands: Command[];
        menus: Record<string, Array<{ command: string, when?: string, group?: string }>>;
        keybindings: Array<{ command: string, key: string, when?: string }>;
        configuration: { title: string, properties: Record<string, Setting> };
        snippets?: Array<{ language: string, path: string }>;
        languages: Array<{ configuration: string }>;
    };
};
const { contributes } = manifest;

describe('commands', () => {
    test('show in the Command Palette as "APPL: …", with the ids protocol.ts declares', () => {
        expect(contributes.commands.map(command => `${command.category}: ${command.title}`)).toEqual([
            'APPL: Export to JSON',
            'APPL: Export to Markdown',
            'APPL: Export to Word',
            'APPL: Write the Progress Review Pack',
            'APPL: Open Preview to the Side',
            'APPL: New plan',
            'APPL: Open an Example Plan',
        ]);
        expect(contributes.commands.map(command => command.command)).toEqual(Object.values(VSCODE_COMMANDS));
    });

    test('never reuse a server request name (the client would register it as a command too)', () => {
        const requests = APPL_REQUESTS.map(request => request.method);
        expect(requests).toEqual(['appl/exportPlan', 'appl/reviewPack', 'appl/previewPlan']);
        for (const command of contributes.commands) {
            expect(requests).not.toContain(command.command);
            expect(command.command).toMatch(/^appl\.[a-z]+[A-Za-z]*$/);
        }
    });

    test('the preview has a button in the editor title bar of APPL files, and Ctrl+K V', () => {
        expect(contributes.menus['editor/title']).toEqual([
            { command: VSCODE_COMMANDS.openPreviewToSide, when: 'editorLangId == appl', group: 'navigation' },
        ]);
        expect(contributes.commands.find(command => command.command === VSCODE_COMMANDS.openPreviewToSide)?.icon).toBe('$(open-preview)');
        expect(contributes.keybindings).toEqual([
            { command: VSCODE_COMMANDS.openPreviewToSide, key: 'ctrl+k v', mac: 'cmd+k v', when: 'editorLangId == appl' },
        ]);
    });

    test('show in the Command Palette only for APPL files (New plan and the examples always), and on .appl files in the Explorer', () => {
        const always: string[] = [VSCODE_COMMANDS.newPlan, VSCODE_COMMANDS.openExample];
        expect(contributes.menus.commandPalette.map(entry => [entry.command, entry.when]))
            .toEqual(Object.values(VSCODE_COMMANDS).map(command => [command, always.includes(command) ? undefined : 'editorLangId == appl']));
        expect(contributes.menus['explorer/context'].every(entry => entry.when === 'resourceExtname == .appl')).toBe(true);
    });
});

describe('a first plan in minutes', () => {
    test('"New plan" is also under File > New File…', () => {
        expect(contributes.menus['file/newFile']).toEqual([{ command: VSCODE_COMMANDS.newPlan, group: 'file' }]);
    });

    test('the walkthrough\'s steps each have a picture that is packaged, and links to commands that exist', () => {
        const { walkthroughs } = manifest.contributes as unknown as {
            walkthroughs: Array<{ id: string, title: string, steps: Array<{ id: string, title: string, description: string, media: { image: string, altText: string } }> }>;
        };
        expect(walkthroughs.map(walkthrough => walkthrough.id)).toEqual(['firstPlan']);
        const steps = walkthroughs[0].steps;
        expect(steps.map(step => step.title)).toEqual([
            'Open an example plan',
            'Write an action with a target and dated milestones',
            'See a problem and apply its quick fix',
            'Open the preview',
            'Export the plan to Word',
            'Start your own plan',
        ]);
        const ignored = readFileSync(root('.vscodeignore'), 'utf8').split('\n');
        const ours = contributes.commands.map(command => command.command);
        for (const step of steps) {
            const picture = readFileSync(root(step.media.image));
            expect([...picture.subarray(0, 3)], step.id).toEqual([0xff, 0xd8, 0xff]); // a JPEG
            expect(step.media.altText.length, step.id).toBeGreaterThan(20);
            expect(ignored).toContain(`!${step.media.image.replace(/[^/]*$/, '*.jpg')}`);
            for (const [, command] of step.description.matchAll(/\(command:([\w.]+)/g)) {
                expect(command.startsWith('appl.') ? ours : [command], step.id).toContain(command);
            }
        }
    });

    test('runs in the browser (vscode.dev, github.dev) with a built entry, and says what a virtual workspace lacks', () => {
        const { browser, capabilities } = manifest as unknown as { browser: string, capabilities: { virtualWorkspaces: { supported: string, description: string } } };
        expect(browser).toBe('./out/browser/extension.js');
        expect(existsSync(root(browser))).toBe(true);
        expect(existsSync(root('out/browser/server.js'))).toBe(true);
        expect(readFileSync(root('.vscodeignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['!out/browser/extension.js', '!out/browser/server.js']));
        expect(capabilities.virtualWorkspaces).toEqual({ supported: 'limited', description: expect.stringContaining('appl.config.json is not read') });
        const client = readFileSync(root(browser), 'utf8');
        expect(client).toContain('require("vscode")');
        expect(client).not.toMatch(/require\("(node:)?(fs|path|child_process)"\)/);
    });
});

describe('settings', () => {
    const properties = contributes.configuration.properties;

    test('are the presentation settings protocol.ts declares, with their defaults, plus the server trace', () => {
        const flatten = (value: object, prefix: string): Array<[string, unknown]> => Object.entries(value).flatMap(([key, item]) =>
            item !== null && typeof item === 'object' ? flatten(item, `${prefix}${key}.`) : [[`${prefix}${key}`, item] as [string, unknown]]);
        expect(Object.entries(properties).map(([key, setting]) => [key, setting.default]))
            .toEqual([...flatten(DEFAULT_SETTINGS, 'appl.'), ['appl.trace.server', 'off']].sort(([a], [b]) => order(a) - order(b)));
    });

    test('each has a description a plan author can follow', () => {
        for (const [key, setting] of Object.entries(properties)) {
            const description = setting.markdownDescription ?? setting.description ?? '';
            expect(description.length, key).toBeGreaterThan(40);
            expect(description, key).toMatch(/\.$/);
        }
    });

    test('the as-of override accepts a date or nothing', () => {
        const pattern = new RegExp(properties['appl.asOf'].pattern!);
        expect(['', '2021-01-20'].map(value => pattern.test(value))).toEqual([true, true]);
        expect(['20/01/2021', '2021-1-20', 'today'].map(value => pattern.test(value))).toEqual([false, false, false]);
    });

    function order(key: string): number {
        return Object.keys(properties).indexOf(key);
    }
});

describe('snippets', () => {
    test('are packaged (blocks only: comment snippets come from the server), parse, and have a prefix, a description and well-formed tab stops', () => {
        expect(contributes.snippets).toEqual([{ language: 'appl', path: './snippets/appl.code-snippets' }]);
        expect(readFileSync(root('.vscodeignore'), 'utf8').split('\n')).toContain('!snippets/appl.code-snippets');
        const snippets = readJson('snippets/appl.code-snippets') as Record<string, { prefix: string[], body: string[], description: string }>;
        expect(Object.keys(snippets)).toEqual(['Plan', 'Area', 'Action', 'Measure']);
        expect(Object.values(snippets).slice(0, 4).map(snippet => snippet.prefix)).toEqual([['plan'], ['area'], ['action'], ['measure']]);
        for (const [name, snippet] of Object.entries(snippets)) {
            expect(snippet.prefix.length, name).toBeGreaterThan(0);
            expect(snippet.description, name).not.toBe('');
            const body = snippet.body.join('\n');
            const stops = [...body.matchAll(/\$\{(\d+)[:|]|\$(\d+)/g)].map(match => Number(match[1] ?? match[2]));
            expect(stops.length, name).toBeGreaterThan(0);
            // Tab stops 1, 2, 3, … in order, each once; $0 last if at all.
            const numbered = stops.filter(stop => stop > 0);
            expect(numbered, name).toEqual(numbered.map((_, index) => index + 1));
            // What remains once placeholders, choices and today's date are taken out is plain APPL.
            const plain = body
                .replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, '2024-04-01')
                .replace(/\$\{\d+\|([^,|]+)[^|]*\|\}/g, '$1')
                .replace(/\$\{\d+:([^}$]*)\}/g, '$1')
                .replace(/\$\d+/g, '');
            expect(plain, name).not.toMatch(/\$/);
        }
        // VS Code shows a manifest's snippets in every list, even where a name goes: no comment snippets here.
        expect(Object.values(snippets).flatMap(snippet => snippet.body).filter(line => line.trimStart().startsWith('//'))).toEqual([]);
    });
});

describe('language configuration', () => {
    const configuration = readJson(contributes.languages[0].configuration) as {
        indentationRules: { increaseIndentPattern: string, decreaseIndentPattern: string };
        onEnterRules: Array<{ beforeText: string, afterText?: string, action: { indent: string } }>;
        folding: { markers: { start: string, end: string } };
    };

    test('indents after a line that opens a block, not after a brace in quoted text or a comment', () => {
        const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
        expect([
            'area 3 "Quality {of} plans" addresses W7 {',
            '  action 3.1 "Train" {  // first',
            'plan "Riverside" {',
        ].map(line => increase.test(line))).toEqual([true, true, true]);
        expect([
            '  weakness W1 "Leaders {',
            '// plan {',
            '  lead jane-doe',
        ].map(line => increase.test(line))).toEqual([false, false, false]);
        expect(new RegExp(configuration.indentationRules.decreaseIndentPattern).test('  }')).toBe(true);
    });

    test('Enter between { and } opens an indented line; Enter before answered-by indents it', () => {
        const rule = (before: string, after: string) => configuration.onEnterRules.find(candidate =>
            new RegExp(candidate.beforeText).test(before) && (!candidate.afterText || new RegExp(candidate.afterText).test(after)))?.action.indent;
        expect(rule('area 3 "Quality" {', '}')).toBe('indentOutdent');
        expect(rule('area 3 "Quality" {', '')).toBe('indent');
        expect(rule('  looking-for W1 "Impact"', 'answered-by 1.1')).toBe('indent');
        expect(rule('  lead jane-doe', '')).toBeUndefined();
    });

    test('folds "// region" … "// endregion" markers', () => {
        expect(new RegExp(configuration.folding.markers.start).test('  // region Measures')).toBe(true);
        expect(new RegExp(configuration.folding.markers.end).test('// endregion')).toBe(true);
        expect(new RegExp(configuration.folding.markers.start).test('// regional data')).toBe(false);
    });

    test('files the manifest names exist', () => {
        expect(existsSync(root(contributes.languages[0].configuration))).toBe(true);
    });
});

describe('JSON schemas', () => {
    test('VS Code checks and completes appl.config.json (with the schema the core ships) and exported plans', () => {
        const validation = (manifest as unknown as { contributes: { jsonValidation: Array<{ fileMatch: string, url: string }> } })
            .contributes.jsonValidation;
        const exportSchema = JSON.parse(readFileSync(new URL('../../language/schema/appl-export.v1.schema.json', import.meta.url), 'utf8'));
        expect(validation).toEqual([
            { fileMatch: 'appl.config.json', url: './schemas/appl-config.schema.json' },
            // The URL each export names in "$schema" (the schema's $id), which VS Code downloads.
            { fileMatch: '*.appl.json', url: exportSchema.$id },
        ]);
        const built = readFileSync(new URL('../schemas/appl-config.schema.json', import.meta.url), 'utf8');
        expect(built).toBe(readFileSync(new URL('../../language/schema/appl-config.schema.json', import.meta.url), 'utf8'));
        expect(readFileSync(root('.vscodeignore'), 'utf8').split('\n')).toContain('!schemas/appl-config.schema.json');
    });
});

describe('the Marketplace listing', () => {
    test('has keywords, a gallery banner, and a scope for every setting', () => {
        const listing = manifest as unknown as { keywords: string[], galleryBanner: { color: string, theme: string } };
        expect(listing.keywords.length).toBeGreaterThan(3);
        expect(listing.keywords.length).toBeLessThanOrEqual(30);
        expect(listing.galleryBanner).toEqual({ color: expect.stringMatching(/^#[0-9A-F]{6}$/i), theme: expect.stringMatching(/^(dark|light)$/) });
        const settings = Object.entries(contributes.configuration.properties as Record<string, { scope?: string }>);
        expect(settings.filter(([, setting]) => setting.scope !== 'window')).toEqual([]);
    });

    test('builds minified bundles before packaging (vsce runs vscode:prepublish)', () => {
        const scripts = (manifest as unknown as { scripts: Record<string, string> }).scripts;
        expect(scripts['vscode:prepublish']).toBe('node esbuild.mjs --minify');
    });
});
