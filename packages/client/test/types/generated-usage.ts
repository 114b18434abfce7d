/**
 * Type-level checks of the client's generated files (run by `npm run typecheck`): what each
 * overlay promises, as a client would use it. A `@ts-expect-error` fails the typecheck when
 * the line below it compiles, so the negative cases are checked too.
 */
import type * as F118 from '../../src/generated/flink-1.18.js';
import type { components, operations, paths } from '../../src/generated/flink-2.3.js';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Query<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;

// list-query-parameters + query-enum-case
export const aggQuery: Query<'getAggregatedJobMetrics'> = {
  get: ['numRestarts', 'uptime'],
  agg: ['min', 'MAX', 'skew'],
  jobs: ['4d4b806a0f47ddcc2f8e8442605817ac'],
};
// @ts-expect-error get is a list, not one comma-joined string
export const notAList: Query<'getAggregatedJobMetrics'> = { get: 'a,b' };
export const tmQuery: Query<'getAggregatedTaskManagerMetrics'> = {
  taskmanagers: ['127.0.0.1:1-a'],
};
export const subtasks: Query<'getAggregatedSubtaskMetrics'> = { subtasks: ['0', '2-3'] };
export const cancel: Query<'cancelJob'> = { mode: 'cancel' };
// @ts-expect-error not a termination mode
export const kill: Query<'cancelJob'> = { mode: 'kill' };
// @ts-expect-error skew exists from 1.20 on
export const oldSkew: F118.components['schemas']['AggregationMode'] = 'skew';

// metric-collection-bare-array + aggregated-metrics-bare-array
export const metrics: Json<paths['/jobmanager/metrics']['get']['responses'][200]> = [
  { id: 'Status.JVM.CPU.Load', value: '0.0' },
];
export const aggregated: Json<operations['getAggregatedTaskManagerMetrics']['responses'][200]> = [
  { id: 'Status.JVM.CPU.Load', min: 0, max: 0, skew: 0 },
];

// async-operation-results + serialized-throwable-fields
type SavepointStatus = Json<operations['getSavepointStatus']['responses'][200]>;
export const inProgress: SavepointStatus = { status: { id: 'IN_PROGRESS' }, operation: null };
export const failed: SavepointStatus = {
  status: { id: 'COMPLETED' },
  operation: {
    'failure-cause': {
      class: 'java.io.IOException',
      'stack-trace': '…',
      'serialized-throwable': 'rO0=',
    },
  },
};
export const checkpoint: Json<operations['getCheckpointStatus']['responses'][200]> = {
  status: { id: 'COMPLETED' },
  operation: { checkpointId: 8 },
};
export const wrongInfo: Json<operations['getCheckpointStatus']['responses'][200]> = {
  status: { id: 'COMPLETED' },
  // @ts-expect-error a checkpoint result has no savepoint location
  operation: { location: 'x' },
};
export const disposal: Json<operations['getSavepointDisposalStatus']['responses'][200]> = {
  status: { id: 'COMPLETED' },
  operation: {},
};

// error-response-body
export const notFound: Json<operations['getJobDetails']['responses']['default']> = {
  errors: ['Job 00000000000000000000000000000000 not found'],
};

// slot-sharing-group-id-hex, resource-id-free-form
export const group: components['schemas']['SlotSharingGroupId'] =
  'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5';
export const tm: components['schemas']['ResourceID'] = '127.0.0.1:37875-d5a5c7';

// no overlay: the extractor writes POST /jars/upload as multipart/form-data itself
export const upload: NonNullable<
  operations['uploadJar']['requestBody']
>['content']['multipart/form-data'] = {
  jarfile: 'binary',
};

// checkpoint-mode-case
export const mode: components['schemas']['ProcessingMode'] = 'exactly_once';
// @ts-expect-error the server writes it in lower case
export const upperMode: components['schemas']['ProcessingMode'] = 'EXACTLY_ONCE';

// application-id-hex
export const run: Json<operations['submitJobFromJar']['responses'][200]> = {
  jobid: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5',
  applicationId: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5',
};

// latest-checkpoints-nullable, checkpoint-savepoint-format-nullable, stats-summary-nan
type Checkpoints = Json<operations['getCheckpointingStatistics']['responses'][200]>;
export const restored: Checkpoints = {
  latest: { completed: null, savepoint: null, failed: null, restored: { id: 3 } },
  summary: { state_size: { min: 0, max: 0, avg: 0, p50: 'NaN', p99: 12.5 } },
  history: [{ className: 'completed', savepointFormat: null }],
};
export const latestClass: NonNullable<
  NonNullable<Checkpoints['latest']>['completed']
>['className'] = 'completed';
// @ts-expect-error only "NaN" is sent as a string
export const infinity: NonNullable<Checkpoints['summary']>['state_size'] = { p50: 'Infinity' };

// jar-entry-description-nullable
export const entry: components['schemas']['JarEntryInfo'] = { name: 'Main', description: null };

// job-exceptions-root-nullable (1.18–1.20)
export const noFailure: F118.components['schemas']['JobExceptionsInfoWithHistory'] = {
  'root-exception': null,
  timestamp: null,
};
