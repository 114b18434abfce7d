import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run the sources: `#platform` resolves to the Node module's source, not to dist/.
  resolve: {
    alias: { '#platform': fileURLToPath(new URL('src/platform/node.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // A hang guard, not a speed check: turbo runs every package's tests at once on 2 cores.
    testTimeout: 60_000,
  },
});
