import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes a generated or pulled file atomically (write-file-atomic: a temp file, fsync, rename),
 * creating its folder first: `entries/` or an `--out` folder may not exist yet.
 */
export async function writeOutput(file: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, typeof contents === 'string' ? contents : Buffer.from(contents));
}
