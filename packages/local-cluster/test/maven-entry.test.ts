import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Every file of src/ that `entry` loads, following its relative imports. */
async function moduleGraph(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = await readFile(path.join(src, file), 'utf8');
    for (const [, spec] of text.matchAll(/from '\.\/([\w-]+)\.js'/g)) await visit(`${spec}.ts`);
  };
  await visit(entry);
  return [...seen].sort();
}

// spec-extractor imports @flink-rest/local-cluster/maven: it must not pull in the cluster code.
describe('the ./maven subpath', () => {
  it('loads only the runners, their error class and the toolchain lookup', async () => {
    expect(await moduleGraph('maven.ts')).toEqual([
      'errors.ts',
      'maven-failure-summary.ts',
      'maven.ts',
      'run-command.ts',
      'run-maven.ts',
      'toolchain.ts',
    ]);
  });
});
