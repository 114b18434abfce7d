import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes `text` to `file` through a temporary sibling and a rename (write-file-atomic), so a
 * reader never sees half a fixture or report; creates the directory. A failure is one line that
 * names the file.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, text);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(`${file}: cannot write (${why})`, { cause: error });
  }
}
