export { LocalClusterError, type LocalClusterErrorCode } from './errors.js';
export type { ConfigValue } from './flink-config.js';
export { buildSampleJob, sampleJobProject } from './sample-job.js';
export {
  type FlinkCluster,
  type FlinkProcess,
  type StartFlinkClusterOptions,
  startFlinkCluster,
} from './start-cluster.js';
export {
  type FlinkVersion,
  newestVersion,
  resolveFlinkVersion,
  supportedVersions,
} from './versions.js';
export type { RestTls } from './wait-ready.js';
