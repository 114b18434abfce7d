import { createRequire } from 'node:module';
import { LocalClusterError } from './errors.js';

export interface FlinkVersion {
  /** Release line, e.g. `2.3`. */
  readonly line: string;
  /** Exact release on Maven Central, e.g. `2.3.0`. */
  readonly version: string;
}

interface VersionsFile {
  versions: FlinkVersion[];
}

const require = createRequire(import.meta.url);
const file = require('../versions.json') as VersionsFile;

/** The version matrix, oldest first: the newest patch release of each supported line. */
export const supportedVersions: readonly FlinkVersion[] = Object.freeze(
  file.versions.map((v) => Object.freeze({ line: v.line, version: v.version })),
);

/** The newest supported version: what `npm start` and defaults use. */
export const newestVersion: FlinkVersion = supportedVersions[
  supportedVersions.length - 1
] as FlinkVersion;

/**
 * Accepts a line (`2.3`) or the exact release of the matrix (`2.3.0`). Anything else is an
 * error that lists what is supported, so a typo is never silently mapped to another release.
 */
export function resolveFlinkVersion(input: string): FlinkVersion {
  const wanted = input.trim();
  const match = supportedVersions.find((v) => v.line === wanted || v.version === wanted);
  if (match) return match;
  const list = supportedVersions.map((v) => `${v.line} (${v.version})`).join(', ');
  throw new LocalClusterError(
    'UNSUPPORTED_VERSION',
    `Flink version "${input}" is not supported; supported: ${list}`,
  );
}

/** Flink 2.x reads `config.yaml` only; 1.18 reads `flink-conf.yaml` only. */
export function configFileName(version: FlinkVersion): 'config.yaml' | 'flink-conf.yaml' {
  const major = Number(version.version.split('.')[0]);
  return major >= 2 ? 'config.yaml' : 'flink-conf.yaml';
}
