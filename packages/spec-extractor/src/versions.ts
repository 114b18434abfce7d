import { type FlinkRelease, LINE, lineOf, RELEASE } from '@flink-rest/versions';
import { UsageError } from './errors.js';

export type { FlinkRelease };

/**
 * Picks the releases a --flink-version argument names: "all", a supported line ("2.3"), or an
 * exact version ("2.3.0", also one outside the matrix such as a new patch release).
 */
export function selectReleases(arg: string, supported: readonly FlinkRelease[]): FlinkRelease[] {
  if (arg === 'all') {
    return [...supported];
  }
  if (LINE.test(arg)) {
    const release = supported.find((r) => r.line === arg);
    if (!release) {
      const lines = supported.map((r) => r.line).join(', ');
      throw new UsageError(`--flink-version ${arg}: not a supported line (supported: ${lines})`);
    }
    return [release];
  }
  const line = RELEASE.test(arg) ? lineOf(arg) : undefined;
  if (line !== undefined) {
    return [{ line, version: arg }];
  }
  throw new UsageError(`--flink-version ${arg}: expected "all", a line such as 2.3, or X.Y.Z`);
}
