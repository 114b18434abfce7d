import { spawn } from 'node:child_process';

/** What a finished program left behind. */
export interface CommandResult {
  /** Exit code; `null` when a signal ended it (a timeout, an abort, a kill). */
  readonly code: number | null;
  /** True when `timeoutMs` passed and the program was killed. */
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr interleaved as they arrived: what a person would have seen. */
  readonly output: string;
}

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  /** Working directory. Default: this process's. */
  readonly cwd?: string;
  /** The whole environment of the program. Default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Kills the program (SIGKILL) after this many ms and resolves with `timedOut`. Default: none. */
  readonly timeoutMs?: number;
  /** Aborting kills the program (SIGTERM) and rejects with the signal's `AbortError`. */
  readonly signal?: AbortSignal;
}

/**
 * Runs a program to completion and collects its output. It never rejects for a non-zero exit:
 * callers turn codes into errors that say what the program was for. A program that cannot be
 * started at all (not on PATH) rejects with the spawn error (`code === 'ENOENT'`), so callers can
 * tell "missing" from "failed".
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const { timeoutMs } = options;
    if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
      throw new RangeError(`timeoutMs must be a positive number of ms, got ${timeoutMs}`);
    }
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      output += chunk;
    });
    let timedOut = false;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stdout, stderr, output });
    });
  });
}
