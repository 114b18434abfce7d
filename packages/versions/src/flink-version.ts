/**
 * The one parser of Flink version strings in the project. Pure: no matrix, no I/O, so the
 * client can use it in any runtime.
 */

/** A release line as the matrix writes it: `2.3`. */
export const LINE = /^\d+\.\d+$/;
/** An exact release as the matrix writes it: `2.3.0`. */
export const RELEASE = /^\d+\.\d+\.\d+$/;

/**
 * The release line (`major.minor`) of a version string as Flink and its tools write it: `2.3`,
 * `2.3.0`, `2.3-SNAPSHOT`, `2.3.0-rc1`, `v2.3.0`, or a spec's `info.version` such as `v1/2.3.0`.
 * `undefined` when there is none (`banana`, `2`, `2.3.0.1`).
 */
export function lineOf(version: string): string | undefined {
  const match = /^(?:v\d+\/)?v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][\w.-]*)?$/.exec(version.trim());
  return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}

/** Orders release lines numerically (`1.9` < `1.18` < `2.0`); for `Array.prototype.sort`. */
export function compareLines(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
