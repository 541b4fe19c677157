// Preloaded into the language server by the benchmark only (node --expose-gc --require …): on SIGUSR2
// it runs a full garbage collection and writes the process's memory figures to the file named by
// APPL_BENCH_HEAP_FILE, so that the benchmark can tell live memory from garbage not yet collected.
// It changes nothing else: the server runs as shipped.
'use strict';
const { writeFileSync } = require('node:fs');
const v8 = require('node:v8');

const file = process.env.APPL_BENCH_HEAP_FILE;
if (file) {
    process.on('SIGUSR2', () => {
        if (typeof global.gc === 'function') {
            global.gc();
            global.gc();
        }
        const memory = process.memoryUsage();
        // Per space: compiled code grows as the JIT optimises more functions, which is not a leak.
        const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map(space => [space.space_name, space.space_used_size]));
        writeFileSync(file, JSON.stringify({ ...memory, spaces, at: Date.now() }));
    });
}
