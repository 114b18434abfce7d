import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every overlay against every pinned spec parses seven ~120 KB YAML files.
    testTimeout: 60_000,
  },
});
