import { type DriftIo, main } from '../src/main.js';

/** Runs `flink-drift` in-process with captured output; `extra` sets the environment and such. */
export async function runDriftWith(extra: Pick<DriftIo, 'env' | 'probe'>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...extra,
  });
  return { code, stdout, stderr };
}

/** Runs `flink-drift` in-process with captured output (an empty environment for `probe`). */
export function runDrift(...argv: string[]) {
  return runDriftWith({ env: {} }, ...argv);
}
