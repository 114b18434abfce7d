import { readFile } from 'node:fs/promises';

/** The last `lines` non-empty lines of a file, or '' if it cannot be read. */
export async function logTail(file: string, lines = 20): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text
      .split('\n')
      .filter((l) => l.trim().length > 0)
      .slice(-lines)
      .join('\n');
  } catch {
    return '';
  }
}

/**
 * The line of a Flink log most likely to say why a JVM died: the last ERROR line, or failing
 * that the last exception line.
 */
export function likelyCause(tail: string): string | undefined {
  const lines = tail.split('\n');
  const pick = (re: RegExp) => [...lines].reverse().find((l) => re.test(l));
  const line = pick(/\bERROR\b/) ?? pick(/(Exception|Error)(:|$)/);
  return line?.trim().slice(0, 300);
}
