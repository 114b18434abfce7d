import { compareLines, LINE, RELEASE } from './flink-version.js';
import type { FlinkRelease } from './matrix.js';

/**
 * Checks a version matrix (the parsed `versions.json`) and returns its entries, frozen. Throws a
 * `TypeError` naming `source` and the field: a broken matrix must stop every tool at once
 * rather than let one of them guess.
 */
export function parseMatrix(json: unknown, source: string): readonly FlinkRelease[] {
  const versions = (json as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(versions) || versions.length === 0) {
    throw new TypeError(`${source}: "versions" must be a non-empty array`);
  }
  const releases = versions.map((entry, i) => {
    const { line, version } = (entry ?? {}) as Partial<Record<keyof FlinkRelease, unknown>>;
    if (
      typeof line !== 'string' ||
      typeof version !== 'string' ||
      !LINE.test(line) ||
      !RELEASE.test(version) ||
      !version.startsWith(`${line}.`)
    ) {
      throw new TypeError(
        `${source}: versions[${i}] must be {"line": "X.Y", "version": "X.Y.Z"} with the version in its line, got ${JSON.stringify(entry)}`,
      );
    }
    return Object.freeze({ line, version });
  });
  releases.forEach((r, i) => {
    const previous = releases[i - 1];
    if (previous && compareLines(previous.line, r.line) >= 0) {
      throw new TypeError(
        `${source}: versions[${i}] (${r.line}) must be newer than versions[${i - 1}] (${previous.line}): one entry per line, oldest first`,
      );
    }
  });
  return Object.freeze(releases);
}
