import {
  createFlinkClient,
  type FetchLike,
  FlinkApiError,
  OperationFailedError,
  OperationNotFoundError,
  resumeOperation,
} from '@flink-rest/client';
import type { Json } from '@flink-rest/testing';

/** What a scenario needs besides the client; the recorder and the replay each provide one. */
export interface ScenarioContext {
  /** The JobManager's base URL (the real cluster's, or the replay's fake origin). */
  readonly baseUrl: string;
  /** The Flink line, e.g. `2.3`. */
  readonly flinkVersion: string;
  /** The transport under the client: the recorder's wrapping fetch, or the replay's. */
  readonly fetch: FetchLike;
  /** The jar to upload: a path (live) or bytes (replay). */
  readonly jar: string | Uint8Array;
  /** Where savepoints go, e.g. `file:///tmp/x/savepoints`. */
  readonly savepointTarget: string;
  /** Real waiting against a cluster; resolves at once in the replay. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Names the exchanges that follow (the recorder stores it with each exchange). */
  readonly step: (name: string) => void;
  /** Longest wait for any one condition, in ms. */
  readonly timeoutMs: number;
}

export type Scenario = (ctx: ScenarioContext) => Promise<Json>;

/** A fixed seed, so client-generated trigger ids and poll jitter repeat from run to run. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const JAR_NAME = 'flink-rest-sample-job.jar';
/** Periodic checkpoints every hour: only the scenario's own checkpoints and savepoints happen. */
export const JOB_ARGS = ['--checkpoint-interval-ms', '3600000', '--delay-ms', '5'];
const UNKNOWN_JOB = '0'.repeat(32);
const UNKNOWN_TRIGGER = 'f'.repeat(32);

function errorName(error: unknown): string {
  if (error instanceof FlinkApiError) return `FlinkApiError ${error.status}`;
  if (error instanceof OperationFailedError)
    return `OperationFailedError ${error.failureClass ?? ''}`.trim();
  if (error instanceof OperationNotFoundError) return 'OperationNotFoundError';
  return (error as Error)?.name ?? String(error);
}

/**
 * The sample job's lifecycle plus the read endpoints and four deliberate errors. Every call
 * goes through the client; the summary it returns is what the replay must reproduce exactly.
 */
