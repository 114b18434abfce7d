import { describeSupported, type FlinkRelease, findRelease } from '@flink-rest/versions';
import { LocalClusterError } from './errors.js';

/** A release this package can start: a line of the matrix and its exact release. */
export type FlinkVersion = FlinkRelease;

/**
 * Accepts a line (`2.3`) or the exact release of the matrix (`2.3.0`). Anything else is an
 * error that lists what is supported, so a typo is never silently mapped to another release.
 */
export function resolveFlinkVersion(input: string): FlinkVersion {
  const match = findRelease(input);
  if (match) return match;
  throw new LocalClusterError(
    'UNSUPPORTED_VERSION',
    `Flink version "${input}" is not supported; supported: ${describeSupported()}`,
  );
}

/** Flink 2.x reads `config.yaml` only; 1.18 reads `flink-conf.yaml` only. */
export function configFileName(version: FlinkVersion): 'config.yaml' | 'flink-conf.yaml' {
  const major = Number(version.version.split('.')[0]);
  return major >= 2 ? 'config.yaml' : 'flink-conf.yaml';
}
