import { readFile } from 'node:fs/promises';
import { SpecError } from './errors.js';

/**
 * A file's text, or a `READ_FAILED` error naming the file and why (`no such file`, or the
 * system's code such as `EISDIR`); `what` says what the file was read as ("the spec").
 */
export async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message);
    throw new SpecError('READ_FAILED', `${file}: cannot read ${what} (${why})`, {
      where: file,
      cause: error,
    });
  }
}
