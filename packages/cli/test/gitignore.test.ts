import { describe, expect, test } from 'vitest';
import { isIgnoredBy, parseIgnoreFile } from '../src/gitignore.js';

/** Whether one .gitignore file's text ignores a path relative to its folder. */
function ignores(text: string, relative: string, isFolder = false): boolean {
    return isIgnoredBy([{ rules: parseIgnoreFile(text), relative }], isFolder);
}

describe('.gitignore rules', () => {
    test('skip blank lines and comments; a backslash escapes a leading # or !', () => {
        expect(parseIgnoreFile('\n# comment\n   \n')).toEqual([]);
        expect(ignores('\\#draft.appl', '#draft.appl')).toBe(true);
        expect(ignores('\\!important.appl', '!important.appl')).toBe(true);
    });

    test('a name without a slash matches at any depth', () => {
        expect(ignores('draft.appl', 'draft.appl')).toBe(true);
        expect(ignores('draft.appl', 'plans/2021/draft.appl')).toBe(true);
        expect(ignores('draft.appl', 'plans/draft.appl.bak')).toBe(false);
    });

    test('a leading or middle slash anchors the pattern to the file\'s folder', () => {
        expect(ignores('/draft.appl', 'draft.appl')).toBe(true);
        expect(ignores('/draft.appl', 'plans/draft.appl')).toBe(false);
        expect(ignores('plans/draft.appl', 'plans/draft.appl')).toBe(true);
        expect(ignores('plans/draft.appl', 'old/plans/draft.appl')).toBe(false);
    });

    test('a trailing slash matches folders only', () => {
        expect(ignores('out/', 'out', true)).toBe(true);
        expect(ignores('out/', 'out', false)).toBe(false);
        expect(ignores('out/', 'site/out', true)).toBe(true);
    });

    test('*, ? and [] match within one path segment', () => {
        expect(ignores('*.draft.appl', 'plans/x.draft.appl')).toBe(true);
        expect(ignores('plans/*.appl', 'plans/2021/x.appl')).toBe(false);
        expect(ignores('plan-?.appl', 'plan-1.appl')).toBe(true);
        expect(ignores('plan-?.appl', 'plan-10.appl')).toBe(false);
        expect(ignores('plan-[0-9].appl', 'plan-7.appl')).toBe(true);
        expect(ignores('plan-[!0-9].appl', 'plan-7.appl')).toBe(false);
        expect(ignores('plan-[!0-9].appl', 'plan-x.appl')).toBe(true);
    });

    test('** matches any number of folders', () => {
        expect(ignores('**/drafts', 'drafts', true)).toBe(true);
        expect(ignores('**/drafts', 'a/b/drafts', true)).toBe(true);
        expect(ignores('plans/**/old.appl', 'plans/old.appl')).toBe(true);
        expect(ignores('plans/**/old.appl', 'plans/a/b/old.appl')).toBe(true);
        expect(ignores('plans/**', 'plans/a/b.appl')).toBe(true);
        expect(ignores('plans/**', 'plans')).toBe(false);
    });

    test('the last matching line wins, so ! re-includes', () => {
        expect(ignores('*.appl\n!keep.appl', 'keep.appl')).toBe(false);
        expect(ignores('*.appl\n!keep.appl', 'other.appl')).toBe(true);
        expect(ignores('!keep.appl\n*.appl', 'keep.appl')).toBe(true);
    });

    test('a deeper file overrides a higher one', () => {
        const root = parseIgnoreFile('*.draft.appl');
        const plans = parseIgnoreFile('!final.draft.appl');
        expect(isIgnoredBy([{ rules: root, relative: 'plans/final.draft.appl' }, { rules: plans, relative: 'final.draft.appl' }], false)).toBe(false);
        expect(isIgnoredBy([{ rules: root, relative: 'plans/x.draft.appl' }, { rules: plans, relative: 'x.draft.appl' }], false)).toBe(true);
    });

    test('trailing spaces are dropped unless escaped, and regex characters are literal', () => {
        expect(ignores('draft.appl   ', 'draft.appl')).toBe(true);
        expect(ignores('plan (v2).appl', 'plan (v2).appl')).toBe(true);
        expect(ignores('plan+1.appl', 'plan+1.appl')).toBe(true);
        expect(ignores('plan.appl', 'planXappl')).toBe(false);
    });
});
