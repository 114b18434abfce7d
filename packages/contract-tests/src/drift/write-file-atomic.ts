import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { DriftError } from './errors.js';

/**
 * Writes `text` to a temporary file next to `file`, then renames it into place: a reader sees
 * the old file or the whole new one, never a part. The directory must exist.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DriftError('WRITE_FAILED', `--out ${file}: cannot write the report (${code})`, {
      cause: error,
    });
  }
}
