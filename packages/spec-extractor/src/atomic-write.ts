import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes several files (a spec and its provenance) so that each is either its old or its new
 * content, never partial, and no target changes unless every new content is on disk. Each
 * content is staged next to its target with `write-file-atomic` (written, fsynced, its own
 * temporary file removed on failure), and only when all are staged are they renamed into place.
 * A failure before the renames leaves every target as it was and removes what was staged.
 * `write-file-atomic` alone replaces one file; a pair needs both staged before either replaces.
 */
export async function writeFilesAtomically(
  files: readonly { path: string; content: string }[],
): Promise<void> {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const { path, content } of files) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
      staged.push({ tmp, path });
      await writeFileAtomic(tmp, content);
    }
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm(tmp, { force: true })));
    throw error;
  }
  for (const { tmp, path } of staged) {
    await rename(tmp, path);
  }
}
