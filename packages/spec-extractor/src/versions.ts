import { readFile } from 'node:fs/promises';
import { UsageError } from './errors.js';
import { versionsFile } from './paths.js';

/** One Flink release to extract: its line ("2.3") and exact version ("2.3.0"). */
export interface FlinkRelease {
  line: string;
  version: string;
}

const EXACT = /^(\d+)\.(\d+)\.(\d+)$/;
const LINE = /^(\d+)\.(\d+)$/;

/** Reads the project's version matrix (packages/local-cluster/versions.json). */
export async function readSupportedReleases(file = versionsFile): Promise<FlinkRelease[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the version matrix ${file}: ${(error as Error).message}`);
  }
  const versions = (parsed as { versions?: unknown }).versions;
  if (!Array.isArray(versions) || versions.length === 0) {
    throw new Error(`${file}: "versions" must be a non-empty array`);
  }
  return versions.map((entry, i) => {
    const { line, version } = (entry ?? {}) as Partial<FlinkRelease>;
    if (
      typeof line !== 'string' ||
      typeof version !== 'string' ||
      !version.startsWith(`${line}.`)
    ) {
      throw new Error(`${file}: versions[${i}] must be {"line": "X.Y", "version": "X.Y.Z"}`);
    }
    return { line, version };
  });
}

/**
 * Picks the releases a --flink-version argument names: "all", a supported line ("2.3"), or an
 * exact version ("2.3.0", also one outside the matrix such as a new patch release).
 */
export function selectReleases(arg: string, supported: FlinkRelease[]): FlinkRelease[] {
  if (arg === 'all') {
    return supported;
  }
  if (LINE.test(arg)) {
    const release = supported.find((r) => r.line === arg);
    if (!release) {
      const lines = supported.map((r) => r.line).join(', ');
      throw new UsageError(`--flink-version ${arg}: not a supported line (supported: ${lines})`);
    }
    return [release];
  }
  const exact = EXACT.exec(arg);
  if (exact) {
    return [{ line: `${exact[1]}.${exact[2]}`, version: arg }];
  }
  throw new UsageError(`--flink-version ${arg}: expected "all", a line such as 2.3, or X.Y.Z`);
}
