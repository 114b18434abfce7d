/**
 * The endpoints each helper of `@flink-rest/client` calls, as `METHOD /path` of the spec.
 * Keyed `namespace.method` (`savepoints.trigger`) or a bare method (`connect`). Taken from
 * `packages/client/src/*.ts`; a trigger helper also lists the status endpoint its operation
 * polls.
 */
export const HELPER_ENDPOINTS: Readonly<Record<string, readonly string[]>> = {
  connect: ['GET /config'],
  'savepoints.trigger': [
    'POST /jobs/{jobid}/savepoints',
    'GET /jobs/{jobid}/savepoints/{triggerid}',
  ],
  // The trigger-and-wait shortcuts call what their trigger and its wait call.
  'savepoints.create': [
    'POST /jobs/{jobid}/savepoints',
    'GET /jobs/{jobid}/savepoints/{triggerid}',
  ],
  'savepoints.dispose': ['POST /savepoint-disposal', 'GET /savepoint-disposal/{triggerid}'],
  'checkpoints.trigger': [
    'POST /jobs/{jobid}/checkpoints',
    'GET /jobs/{jobid}/checkpoints/{triggerid}',
  ],
  'checkpoints.create': [
    'POST /jobs/{jobid}/checkpoints',
    'GET /jobs/{jobid}/checkpoints/{triggerid}',
  ],
  'datasets.delete': ['DELETE /datasets/{datasetid}', 'GET /datasets/delete/{triggerid}'],
  'jobs.stopWithSavepoint': ['POST /jobs/{jobid}/stop', 'GET /jobs/{jobid}/savepoints/{triggerid}'],
  'jobs.stopWithSavepointAndWait': [
    'POST /jobs/{jobid}/stop',
    'GET /jobs/{jobid}/savepoints/{triggerid}',
  ],
  'jobs.waitForStatus': ['GET /jobs/{jobid}/status', 'GET /jobs/{jobid}'],
  'jobs.cancel': ['PATCH /jobs/{jobid}'],
  'jobs.getResourceRequirements': ['GET /jobs/{jobid}/resource-requirements'],
  'jobs.setResourceRequirements': ['PUT /jobs/{jobid}/resource-requirements'],
  'jobs.rescale': [
    'GET /jobs/{jobid}/resource-requirements',
    'PUT /jobs/{jobid}/resource-requirements',
  ],
  'jars.upload': ['POST /jars/upload'],
  'jars.run': ['POST /jars/{jarid}/run'],
  'jars.delete': ['DELETE /jars/{jarid}'],
  'metrics.jobManager': ['GET /jobmanager/metrics'],
  'metrics.job': ['GET /jobs/{jobid}/metrics'],
  'metrics.taskManagers': ['GET /taskmanagers/metrics'],
  // resumeOperation(flink, state) polls the status endpoint of whatever kind `state` names.
  resumeOperation: [
    'GET /jobs/{jobid}/savepoints/{triggerid}',
    'GET /jobs/{jobid}/checkpoints/{triggerid}',
    'GET /savepoint-disposal/{triggerid}',
    'GET /datasets/delete/{triggerid}',
  ],
};

/** The HTTP methods of the client's raw calls (`flink.GET('/jobs', …)`). */
export const RAW_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
