import { UriUtils, type AstNode } from 'langium';
import { isDocument } from '../../generated/ast.js';
import { astTreeOf } from '../../workspace/ast-nodes.js';
import { defineRule } from '../rule.js';
import { KIND_WORDS } from '../wording.js';

/** Kinds whose ids share one namespace: people and organisations are both "members" of a board. */
const NAMESPACES: Record<string, string> = {
    Weakness: 'Weakness',
    Measure: 'Measure',
    Organisation: 'Party',
    Person: 'Party',
    Area: 'Area',
    Action: 'Action',
    Board: 'Board',
    Notice: 'Notice',
    Requirement: 'Requirement',
};

interface Named extends AstNode {
    name: string;
}

export const uniqueId = defineRule({
    id: 'unique-id',
    defaultSeverity: 'error',
    node: 'Document',
    description: 'No two things of the same kind share an id, in a file or in the files it imports.',
    check(root, report, { services, document }) {
        const seen = new Map<string, Named>();
        for (const node of namedNodes(root)) {
            const key = `${NAMESPACES[node.$type]}\n${node.name}`;
            const first = seen.get(key);
            const kind = KIND_WORDS[NAMESPACES[node.$type]];
            if (first) {
                const line = (first.$cstNode?.range.start.line ?? 0) + 1;
                report(node, `Another ${kind} in this file is already called ${node.name} (line ${line}). `
                    + `Give each ${kind} its own id.`, { property: 'name' });
            } else {
                seen.set(key, node);
            }
        }
        for (const imported of services.references.ImportResolver.visibleDocuments(document).slice(1)) {
            const importedRoot = imported.parseResult.value;
            if (!isDocument(importedRoot)) {
                continue;
            }
            for (const other of namedNodes(importedRoot)) {
                const local = seen.get(`${NAMESPACES[other.$type]}\n${other.name}`);
                if (local) {
                    const kind = KIND_WORDS[NAMESPACES[other.$type]];
                    report(local, `A ${kind} called ${other.name} is already declared in ${UriUtils.basename(imported.uri)}. `
                        + `Give this one another id, or use the imported one.`, { property: 'name' });
                }
            }
        }
    },
});

function namedNodes(root: AstNode): Named[] {
    return astTreeOf(root).nodes
        .filter((node): node is Named => node.$type in NAMESPACES && typeof (node as Partial<Named>).name === 'string' && (node as Named).name.length > 0);
}
