import { main } from '../src/main.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `flink-rest` in-process with captured streams, a given environment and terminal flag. */
export async function runCli(
  argv: readonly string[],
  options: {
    env?: Record<string, string | undefined>;
    isTTY?: boolean;
    signal?: AbortSignal;
    now?: () => number;
  } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { code, stdout, stderr };
}
