import { UriUtils, type URI } from 'langium';
import { defineRule } from '../rule.js';

export const importCycle = defineRule({
    id: 'import-cycle',
    defaultSeverity: 'warning',
    node: 'Document',
    description: 'No file imports itself, directly or through the files it imports.',
    check(root, report, { services, document }) {
        const resolver = services.references.ImportResolver;
        const reported = new Set<string>();
        for (const imp of root.imports) {
            const target = typeof imp.path === 'string' ? resolver.checkOf(document, imp.path)?.uri : undefined;
            // Once per imported file: a second import of the same file is no second cycle.
            if (!target || reported.has(target.toString())) {
                continue;
            }
            reported.add(target.toString());
            const cycle = resolver.cycleThrough(document, target);
            if (!cycle) {
                continue;
            }
            const message = cycle.length === 2
                ? `This file imports itself. Remove the import "${imp.path}".`
                : `This import makes a cycle: ${cycle.map(uri => relativeName(document.uri, uri)).join(' → ')}. `
                    + 'Remove one of these imports: a plan imports shared files, and a shared file imports none of the plans that use it.';
            report(imp, message, { property: 'path' });
        }
    },
});

/** A file as written in an import from `from`: relative to its folder. */
function relativeName(from: URI, file: URI): string {
    return UriUtils.relative(UriUtils.dirname(from), file);
}
