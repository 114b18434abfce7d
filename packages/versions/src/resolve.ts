import { compareLines, lineOf } from './flink-version.js';
import { type FlinkRelease, supportedVersions } from './matrix.js';

/**
 * The supported release of a version string's line: `2.3`, `2.3.0`, `2.3.1` and `2.3-SNAPSHOT`
 * all give 2.3's entry. `undefined` when the string has no line or its line is not supported.
 */
export function findSupported(
  version: string,
  matrix: readonly FlinkRelease[] = supportedVersions,
): FlinkRelease | undefined {
  const line = lineOf(version);
  return line === undefined ? undefined : matrix.find((v) => v.line === line);
}

/** The supported releases closest to `line`: the next older and the next newer, when they exist. */
export function nearestSupported(
  line: string,
  matrix: readonly FlinkRelease[] = supportedVersions,
): FlinkRelease[] {
  const older = matrix.filter((v) => compareLines(v.line, line) < 0).at(-1);
  const newer = matrix.find((v) => compareLines(v.line, line) > 0);
  return [older, newer].filter((v): v is FlinkRelease => v !== undefined);
}

/** `1.18 (1.18.1), …, 2.3 (2.3.0)`: the matrix for an error message. */
export function describeSupported(matrix: readonly FlinkRelease[] = supportedVersions): string {
  return matrix.map((v) => `${v.line} (${v.version})`).join(', ');
}

/**
 * The entry a user named exactly: a supported line (`2.3`) or the matrix's release of it
 * (`2.3.0`), spaces trimmed. Stricter than `findSupported`: `2.3.9` is not `2.3.0`, for tools
 * that download exactly what they are told.
 */
export function findRelease(
  input: string,
  matrix: readonly FlinkRelease[] = supportedVersions,
): FlinkRelease | undefined {
  const wanted = input.trim();
  return matrix.find((v) => v.line === wanted || v.version === wanted);
}
