import { chooseLine, type OnUnknownVersion } from './choose-line.js';
import type { ClusterInfo } from './connect.js';
import type { FlinkClient, FlinkClientOptions } from './create-client.js';
import { createFlinkClient, supportedFlinkVersions } from './create-flink-client.js';
import { FlinkVersionMismatchError } from './errors.js';
import type { PathsByVersion } from './generated/versions.js';
import type { FlinkLine } from './range-types.js';
import { show } from './validate.js';

export interface ConnectFlinkOptions extends FlinkClientOptions {
  /** A release newer than every supported line: `'nearest'` (default) uses the newest line and warns; `'error'` rejects. */
  readonly onUnknownVersion?: OnUnknownVersion;
  readonly signal?: AbortSignal;
}

/** A client pinned to the line the cluster runs: narrow on `flinkVersion` to reach that line's endpoints. */
export type DetectedFlinkClient = {
  [V in FlinkLine]: FlinkClient<PathsByVersion[V], V> & { readonly cluster: ClusterInfo };
}[FlinkLine];

/**
 * Reads the cluster's version (`GET /v1/config`) and returns a client pinned to its line. The
 * probe goes through a client of every supported line, so it uses only what all of them share.
 */
export async function connectFlink(options: ConnectFlinkOptions): Promise<DetectedFlinkClient> {
  if (options === null || typeof options !== 'object')
    throw new TypeError('options must be an object');
  const onUnknown = options.onUnknownVersion ?? 'nearest';
  if (onUnknown !== 'nearest' && onUnknown !== 'error') {
    throw new TypeError(`onUnknownVersion ${show(onUnknown)} must be one of nearest, error`);
  }
  const { onUnknownVersion: _, signal, ...clientOptions } = options;
  const probe = createFlinkClient({
    ...clientOptions,
    flinkVersion: supportedFlinkVersions,
    onVersionMismatch: 'ignore',
  });
  let cluster: ClusterInfo;
  try {
    cluster = await probe.connect(signal ? { signal } : {});
  } finally {
    await probe.close();
  }
  const choice = chooseLine(cluster.flinkVersion, onUnknown);
  if ('error' in choice) {
    throw new FlinkVersionMismatchError(probe.flinkVersion, cluster.flinkVersion, choice.error);
  }
  if (choice.warning) (options.logger ?? console).warn(choice.warning);
  const flink = createFlinkClient({ ...clientOptions, flinkVersion: choice.line as FlinkLine });
  const info: ClusterInfo = {
    ...cluster,
    pinned: choice.line,
    matches: cluster.line === choice.line,
  };
  return Object.assign(flink, { cluster: info }) as DetectedFlinkClient;
}
