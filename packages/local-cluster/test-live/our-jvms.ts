import { execFileSync } from 'node:child_process';
import { isRunning } from '../src/processes.js';

/** Pids of every running JVM that any local cluster started (they carry our marker). */
export function ourJvms(): number[] {
  let out = '';
  try {
    out = execFileSync('pgrep', ['-f', '--', '-Dflink-local-cluster.id='], { encoding: 'utf8' });
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
  return out.split('\n').filter(Boolean).map(Number).filter(isRunning);
}

/** Waits up to `ms` for a condition that becomes true asynchronously (processes exiting). */
export async function eventually(check: () => boolean, ms = 30_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}