export const lifecycleScenario: Scenario = async (ctx) => {
  const clock = { sleep: (ms: number) => ctx.sleep(ms), random: seededRandom(6) };
  const flink = createFlinkClient({
    baseUrl: ctx.baseUrl,
    flinkVersion: ctx.flinkVersion as '2.3',
    fetch: ctx.fetch,
    clock,
    retry: { retries: 0 },
  });
  const wait = { timeoutMs: ctx.timeoutMs, minDelayMs: 100, maxDelayMs: 500 };
  // biome-ignore lint/suspicious/noExplicitAny: read endpoints of every version through one client.
  const GET = flink.GET as (path: string, init?: object) => Promise<any>;
  const get = async (path: string, params: Record<string, unknown> = {}) => {
    const r = await GET(path, { params });
    if (r.error !== undefined) throw new Error(`${path} answered ${r.response.status}`);
    return r.data;
  };
  /** Reads until `done` holds (each read is one exchange; the recorder keeps the last). */
  const until = async (
    path: string,
    params: Record<string, unknown>,
    done: (d: Json) => boolean,
  ) => {
    const deadline = Date.now() + ctx.timeoutMs;
    for (;;) {
      const r = await GET(path, { params });
      if (r.error === undefined && done(r.data)) return r.data;
      if (Date.now() > deadline)
        throw new Error(`${path}: condition not met in ${ctx.timeoutMs} ms`);
      await ctx.sleep(250);
    }
  };
  const summary: Record<string, Json> = {};

  ctx.step('cluster: config');
  const info = await flink.connect();
  summary.cluster = { flinkVersion: info.flinkVersion, line: info.line };
  ctx.step('cluster: overview');
  // Slots are reported a moment after the TaskManager registers.
  const overview = await until(
    '/overview',
    {},
    (d) => (d as { 'slots-total': number })['slots-total'] > 0,
  );
  summary.taskManagers = (overview as { taskmanagers: number }).taskmanagers;

  ctx.step('jar: upload');
  const jar = await flink.jars.upload(ctx.jar, { filename: JAR_NAME });
  ctx.step('jar: list');
  const jars = await get('/jars');
  summary.jars = (jars.files as { id: string }[]).map((f) => f.id);

  ctx.step('job: run');
  const { jobid } = await flink.jars.run(jar.id, { parallelism: 1, args: JOB_ARGS });
  ctx.step('job: wait for RUNNING');
  await flink.jobs.waitForStatus(jobid, ['RUNNING'], wait);
  ctx.step('job: wait for every task RUNNING');
  const details = await until('/jobs/{jobid}', { path: { jobid } }, (d) =>
    ((d as { vertices: { status: string }[] }).vertices ?? []).every((v) => v.status === 'RUNNING'),
  );
  const vertices = (details as { vertices: { id: string; name: string }[] }).vertices;
  summary.job = { id: jobid, name: details.name, vertices: vertices.map((v) => v.name) };
  const vertexid = (vertices[0] as { id: string }).id;
  const job = { path: { jobid } };
  const vertex = { path: { jobid, vertexid } };

  ctx.step('job: read');
  await get('/jobs/overview');
  await get('/jobs');
  await get('/jobs/{jobid}/plan', job);
  await get('/jobs/{jobid}/config', job);
  await get('/jobs/{jobid}/accumulators', job);
  await get('/jobs/{jobid}/exceptions', job);
  await get('/jobs/{jobid}/vertices/{vertexid}', vertex);
  await get('/jobs/{jobid}/vertices/{vertexid}/subtasktimes', vertex);
  await get('/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}', {
    path: { jobid, vertexid, subtaskindex: 0 },
  });
  await get('/jobs/{jobid}/vertices/{vertexid}/taskmanagers', vertex);
  await get('/jobs/{jobid}/vertices/{vertexid}/watermarks', vertex);
  ctx.step('job: backpressure');
  await until('/jobs/{jobid}/vertices/{vertexid}/backpressure', vertex, (d) =>
    Array.isArray((d as { subtasks?: unknown[] }).subtasks),
  );
  ctx.step('job: metrics');
  await get('/jobs/{jobid}/metrics', job);
  await get('/jobs/metrics', { query: { get: ['numRestarts'], agg: ['min', 'max'] } });
  await get('/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics', {
    ...vertex,
    query: { get: ['numRecordsIn'], agg: ['min'], subtasks: ['0'] },
  });

  ctx.step('savepoint: trigger');
  const sp = await flink.savepoints.trigger(jobid, {
    targetDirectory: ctx.savepointTarget,
    formatType: 'CANONICAL',
  });
  ctx.step('savepoint: wait');
  const { location } = await sp.wait(wait);
  ctx.step('checkpoint: trigger');
  const cp = await flink.checkpoints.trigger(jobid, { checkpointType: 'FULL' });
  ctx.step('checkpoint: wait');
  const { checkpointId } = await cp.wait(wait);
  summary.savepoint = { location, checkpointId };
  ctx.step('checkpoint: read');
  await get('/jobs/{jobid}/checkpoints', job);
  await get('/jobs/{jobid}/checkpoints/config', job);
  await get('/jobs/{jobid}/checkpoints/details/{checkpointid}', {
    path: { jobid, checkpointid: checkpointId },
  });

  ctx.step('taskmanagers: read');
  const tms = await get('/taskmanagers');
  const taskmanagerid = (tms.taskmanagers as { id: string }[])[0]?.id as string;
  const tm = { path: { taskmanagerid } };
  await get('/taskmanagers/{taskmanagerid}', tm);
  await get('/taskmanagers/{taskmanagerid}/metrics', tm);
  await get('/taskmanagers/{taskmanagerid}/logs', tm);
  await get('/taskmanagers/{taskmanagerid}/thread-dump', tm);
  ctx.step('taskmanagers: metrics');
  await until(
    '/taskmanagers/{taskmanagerid}/metrics',
    { ...tm, query: { get: ['Status.JVM.CPU.Load'] } },
    (d) => Array.isArray(d) && d.length > 0,
  );
  await flink.metrics.taskManagers({
    names: ['Status.JVM.CPU.Load'],
    agg: ['min', 'max', 'avg', 'sum'],
  });
  summary.taskManager = taskmanagerid;

  ctx.step('jobmanager: read');
  await get('/jobmanager/config');
  await get('/jobmanager/environment');
  await get('/jobmanager/logs');
  await flink.metrics.jobManager();
  ctx.step('jobmanager: metrics');
  await until(
    '/jobmanager/metrics',
    { query: { get: ['Status.JVM.CPU.Load'] } },
    (d) => Array.isArray(d) && d.length > 0,
  );

  ctx.step('job: stop with savepoint');
  const stop = await flink.jobs.stopWithSavepoint(jobid, {
    targetDirectory: ctx.savepointTarget,
    drain: false,
  });
  ctx.step('job: wait for stop');
  const stopped = await stop.wait(wait);
  ctx.step('job: wait for FINISHED');
  const finalStatus = await flink.jobs.waitForStatus(jobid, ['FINISHED', 'CANCELED'], wait);
  ctx.step('job: execution result');
  await get('/jobs/{jobid}/execution-result', job);

  ctx.step('restore: run from the savepoint');
  const restored = await flink.jars.run(jar.id, {
    parallelism: 1,
    args: JOB_ARGS,
    savepointPath: stopped.location,
  });
  ctx.step('restore: wait for RUNNING');
  await flink.jobs.waitForStatus(restored.jobid, ['RUNNING'], wait);
  ctx.step('restore: checkpoints');
  const restoredFrom = await until(
    '/jobs/{jobid}/checkpoints',
    { path: { jobid: restored.jobid } },
    (d) => Boolean((d as { latest?: { restored?: unknown } }).latest?.restored),
  );
  summary.restore = {
    stoppedAs: finalStatus,
    stopLocation: stopped.location,
    jobId: restored.jobid,
    restoredFrom: (restoredFrom as { latest: { restored: { external_path: string } } }).latest
      .restored.external_path,
  };

  ctx.step('restore: cancel');
  await flink.jobs.cancel(restored.jobid);
  ctx.step('restore: wait for CANCELED');
  summary.cancelled = await flink.jobs.waitForStatus(restored.jobid, ['CANCELED'], wait);
  ctx.step('jobs: overview after cancel');
  await get('/jobs/overview');

  const disposed: Json[] = [];
  for (const path of [location, stopped.location]) {
    ctx.step('savepoint: dispose');
    const disposal = await flink.savepoints.dispose(path);
    ctx.step('savepoint: wait for disposal');
    disposed.push((await disposal.wait(wait)) as Json);
  }
  summary.disposed = disposed;

  const errors: Record<string, Json> = {};
  ctx.step('error: unknown job');
  errors.unknownJob = (
    await GET('/jobs/{jobid}', { params: { path: { jobid: UNKNOWN_JOB } } })
  ).response.status;
  ctx.step('error: malformed job id');
  errors.malformedJobId = (
    await GET('/jobs/{jobid}', { params: { path: { jobid: 'not-a-job-id' } } })
  ).response.status;
  ctx.step('error: unknown trigger id');
  errors.unknownTrigger = await resumeOperation(flink, {
    kind: 'savepoint',
    triggerId: UNKNOWN_TRIGGER,
    jobId: jobid,
    flinkVersion: ctx.flinkVersion,
  })
    .poll()
    .then(
      () => 'answered',
      (e) => errorName(e),
    );
  ctx.step('error: wrong method');
  // The client refuses a route its spec lacks before sending, so this one request goes to the
  // same recorded transport directly.
  const wrong = await ctx.fetch(
    new Request(`${ctx.baseUrl}/v1/jobs/overview`, { method: 'DELETE' }),
  );
  await wrong.text();
  errors.wrongMethod = wrong.status;
  ctx.step('error: savepoint of an unknown job');
  errors.savepointOfUnknownJob = await flink.savepoints
    .trigger(UNKNOWN_JOB, { targetDirectory: ctx.savepointTarget })
    .then((op) => op.wait(wait))
    .then(
      () => 'completed',
      (e) => errorName(e),
    );
  summary.errors = errors;
  return summary;
};

export const scenarios: Readonly<Record<string, Scenario>> = Object.freeze({
  lifecycle: lifecycleScenario,
});
