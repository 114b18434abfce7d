import { defineConfig } from 'vitest/config';

// Offline unit tests: no Java, Maven or network.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
  },
});
