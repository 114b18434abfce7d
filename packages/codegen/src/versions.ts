import { supportedVersions } from '@flink-rest/local-cluster/versions';
import { CodegenError } from './errors.js';

export interface PinnedVersion {
  /** Release line, e.g. `2.3`. */
  readonly line: string;
  /** The release its spec was extracted from, e.g. `2.3.0`. */
  readonly version: string;
}

/** The project's version matrix, oldest first: one pinned spec per line. */
export const pinnedVersions: readonly PinnedVersion[] = supportedVersions;

/**
 * The release line (`major.minor`) of a version string as Flink writes it: `2.3`, `2.3.0`,
 * `2.3-SNAPSHOT`, `2.3.0-rc1`, or a spec's `info.version` such as `v1/2.3.0`. `undefined`
 * when there is none.
 */
export function lineOf(version: string): string | undefined {
  const match = /^(?:v\d+\/)?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][\w.-]*)?$/.exec(version.trim());
  return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}

/** Orders release lines numerically (`1.9` < `1.18` < `2.0`). */
export function compareLines(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The pinned lines closest to `line`: the next older and the next newer one, when they exist. */
export function nearestPinned(
  line: string,
  pinned: readonly PinnedVersion[] = pinnedVersions,
): PinnedVersion[] {
  const sorted = [...pinned].sort((a, b) => compareLines(a.line, b.line));
  const older = sorted.filter((v) => compareLines(v.line, line) < 0).at(-1);
  const newer = sorted.find((v) => compareLines(v.line, line) > 0);
  return [older, newer].filter((v): v is PinnedVersion => v !== undefined);
}

/**
 * The pinned version of the line of `version` (`2.3`, `2.3.0`, `2.3.1`, ...). Anything else is
 * an `UNPINNED_VERSION` error naming the nearest pinned lines. `context` says where the version
 * came from (e.g. a URL), for the message.
 */
export function resolvePinned(
  version: string,
  context?: string,
  pinned: readonly PinnedVersion[] = pinnedVersions,
): PinnedVersion {
  const line = lineOf(version);
  const from = context ? ` (from ${context})` : '';
  const list = (vs: readonly PinnedVersion[]) =>
    vs.map((v) => `${v.line} (${v.version})`).join(', ');
  if (line === undefined) {
    throw new CodegenError(
      'UNPINNED_VERSION',
      `"${version}"${from} is not a Flink version; pinned: ${list(pinned)}`,
      { where: context },
    );
  }
  const match = pinned.find((v) => v.line === line);
  if (match) return match;
  throw new CodegenError(
    'UNPINNED_VERSION',
    `Flink ${version}${from} has no pinned spec; nearest pinned: ${list(nearestPinned(line, pinned))}`,
    { where: context },
  );
}
