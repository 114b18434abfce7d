/**
 * `npm run bench` of the client: clears the results of an earlier run (a section whose
 * benchmark is gone must not linger in BENCHMARKS.md), then runs each benchmark in a process of
 * its own, one after the other, so none times another's warm JIT or open sockets.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchDir, pkg } from './results.js';

const benchmarks = [
  'bundle-size.ts',
  'import-time.ts',
  'requests.ts',
  'wait.ts',
  'typecheck.ts',
  'failover.ts',
];

await rm(benchDir, { recursive: true, force: true });
for (const file of benchmarks) {
  const started = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', path.join(pkg, 'bench', file)], {
    cwd: pkg,
    stdio: 'inherit',
  });
  process.stderr.write(`bench/${file}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
