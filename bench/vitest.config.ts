import { defineConfig } from 'vitest/config';

// The benchmark's own tests (the plan generator), run by `npx vitest run --config bench/vitest.config.ts`,
// not by the main suite. They check what the generated plans are, never how fast anything runs.
export default defineConfig({
    test: {
        root: new URL('.', import.meta.url).pathname,
        include: ['test/**/*.test.ts'],
        testTimeout: 60_000,
    },
});
