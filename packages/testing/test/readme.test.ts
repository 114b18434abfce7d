import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';

const read = (file: string) => readFile(new URL(file, import.meta.url), 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

// The README's example is test/readme-example.ts, verbatim: this test runs the file and checks
// that the README still shows exactly it.
describe('README example', () => {
  it('is the ```ts block of README.md', async () => {
    const [readme, example] = await Promise.all([
      read('../README.md'),
      read('./readme-example.ts'),
    ]);
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\`\n`);
  });

  it('runs, and prints what its comments say', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await import('./readme-example.js');
    expect(log.mock.calls).toEqual([['flink-rest-sample-unbounded', 'RUNNING'], [200]]);
  }, 60_000); // it starts a mock JobManager (see mock-jobmanager.test.ts)
});
