import {
  describeSupported,
  type FlinkRelease,
  findSupported,
  lineOf,
  nearestSupported,
  supportedVersions,
} from '@flink-rest/versions';
import { CodegenError } from './errors.js';

/** A line with a pinned spec and the release it was extracted from. */
export type PinnedVersion = FlinkRelease;

/** The project's version matrix, oldest first: one pinned spec per line. */
export const pinnedVersions: readonly PinnedVersion[] = supportedVersions;

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
  const from = context ? ` (from ${context})` : '';
  const line = lineOf(version);
  if (line === undefined) {
    throw new CodegenError(
      'UNPINNED_VERSION',
      `"${version}"${from} is not a Flink version; pinned: ${describeSupported(pinned)}`,
      { where: context },
    );
  }
  const match = findSupported(line, pinned);
  if (match) return match;
  throw new CodegenError(
    'UNPINNED_VERSION',
    `Flink ${version}${from} has no pinned spec; nearest pinned: ${describeSupported(nearestSupported(line, pinned))}`,
    { where: context },
  );
}
