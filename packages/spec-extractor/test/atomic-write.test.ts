import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../src/atomic-write.js';

async function scratch() {
  return mkdtemp(join(tmpdir(), 'atomic-write-test-'));
}

describe('writeFilesAtomically', () => {
  it('writes every file, creating folders, and leaves no temporary files', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'old.yaml'), 'old', 'utf8');
    await writeFilesAtomically([
      { path: join(dir, 'old.yaml'), content: 'new' },
      { path: join(dir, 'sub', 'provenance.json'), content: '{}' },
    ]);
    expect(await readFile(join(dir, 'old.yaml'), 'utf8')).toBe('new');
    expect(await readFile(join(dir, 'sub', 'provenance.json'), 'utf8')).toBe('{}');
    expect((await readdir(dir)).sort()).toEqual(['old.yaml', 'sub']);
  });

  it('leaves every target untouched when one of them cannot be written', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'spec.yaml'), 'committed', 'utf8');
    await writeFile(join(dir, 'blocker'), 'a file where a folder is needed', 'utf8');
    await expect(
      writeFilesAtomically([
        { path: join(dir, 'spec.yaml'), content: 'new' },
        { path: join(dir, 'blocker', 'provenance.json'), content: '{}' },
      ]),
    ).rejects.toThrow(/blocker/);
    expect(await readFile(join(dir, 'spec.yaml'), 'utf8')).toBe('committed');
    expect((await readdir(dir)).sort()).toEqual(['blocker', 'spec.yaml']);
  });
});
