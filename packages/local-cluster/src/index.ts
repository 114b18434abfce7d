export { LocalClusterError, type LocalClusterErrorCode } from './errors.js';
export type { ConfigValue } from './flink-config.js';
export {
  type RunJarOptions,
  runJar,
  uploadJar,
  waitForJobState,
} from './jar-submission.js';
export { buildSampleJob, sampleJobProject } from './sample-job.js';
export {
  type FlinkCluster,
  type FlinkProcess,
  type StartFlinkClusterOptions,
  startFlinkCluster,
} from './start-cluster.js';
export { type FlinkVersion, resolveFlinkVersion } from './versions.js';
export type { RestTls } from './wait-ready.js';
