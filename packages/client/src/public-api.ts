/**
 * What every entry point (the root and each `flink-x.y`) exports besides its
 * `createFlinkClient`: one explicit list, so no internal name leaks by accident.
 */
export type { CheckpointResult, EmptyResult, SavepointResult } from './acceptors.js';
export type {
  AsyncOperation,
  OperationState,
  PollStatus,
  ResultByKind,
} from './async-operation.js';
export {
  CHECKPOINT_TYPES,
  type CheckpointCreateOptions,
  type CheckpointHelpers,
  type CheckpointTriggerOptions,
  type CheckpointType,
} from './checkpoints.js';
export type { ClusterInfo, VersionMismatch } from './connect.js';
export type { Logger } from './core.js';
export {
  type FlinkClient,
  type FlinkClientOptions,
  resumeOperation,
  resumeUpgrade,
} from './create-client.js';
export type { DatasetHelpers } from './datasets.js';
export {
  FlinkApiError,
  FlinkConnectionError,
  FlinkError,
  FlinkVersionMismatchError,
  JarNotOnJobManagerError,
  OperationAbortedError,
  OperationFailedError,
  type OperationKind,
  OperationLostError,
  OperationNotFoundError,
  type OperationRef,
  OperationTimeoutError,
  UnexpectedJobStatusError,
  UnexpectedResponseError,
  UnsupportedEndpointError,
  UpgradeFailedError,
  WaitAbortedError,
  WaitTimeoutError,
} from './errors.js';
export type { JarHelpers, JarSource, RunJarOptions, UploadedJar } from './jars.js';
export { JOB_STATUSES, type JobStatus } from './job-status.js';
export type {
  JobHelpers,
  RequestOptions,
  StopWithSavepointAndWaitOptions,
  StopWithSavepointOptions,
  WaitForStatusOptions,
} from './jobs.js';
export type { Aggregation, MetricHelpers } from './metrics.js';
export type { PollClock, PollOptions } from './poll-until.js';
export {
  SAVEPOINT_FORMATS,
  type SavepointCreateOptions,
  type SavepointFormat,
  type SavepointHelpers,
  type SavepointTriggerOptions,
} from './savepoints.js';
export type {
  AggregatedMetric,
  Metric,
  ResourceRequirements,
  ResourceRequirementsUpdate,
} from './spec-types.js';
export type { Auth, FetchLike, RetryOptions, TlsOptions } from './transport.js';
export type {
  UpgradeOperation,
  UpgradeOptions,
  UpgradeProgress,
  UpgradeResult,
  UpgradeRunOptions,
} from './upgrade.js';
export {
  type HealthCriteria,
  type JarRun,
  type StepRecord,
  UPGRADE_MODES,
  type UpgradeMode,
  type UpgradeState,
  type UpgradeStep,
} from './upgrade-steps.js';
export { newTriggerId } from './validate.js';
