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
    description: 'Every name refers to something declared in the file or in a file it imports, and every imported file exists.',
    check(imp, report, { services, document }) {
        if (!imp.path) {
            return;
        }
        const uri = services.references.ImportResolver.resolve(document.uri, imp.path);
        if (!services.shared.workspace.LangiumDocuments.hasDocument(uri)) {
            report(imp, `Cannot find the file "${imp.path}" to import. Check its name and folder: `
                + `the path is relative to this file.`, { property: 'path' });
        }
    },
});

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
