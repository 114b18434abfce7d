import {
  describeSupported,
  type FlinkRelease,
  findSupported,
  lineOf,
  nearestSupported,
  supportedVersions,
} from '@flink-rest/versions';
import { SpecError } from './errors.js';

/**
 * The pinned release of the line of `version` (`2.3`, `2.3.0`, `2.3.1`, ...): each line of the
 * version matrix has one pinned spec, extracted from that release. Anything else is an
 * `UNPINNED_VERSION` error naming the nearest pinned lines. `context` says where the version
 * came from (e.g. a URL), for the message; `pinned` defaults to the matrix.
 */
export function resolvePinned(
  version: string,
  context?: string,
  pinned: readonly FlinkRelease[] = supportedVersions,
): FlinkRelease {
  const from = context ? ` (from ${context})` : '';
  const line = lineOf(version);
  if (line === undefined) {
    throw new SpecError(
      'UNPINNED_VERSION',
      `"${version}"${from} is not a Flink version; pinned: ${describeSupported(pinned)}`,
      { where: context },
    );
  }
  const match = findSupported(line, pinned);
  if (match) return match;
  throw new SpecError(
    'UNPINNED_VERSION',
    `Flink ${version}${from} has no pinned spec; nearest pinned: ${describeSupported(nearestSupported(line, pinned))}`,
    { where: context },
  );
}
