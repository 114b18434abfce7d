import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { LocalClusterError } from './errors.js';
import { mavenFailureSummary } from './maven-failure-summary.js';
import { type CommandResult, runCommand } from './run-command.js';
import { mavenExecutable } from './toolchain.js';

/** Options of {@link runMaven}. */
export interface RunMavenOptions {
  /**
   * The lead of the error message, saying what Maven was asked to do and where, e.g. `Maven
   * could not build the sample job`; Maven's own reason follows after ": ".
   */
  readonly what: string;
  /** The Maven executable. Default: `$MVN`, else `mvn` on PATH. */
  readonly mvn?: string;
  /** Working directory. Default: this process's. */
  readonly cwd?: string;
  /** The whole environment of Maven. Default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Extra arguments for every call, e.g. `['-o']` or `['-s', 'settings.xml']`. */
  readonly mavenArgs?: readonly string[];
  /** Where to keep Maven's full output when it fails; the message names it. Default: none. */
  readonly logFile?: string;
  /** Kills Maven after this many ms, which is then a failure. Default: no limit. */
  readonly timeoutMs?: number;
  /** Aborting kills Maven and rejects with the signal's `AbortError`. */
  readonly signal?: AbortSignal;
}

/**
 * Runs `mvn -B -q <mavenArgs> <args>` and resolves with its output when it exits 0. Otherwise it
 * throws a one-line `LocalClusterError`: `MAVEN_FAILED` ("<what>: <Maven's reason>", with the
 * full output in `output`, its last lines in `logTail`, and in `logFile` when one is given) or
 * `MAVEN_MISSING` when the executable cannot be started.
 */
export async function runMaven(
  args: readonly string[],
  options: RunMavenOptions,
): Promise<CommandResult> {
  const mvn = options.mvn ?? mavenExecutable(options.env);
  let result: CommandResult;
  try {
    result = await runCommand(mvn, ['-B', '-q', ...(options.mavenArgs ?? []), ...args], {
      cwd: options.cwd,
      env: options.env,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new LocalClusterError(
      'MAVEN_MISSING',
      `${options.what}: could not run "${mvn}" (install Maven 3.6+ or set MVN): ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (result.code === 0 && !result.timedOut) return result;

  const reason = result.timedOut
    ? `no result within ${options.timeoutMs} ms`
    : mavenFailureSummary(result.output);
  const { logFile } = options;
  if (logFile !== undefined) {
    await mkdir(path.dirname(logFile), { recursive: true });
    await writeFileAtomic(logFile, result.output);
  }
  throw new LocalClusterError(
    'MAVEN_FAILED',
    `${options.what}: ${reason}${logFile === undefined ? '' : ` (full output: ${logFile})`}`,
    { logFile, logTail: result.output.split('\n').slice(-30).join('\n'), output: result.output },
  );
}
