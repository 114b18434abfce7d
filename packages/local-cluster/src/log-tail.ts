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

/** Drops Flink's `date time LEVEL logger [] - ` prefix, keeping the message. */
function messageOf(line: string): string {
  return line.replace(/^\S+ \S+\s+(ERROR|WARN|INFO)\s+\S+\s+(\[[^\]]*\]\s+)?-\s+/, '').trim();
}

/**
 * What a Flink log most likely says about why a JVM died: the last ERROR message (or, failing
 * that, the last exception line), plus the innermost `Caused by:` after it.
 */
export function likelyCause(tail: string): string | undefined {
  const lines = tail.split('\n');
  const lastIndex = (re: RegExp) => {
    for (let i = lines.length - 1; i >= 0; i--) if (re.test(lines[i] as string)) return i;
    return -1;
  };
  let at = lastIndex(/\sERROR\s/);
  if (at < 0) at = lastIndex(/^\S*(Exception|Error)\b.*(:|$)/);
  if (at < 0) return undefined;
  const message = messageOf(lines[at] as string);
  const causes = lines.slice(at + 1).filter((l) => l.startsWith('Caused by: '));
  const root = causes[causes.length - 1]?.slice('Caused by: '.length).trim();
  const text = root && root !== message ? `${message} (caused by ${root})` : message;
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
