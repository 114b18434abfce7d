import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CheckResult, Expectations, Runtime } from './conformance.ts';

/** The client package, where each runtime resolves `@flink-rest/client` from, as a user's project would. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const CLI = fileURLToPath(new URL('cli.ts', import.meta.url));

/** Longest run of one runtime, in ms: a hang guard well under the test's 60 s. */
export const RUN_TIMEOUT_MS = 45_000;

/**
 * Runs `cli.ts` under a runtime's command (`[binary, ...flags]`) and returns its results. The
 * child is killed if it outlives RUN_TIMEOUT_MS; any failure names the runtime and quotes its
 * stderr.
 */
export function runCommand(
  runtime: Runtime,
  command: readonly [string, ...string[]],
  baseUrl: string,
  expect: Expectations,
  env: Record<string, string> = {},
): Promise<CheckResult[]> {
  const [file, ...flags] = command;
  const args = [...flags, CLI, baseUrl, runtime, JSON.stringify(expect)];
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        cwd: PACKAGE_DIR,
        env: { ...process.env, NO_COLOR: '1', ...env },
        timeout: RUN_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        maxBuffer: 4 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const last = stdout.trim().split('\n').at(-1) ?? '';
        if (!error && last.startsWith('[')) {
          resolve(JSON.parse(last) as CheckResult[]);
          return;
        }
        const why = error
          ? error.killed
            ? `killed after ${RUN_TIMEOUT_MS} ms`
            : error.message.split('\n')[0]
          : 'no JSON on stdout';
        reject(
          new Error(
            `${runtime}: ${why}\n--- stderr ---\n${stderr.trim().slice(-4000)}\n--- stdout ---\n${stdout.trim().slice(-2000)}`,
          ),
        );
      },
    );
  });
}
