/**
 * The root entry point: `createFlinkClient({ baseUrl, flinkVersion: '2.3' })` picks the pinned
 * types and routes by `flinkVersion`. Each version also has its own entry point
 * (`@flink-rest/client/flink-2.3`).
 */
import {
  createVersionedClient,
  type FlinkClient,
  type FlinkClientOptions,
} from './create-client.js';
import { type PathsByVersion, routesByVersion } from './generated/versions.js';
import { show } from './validate.js';

export type { PathsByVersion } from './generated/versions.js';
export * from './public-api.js';

/** A supported Flink line, e.g. `'2.3'`. */
export type FlinkLine = keyof PathsByVersion;

/** The supported lines, oldest first. */
export const supportedFlinkVersions: readonly FlinkLine[] = Object.freeze(
  Object.keys(routesByVersion) as FlinkLine[],
);

export function createFlinkClient<V extends FlinkLine>(
  options: FlinkClientOptions & { readonly flinkVersion: V },
): FlinkClient<PathsByVersion[V]> {
  const line = options?.flinkVersion;
  const routes = Object.hasOwn(routesByVersion, line) ? routesByVersion[line] : undefined;
  if (!routes) {
    throw new TypeError(
      `flinkVersion ${show(line)} is not supported; supported: ${supportedFlinkVersions.join(', ')}`,
    );
  }
  return createVersionedClient<PathsByVersion[V]>(line, routes, options);
}
