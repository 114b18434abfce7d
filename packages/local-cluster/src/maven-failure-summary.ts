/** Longest summary, in characters; a longer one is cut and ends with "…". */
const MAX_LENGTH = 400;

/** [ERROR] lines that only point elsewhere (stack traces, help pages, re-running). */
const BOILERPLATE = [
  /^->/,
  /^\[Help \d+\]/,
  /^Re-run Maven/,
  /^To see the full/,
  /^For more information/,
];

/**
 * Maven's reason for failing, in one line, e.g. "Could not find artifact … in central": its first
 * meaningful `[ERROR]` line without the prefix, colours, the "Failed to execute goal … on project
 * x:" lead-in and the " -> [Help 1]" tail. A heading such as "COMPILATION ERROR :" is joined with
 * the line after it (which names the file). Without any `[ERROR]` line it is the last line of the
 * output, where a tool usually says why it stopped.
 */
export function mavenFailureSummary(output: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: Maven colours its output with ANSI escapes.
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const errors = lines
    .filter((line) => line.startsWith('[ERROR]'))
    .map((line) => line.replace(/^\[ERROR\]\s*/, '').trim())
    .filter((line) => line !== '' && !BOILERPLATE.some((re) => re.test(line)));
  const [first, second] = errors;
  const summary =
    first === undefined
      ? (lines
          .map((line) => line.trim())
          .filter((line) => line !== '')
          .at(-1) ?? 'mvn failed without output')
      : (first.endsWith(':') && second !== undefined ? `${first} ${second}` : first)
          .replace(/^Failed to execute goal (?:\S+ \([^)]*\) )?on project [^:]+:\s*/, '')
          .replace(/ -> \[Help \d+\]$/, '')
          .trim();
  return summary.length > MAX_LENGTH ? `${summary.slice(0, MAX_LENGTH)}…` : summary;
}
