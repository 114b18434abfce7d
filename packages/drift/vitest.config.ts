import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A hang guard, not a speed check: turbo runs every package's tests at once on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
