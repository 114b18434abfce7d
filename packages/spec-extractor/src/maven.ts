import { MavenError } from './errors.js';
import { runProcess } from './run-process.js';

/** Longest a single Maven invocation may take, in ms. Cold downloads of one release are ~20 s. */
const MAVEN_TIMEOUT_MS = 600_000;

/**
 * Runs `mvn -B -q <args>` in `cwd`. On failure throws a MavenError whose message is `what`
 * followed by Maven's own first error line, e.g. "Could not find artifact ... in central".
 */
export async function runMaven(args: string[], cwd: string, what: string): Promise<void> {
  const result = await runProcess('mvn', ['-B', '-q', ...args], {
    cwd,
    timeoutMs: MAVEN_TIMEOUT_MS,
  });
  if (result.code !== 0) {
    throw new MavenError(`${what}: ${mavenReason(result.output)}`, result.output);
  }
}

/** The informative part of Maven's output: its first [ERROR] line, trimmed of boilerplate. */
export function mavenReason(output: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const errors = lines.filter((line) => line.startsWith('[ERROR]') && line.trim() !== '[ERROR]');
  // A heading such as "COMPILATION ERROR :" says little; the line after it names the file.
  const error =
    errors[0]?.trim().endsWith(':') && errors[1]
      ? `${errors[0].trim()} ${errors[1].replace(/^\[ERROR\]\s*/, '')}`
      : errors[0];
  if (!error) {
    const last = lines.filter((line) => line.trim() !== '').at(-1);
    return last ? last.trim() : 'mvn failed without output';
  }
  return error
    .replace(/^\[ERROR\]\s*/, '')
    .replace(/^Failed to execute goal (?:\S+ \([^)]*\) )?on project [^:]+:\s*/, '')
    .replace(/ -> \[Help 1\]$/, '')
    .trim();
}
