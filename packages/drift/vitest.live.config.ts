import { defineConfig } from 'vitest/config';

// Real Flink JVMs: one file at a time on a 2-core machine, with start-up sized timeouts.
export default defineConfig({
  test: {
    include: ['test-live/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
