import { DEFAULT_URL } from './connection-settings.js';
import type { Session } from './session.js';

/**
 * The `flink-rest` command line that picks an operation up again: the command's words after the
 * program name, with `--url` when it is not the default. The URL never carries credentials
 * (`--url` refuses them); auth options are left out, they come from the same env or flags.
 */
export function resumeCommand(session: Session, words: readonly string[]): string {
  const url = session.settings.baseUrl === DEFAULT_URL ? [] : ['--url', session.settings.baseUrl];
  return ['flink-rest', ...url, ...words].map(shellWord).join(' ');
}

/** A word as a POSIX shell reads it back: bare when safe, else in single quotes. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
