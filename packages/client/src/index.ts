/**
 * The root entry point: `createFlinkClient({ baseUrl, flinkVersion })` picks the types and routes
 * of one line (`'2.3'`) or of what a range of lines shares (`'1.18 - 2.3'`, `['1.18', '2.3']`);
 * `connectFlink` asks the cluster. Each version also has its own entry point
 * (`@flink-rest/client/flink-2.3`).
 */

export type { OnUnknownVersion } from './choose-line.js';
export {
  type ConnectFlinkOptions,
  connectFlink,
  type DetectedFlinkClient,
} from './connect-flink.js';
export {
  createFlinkClient,
  type FlinkClientFor,
  type FlinkVersionSpec,
  supportedFlinkVersions,
} from './create-flink-client.js';
export type { PathsByVersion } from './generated/versions.js';
export * from './public-api.js';
export type { FlinkLine, LinesOf, RangePaths } from './range-types.js';
