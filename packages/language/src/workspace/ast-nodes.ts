import {
    Cancellation, interruptAndCheck, isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo,
} from 'langium';

/** The nodes and cross-references of one parsed tree, in tree order. */
export interface AstTree {
    /** Every node, the root first, in the order of Langium's `AstUtils.streamAst`. */
    readonly nodes: readonly AstNode[];
    /** Every cross-reference, in the order of the nodes holding them (that of `AstUtils.streamReferences`). */
    readonly references: readonly ReferenceInfo[];
}

const trees = new WeakMap<AstNode, AstTree>();

/**
 * Lists a tree's nodes and references once per parse, for every phase of a build to share. Langium's
 * generic tree streams allocate iterators for every node, and each phase walks the tree again: on a
 * large plan the walks cost as much as the work done at each node. A parse makes a new root, so the
 * list is keyed by the root and never stale; the AST is not changed after parsing.
 */
export function astTreeOf(root: AstNode): AstTree {
    let tree = trees.get(root);
    if (!tree) {
        tree = listTree(root);
        trees.set(root, tree);
    }
    return tree;
}

function listTree(root: AstNode): AstTree {
    const nodes: AstNode[] = [];
    const references: ReferenceInfo[] = [];
    const stack: AstNode[] = [root];
    const children: AstNode[] = [];
    while (stack.length > 0) {
        const node = stack.pop()!;
        nodes.push(node);
        for (const property of Object.keys(node)) {
            if (property.charCodeAt(0) === 36 /* $ */) {
                continue;
            }
            const value = (node as unknown as Record<string, unknown>)[property];
            if (isAstNode(value)) {
                children.push(value);
            } else if (isReference(value) || isMultiReference(value)) {
                references.push({ reference: value, container: node, property });
            } else if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const element: unknown = value[index];
                    if (isAstNode(element)) {
                        children.push(element);
                    } else if (isReference(element) || isMultiReference(element)) {
                        references.push({ reference: element, container: node, property, index });
                    }
                }
            }
        }
        // Pushed in reverse, so that the first child is visited next: depth first, in property order.
        while (children.length > 0) {
            stack.push(children.pop()!);
        }
    }
    return { nodes, references };
}

/** How many items a build phase handles between two chances to yield to the event loop and be cancelled. */
const BATCH = 256;

/**
 * Calls `visit` on every item, letting the event loop run (and the build be cancelled) every few
 * hundred items instead of awaiting once per item, as Langium's phases do.
 */
export async function visitInBatches<T>(items: readonly T[], cancelToken: Cancellation.CancellationToken,
    visit: (item: T) => void): Promise<void> {
    for (let i = 0; i < items.length; i++) {
        if (i % BATCH === 0) {
            await interruptAndCheck(cancelToken);
        }
        visit(items[i]);
    }
}
