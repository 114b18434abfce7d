import {
  compareLines,
  describeSupported,
  findSupported,
  lineOf,
  newestVersion,
  oldestVersion,
} from '@flink-rest/versions';

/** What `connectFlink` does on a release newer than every supported line. */
export type OnUnknownVersion = 'nearest' | 'error';

export type LineChoice =
  | { readonly line: string; readonly warning?: string }
  | { readonly error: string };

/**
 * The pinned line to use for a cluster reporting `version` (pure: the matrix is the only
 * input besides it). A supported line is used as it is; a newer release falls back to the
 * newest line (its API is, by Flink's compatibility rules, a superset for what we call) unless
 * told not to; an older or unreadable one is refused.
 */
export function chooseLine(version: string, onUnknown: OnUnknownVersion): LineChoice {
  const supported = findSupported(version);
  if (supported) return { line: supported.line };
  const line = lineOf(version);
  const range = `${oldestVersion.line} - ${newestVersion.line}`;
  if (line === undefined) {
    return {
      error: `the cluster reports Flink version ${JSON.stringify(version)}, which names no release line; supported: ${describeSupported()}`,
    };
  }
  if (compareLines(line, oldestVersion.line) < 0) {
    return {
      error: `the cluster runs Flink ${version}, older than every supported line (${range})`,
    };
  }
  if (compareLines(line, newestVersion.line) > 0 && onUnknown === 'nearest') {
    return {
      line: newestVersion.line,
      warning: `the cluster runs Flink ${version}, newer than the newest supported line; using Flink ${newestVersion.line}'s types (${newestVersion.version})`,
    };
  }
  return {
    error: `the cluster runs Flink ${version}, which is not a supported line (${range}): ${describeSupported()}`,
  };
}
