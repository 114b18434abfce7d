// What a user of @flink-rest/local-cluster needs: start and stop a cluster, the sample job to run
// on it, the version matrix, and the one error class. The CLI's record keeping and the Maven and
// process runners are not here (the runners are public under @flink-rest/local-cluster/maven).
export { LocalClusterError, type LocalClusterErrorCode } from './errors.js';
export type { ConfigValue } from './flink-config.js';
export type { HighAvailabilityOptions } from './high-availability.js';
export {
  type BuildSampleJobOptions,
  buildSampleJob,
  type SampleJobVariant,
  sampleJobProject,
} from './sample-job.js';
export {
  type FlinkCluster,
  type FlinkProcess,
  type JobManagerEndpoint,
  type RestartJobManagerOptions,
  type StartFlinkClusterOptions,
  startFlinkCluster,
} from './start-cluster.js';
export { type FlinkVersion, resolveFlinkVersion } from './versions.js';
export type { RestTls } from './wait-ready.js';
