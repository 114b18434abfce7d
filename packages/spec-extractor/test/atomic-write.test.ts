import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../src/atomic-write.js';

/** A folder with a committed spec and a plain file where a folder may be wanted. */
async function scratch() {
  const dir = await mkdtemp(join(tmpdir(), 'atomic-write-test-'));
  await writeFile(join(dir, 'spec.yaml'), 'committed', 'utf8');
  await writeFile(join(dir, 'blocker'), 'a file where a folder is needed', 'utf8');
  return dir;
}

describe('writeFilesAtomically', () => {
  it('writes every file, creating folders, and leaves no temporary files', async () => {
    const dir = await scratch();
    await writeFilesAtomically([
      { path: join(dir, 'spec.yaml'), content: 'new' },
      { path: join(dir, 'sub', 'provenance.json'), content: '{}' },
    ]);
    expect(await readFile(join(dir, 'spec.yaml'), 'utf8')).toBe('new');
    expect(await readFile(join(dir, 'sub', 'provenance.json'), 'utf8')).toBe('{}');
    expect((await readdir(dir)).sort()).toEqual(['blocker', 'spec.yaml', 'sub']);
    expect(await readdir(join(dir, 'sub'))).toEqual(['provenance.json']);
  });

  it.each([
    {
      name: "the second file's folder cannot be made",
      second: (dir: string) => join(dir, 'blocker', 'provenance.json'),
      error: /blocker/,
    },
    {
      name: 'the second file cannot be written (its name is too long)',
      second: (dir: string) => join(dir, `${'p'.repeat(250)}.json`),
      error: /ENAMETOOLONG/,
    },
  ])('changes nothing and leaves no temporary file when $name', async ({ second, error }) => {
    const dir = await scratch();
    await expect(
      writeFilesAtomically([
        { path: join(dir, 'spec.yaml'), content: 'new' },
        { path: second(dir), content: '{}' },
      ]),
    ).rejects.toThrow(error);
    expect(await readFile(join(dir, 'spec.yaml'), 'utf8')).toBe('committed');
    expect((await readdir(dir)).sort()).toEqual(['blocker', 'spec.yaml']);
  });
});
