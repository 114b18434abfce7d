import { defineConfig } from 'vitest/config';

// Live tests run Maven and Java against Maven Central (or a warm ~/.m2).
export default defineConfig({
  test: {
    include: ['test-live/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
