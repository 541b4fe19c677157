// Runs langium-cli on Node 20: its parser library calls Object.groupBy, which Node adds only in 21.
// The product installs the same shim from packages/language/src/node-compat.ts.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, keyOf) => {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            (groups[keyOf(item, index++)] ??= []).push(item);
        }
        return groups;
    };
}
await import(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url).href);
