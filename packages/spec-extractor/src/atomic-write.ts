import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes several files so that each is either its old or its new content, never partial: all
 * contents go to temporary files next to their targets first, and only when every one of them is
 * written are they renamed into place. A failure before the renames leaves every target as it
 * was and removes the temporary files.
 */
export async function writeFilesAtomically(files: { path: string; content: string }[]) {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const { path, content } of files) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
      staged.push({ tmp, path });
      await writeFile(tmp, content, 'utf8');
    }
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm(tmp, { force: true })));
    throw error;
  }
  for (const { tmp, path } of staged) {
    await rename(tmp, path);
  }
}
