import { defineConfig } from 'vitest/config';

// A real Flink cluster: one file at a time, with start-up sized timeouts.
export default defineConfig({
  test: {
    include: ['test-live/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
