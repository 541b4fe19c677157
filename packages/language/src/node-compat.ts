// Langium's parser library calls Object.groupBy, which Node adds only in version 21. APPL supports
// Node 20, so the core installs the standard function when the runtime lacks it. Import this module
// before anything that builds a parser (index.ts and lsp/main.ts import it first).
declare global {
    interface ObjectConstructor {
        groupBy?<T, K extends PropertyKey>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Partial<Record<K, T[]>>;
    }
}

if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value<T, K extends PropertyKey>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Partial<Record<K, T[]>> {
            const groups = Object.create(null) as Partial<Record<K, T[]>>;
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        },
    });
}

export {};
