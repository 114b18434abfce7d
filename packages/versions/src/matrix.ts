import file from '../versions.json' with { type: 'json' };
import { parseMatrix } from './parse-matrix.js';

/** One supported Flink release line and the exact release the SDK pins for it. */
export interface FlinkRelease {
  /** Release line, `major.minor`, e.g. `2.3`. */
  readonly line: string;
  /** The exact release on Maven Central, e.g. `2.3.0`. */
  readonly version: string;
}

/** The version matrix, oldest first: the newest patch release of each supported line. */
export const supportedVersions: readonly FlinkRelease[] = parseMatrix(
  file,
  '@flink-rest/versions/versions.json',
);

/** The supported lines, oldest first: `['1.18', …, '2.3']`. */
export const supportedLines: readonly string[] = Object.freeze(
  supportedVersions.map((v) => v.line),
);

/** The oldest supported release. */
export const oldestVersion: FlinkRelease = supportedVersions[0] as FlinkRelease;

/** The newest supported release: what demos and defaults use. */
export const newestVersion: FlinkRelease = supportedVersions.at(-1) as FlinkRelease;
