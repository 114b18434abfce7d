// GENERATED FILE - DO NOT EDIT.
// Operation routes of the Apache Flink 2.3.0 JobManager REST API,
// written by @flink-rest/codegen with openapi-typescript 7.13.0.
// Regenerate: npm run generate (flink-codegen generate --all)
//
// Spec: specs/flink-2.3/jobmanager-v1.yaml
//   sha256 d7d2ab3d0988097206ffbadefe6abd57c3138bca0e8f9430732244800d1cfdd8
// Overlays (specs/overlays/, 17 applied in this order):
//   sha256 8e2aff60d460d0b31dd79c6da43e710ec33921955f75414eba971b4dde066938
//   - aggregated-metrics-bare-array (none filed)
//   - application-id-hex (none filed)
//   - async-operation-results (none filed)
//   - checkpoint-mode-case (none filed)
//   - checkpoint-savepoint-format-nullable (none filed)
//   - custom-log-files (none filed)
//   - error-response-body (none filed)
//   - jar-entry-description-nullable (none filed)
//   - job-details-scheduler-type-nullable (none filed)
//   - latest-checkpoints-nullable (none filed)
//   - list-query-parameters (none filed)
//   - metric-collection-bare-array (FLINK-39422)
//   - query-enum-case (none filed)
//   - resource-id-free-form (none filed)
//   - serialized-throwable-fields (FLINK-39422)
//   - slot-sharing-group-id-hex (FLINK-39422)
//   - stats-summary-nan (none filed)

/** `METHOD /path` of every operation in this version's spec. */
export const routes: ReadonlySet<string> = new Set([
  'DELETE /cluster',
  'DELETE /datasets/{datasetid}',
  'DELETE /jars/{jarid}',
  'GET /applications/overview',
  'GET /applications/{applicationid}',
  'GET /applications/{applicationid}/exceptions',
  'GET /applications/{applicationid}/jobmanager/config',
  'GET /config',
  'GET /datasets',
  'GET /datasets/delete/{triggerid}',
  'GET /jars',
  'GET /jars/{jarid}/plan',
  'GET /jobmanager/config',
  'GET /jobmanager/environment',
  'GET /jobmanager/logs',
  'GET /jobmanager/logs/{filename}',
  'GET /jobmanager/metrics',
  'GET /jobmanager/thread-dump',
  'GET /jobs',
  'GET /jobs/metrics',
  'GET /jobs/overview',
  'GET /jobs/{jobid}',
  'GET /jobs/{jobid}/accumulators',
  'GET /jobs/{jobid}/checkpoints',
  'GET /jobs/{jobid}/checkpoints/config',
  'GET /jobs/{jobid}/checkpoints/details/{checkpointid}',
  'GET /jobs/{jobid}/checkpoints/details/{checkpointid}/subtasks/{vertexid}',
  'GET /jobs/{jobid}/checkpoints/{triggerid}',
  'GET /jobs/{jobid}/config',
  'GET /jobs/{jobid}/exceptions',
  'GET /jobs/{jobid}/execution-result',
  'GET /jobs/{jobid}/jobmanager/config',
  'GET /jobs/{jobid}/jobmanager/environment',
  'GET /jobs/{jobid}/jobmanager/log-url',
  'GET /jobs/{jobid}/metrics',
  'GET /jobs/{jobid}/plan',
  'GET /jobs/{jobid}/rescales/config',
  'GET /jobs/{jobid}/rescales/details/{rescaleuuid}',
  'GET /jobs/{jobid}/rescales/history',
  'GET /jobs/{jobid}/rescales/overview',
  'GET /jobs/{jobid}/rescales/summary',
  'GET /jobs/{jobid}/rescaling/{triggerid}',
  'GET /jobs/{jobid}/resource-requirements',
  'GET /jobs/{jobid}/savepoints/{triggerid}',
  'GET /jobs/{jobid}/status',
  'GET /jobs/{jobid}/taskmanagers/{taskmanagerid}/log-url',
  'GET /jobs/{jobid}/vertices/{vertexid}',
  'GET /jobs/{jobid}/vertices/{vertexid}/accumulators',
  'GET /jobs/{jobid}/vertices/{vertexid}/backpressure',
  'GET /jobs/{jobid}/vertices/{vertexid}/flamegraph',
  'GET /jobs/{jobid}/vertices/{vertexid}/jm-operator-metrics',
  'GET /jobs/{jobid}/vertices/{vertexid}/metrics',
  'GET /jobs/{jobid}/vertices/{vertexid}/subtasks/accumulators',
  'GET /jobs/{jobid}/vertices/{vertexid}/subtasks/metrics',
  'GET /jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}',
  'GET /jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}/attempts/{attempt}',
  'GET /jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}/attempts/{attempt}/accumulators',
  'GET /jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}/metrics',
  'GET /jobs/{jobid}/vertices/{vertexid}/subtasktimes',
  'GET /jobs/{jobid}/vertices/{vertexid}/taskmanagers',
  'GET /jobs/{jobid}/vertices/{vertexid}/watermarks',
  'GET /overview',
  'GET /savepoint-disposal/{triggerid}',
  'GET /taskmanagers',
  'GET /taskmanagers/metrics',
  'GET /taskmanagers/{taskmanagerid}',
  'GET /taskmanagers/{taskmanagerid}/logs',
  'GET /taskmanagers/{taskmanagerid}/logs/{filename}',
  'GET /taskmanagers/{taskmanagerid}/metrics',
  'GET /taskmanagers/{taskmanagerid}/thread-dump',
  'PATCH /jobs/{jobid}',
  'PATCH /jobs/{jobid}/clientHeartbeat',
  'PATCH /jobs/{jobid}/rescaling',
  'POST /applications/{applicationid}/cancel',
  'POST /jars/upload',
  'POST /jars/{jarid}/plan',
  'POST /jars/{jarid}/run',
  'POST /jars/{jarid}/run-application',
  'POST /jobs',
  'POST /jobs/{jobid}/checkpoints',
  'POST /jobs/{jobid}/coordinators/{operatorUid}',
  'POST /jobs/{jobid}/savepoints',
  'POST /jobs/{jobid}/stop',
  'POST /savepoint-disposal',
  'PUT /jobs/{jobid}/resource-requirements',
]);
