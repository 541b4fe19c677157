import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts'],
        // The language-server round trip spawns a process; give it room on a busy 2-core machine.
        testTimeout: 20_000,
    },
});
