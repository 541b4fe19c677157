import { UriUtils } from 'langium';
import type { ImportProblem } from '../../references/import-resolver.js';
import { defineRule } from '../rule.js';
import { closestName } from '../did-you-mean.js';
import { KIND_WORDS } from '../wording.js';

export const UNRESOLVED_REFERENCE = 'unresolved-reference';

/**
 * The imports half of the rule; names that refer to nothing are reported by ApplDocumentValidator
 * with unresolvedReferenceMessage, under the same id.
 */
export const unresolvedReference = defineRule({
    id: UNRESOLVED_REFERENCE,
    defaultSeverity: 'error',
    node: 'Import',
    description: 'Every name refers to something declared in the file or in a file it imports, and every imported file is a plan file of the project.',
    check(imp, report, { services, document }) {
        if (typeof imp.path !== 'string') {
            return;
        }
        const check = services.references.ImportResolver.checkOf(document, imp.path);
        const problem = check?.problem;
        if (problem) {
            report(imp, importProblemMessage(imp.path, problem), { property: 'path' });
        }
    },
});

/** What is wrong with an import, and what to write instead. */
export function importProblemMessage(path: string, problem: ImportProblem): string {
    const quoted = `"${path}"`;
    switch (problem.kind) {
        case 'invalid-path':
            return path === ''
                ? 'This import names no file. Write the path of a .appl file, relative to this file.'
                : `The import path ${JSON.stringify(path)} cannot name a file: it holds a character no file name can hold. Retype the path.`;
        case 'no-folder':
            return `Cannot import ${quoted}: this file is not saved in a folder yet. Save it first; the path is relative to its folder.`;
        case 'outside-project':
            return `Cannot import ${quoted}: it lies outside this plan's project folder (${UriUtils.basename(problem.root) || problem.root.path}). `
                + 'A plan imports only files inside its project: the workspace folder, or the folder holding appl.config.json or .git.';
        case 'missing':
            return `Cannot find the file ${quoted} to import. Check its name and folder: the path is relative to this file.`;
        case 'folder':
            return `Cannot import ${quoted}: it is a folder. Import a plan file in it, such as "${path.replace(/\/$/, '')}/people.appl".`;
        case 'not-plan-file':
            return `Cannot import ${quoted}: it is not a plan file. Imports name .appl files.`;
        case 'not-regular-file':
            return `Cannot import ${quoted}: it is not a regular file (a device, a pipe or a socket). Imports name .appl files.`;
        case 'unreadable':
            return `Cannot read the file ${quoted} to import: ${problem.reason}.`;
    }
}

/** "No person called jane-doo is declared here or in an imported file. Did you mean jane-doe?" */
export function unresolvedReferenceMessage(referenceType: string, name: string, candidates: Iterable<string>): string {
    const kind = KIND_WORDS[referenceType] ?? 'thing';
    const article = /^[aeiou]/.test(kind) ? 'An' : 'A';
    const intro = `No ${kind} called ${name} is declared in this file or in a file it imports.`;
    const suggestion = closestName(name, candidates);
    if (suggestion) {
        return `${intro} Did you mean ${suggestion}?`;
    }
    return `${intro} ${article} ${kind} must be declared before it can be referred to; check the spelling or add an import.`;
}
