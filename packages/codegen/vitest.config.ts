import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generating all seven versions takes a few seconds on a 2-core machine.
    testTimeout: 60_000,
  },
});
