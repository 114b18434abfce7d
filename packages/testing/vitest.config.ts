import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The README example imports the package by name: run it against the sources, not dist.
  resolve: {
    alias: { '@flink-rest/testing': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // A hang guard, not a speed check: turbo runs every package's tests at once on 2 cores.
    testTimeout: 60_000,
  },
});
