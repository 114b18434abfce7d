import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSampleJob,
  type FlinkCluster,
  resolveFlinkVersion,
  startFlinkCluster,
} from '@flink-rest/local-cluster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFlinkClient,
  type FetchLike,
  OperationLostError,
  type OperationState,
  resumeOperation,
  type SavepointResult,
} from '../src/index.js';

// ZooKeeper HA clusters with 2 JobManagers: 1.18 and 2.3 by default, others through
// FLINK_HA_LINES=1.19,2.0,… One cluster per line; each failover kills the JobManager that leads.
const LINES = (process.env.FLINK_HA_LINES ?? '1.18,2.3')
  .split(',')
  .map((l) => resolveFlinkVersion(l).line);
const WAIT = { timeoutMs: 180_000, minDelayMs: 100, maxDelayMs: 1_000 };
const JOB_ARGS = ['--checkpoint-interval-ms', '3600000'];

type Flink = ReturnType<typeof createFlinkClient<'2.3'>>;

let jar: string;
beforeAll(async () => {
  jar = await buildSampleJob();
});

/** Savepoints in the job's history on the leader now, as `[trigger_timestamp, path]`. */
async function savepointsInHistory(flink: Flink, jobId: string) {
  const { data, error } = await flink.GET('/jobs/{jobid}/checkpoints', {
    params: { path: { jobid: jobId } },
  });
  expect(error).toBeUndefined();
  type History = {
    history?: {
      is_savepoint?: boolean;
      status?: string;
      trigger_timestamp?: number;
      external_path?: string;
    }[];
  };
  return ((data as History).history ?? []).filter((h) => h.is_savepoint);
}

/** A location the client reports as a completed savepoint must exist on disk. */
function exists(result: SavepointResult): boolean {
  return existsSync(fileURLToPath(result.location.replace(/^file:(?!\/\/)/, 'file://')));
}

describe.each(LINES)('Flink %s, 2 JobManagers with ZooKeeper HA', (line) => {
  let cluster: FlinkCluster;
  let flink: Flink;
  let jobId: string;

  beforeAll(async () => {
    cluster = await startFlinkCluster({
      flinkVersion: line,
      highAvailability: { jobManagers: 2 },
      config: { 'web.refresh-interval': 100 },
    });
    flink = createFlinkClient({
      baseUrl: cluster.jobManagers.map((j) => j.url),
      flinkVersion: line as '2.3',
      // Retries must outlast an election (ZooKeeper session timeout 6 s on these clusters).
      retry: { retries: 12, minDelayMs: 200, maxDelayMs: 2_000 },
      // A request a standby takes just after the kill can hang (seen: until the 30 s default).
      requestTimeoutMs: 10_000,
    });
    const { id } = await flink.jars.upload(jar);
    ({ jobid: jobId } = await flink.jars.run(id, { parallelism: 1, args: JOB_ARGS }));
    await flink.jobs.waitForStatus(jobId, ['RUNNING'], { ...WAIT, allTasksRunning: true });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  /** Kills the leader; after `during`, brings it back as a standby. Returns its index. */
  async function failover<T>(
    during: (killed: number) => Promise<T>,
    jobRunsAfter = true,
  ): Promise<T> {
    const leader = await cluster.leader();
    await cluster.killJobManager(leader);
    try {
      return await during(leader);
    } finally {
      await cluster.restartJobManager(leader);
      if (jobRunsAfter) {
        await flink.jobs.waitForStatus(jobId, ['RUNNING'], { ...WAIT, allTasksRunning: true });
      }
    }
  }

  it('leader killed while idle: the next calls succeed through the standby', async () => {
    const started = Date.now();
    await failover(async (killed) => {
      const { data, error } = await flink.GET('/jobs/overview');
      expect(error).toBeUndefined();
      expect(data?.jobs?.map((j) => j.jid)).toContain(jobId);
      const ms = Date.now() - started;
      console.log(`HA ${line}: first answer through the standby ${ms} ms after the kill`);
      expect(await cluster.leader()).toBe(1 - killed);
    });
    // The killed one is back as standby: still fine, through whichever endpoint.
    const { error } = await flink.GET('/overview');
    expect(error).toBeUndefined();
  });

  it('leader killed during a savepoint: its result, recovered from the history, or OperationLostError', async () => {
    const before = (await savepointsInHistory(flink, jobId)).length;
    const op = await flink.savepoints.trigger(jobId);
    const outcome = await failover(async () => op.wait(WAIT).catch((e: unknown) => e));
    if (outcome instanceof OperationLostError) {
      expect(outcome.endpoint).toBeDefined();
      // No savepoint of the trigger is in the new leader's history, and the client took no other.
      const after = await savepointsInHistory(flink, jobId);
      expect(after.filter((h) => (h.trigger_timestamp ?? 0) >= (op.triggeredAt ?? 0))).toEqual([]);
    } else {
      expect(outcome, String(outcome)).toHaveProperty('location');
      expect(exists(outcome as SavepointResult)).toBe(true);
      if ((outcome as SavepointResult).recovered) {
        const after = await savepointsInHistory(flink, jobId);
        expect(after.map((h) => h.external_path)).toContain((outcome as SavepointResult).location);
      }
    }
    console.log(
      `HA ${line}: savepoint across a failover → ${outcome instanceof Error ? outcome.name : 'completed'} (history had ${before})`,
    );
  });

  it('leader killed while a savepoint is being polled', async () => {
    const op = await flink.savepoints.trigger(jobId);
    await op.poll();
    const outcome = await failover(async () => op.wait(WAIT).catch((e: unknown) => e));
    if (outcome instanceof Error) {
      expect(outcome).toBeInstanceOf(OperationLostError);
    } else {
      expect(exists(outcome as SavepointResult)).toBe(true);
    }
  });

  it('leader killed during a savepoint, resumed in a new client that saw no failover: OperationLostError, not an expiry', async () => {
    const leader = await cluster.leader();
    const urls = cluster.jobManagers.map((j) => j.url);
    const before = await flink.GET('/jobs/{jobid}', { params: { path: { jobid: jobId } } });
    // The TaskManagers are paused while the trigger goes out, so the leader dies with the
    // savepoint unfinished whatever the machine's speed; they go on once it is dead.
    const taskManagers = cluster.processes.filter((p) => p.role.startsWith('taskmanager-'));
    for (const tm of taskManagers) process.kill(tm.pid, 'SIGSTOP');
    let saved: OperationState;
    const started = Date.now();
    try {
      saved = JSON.parse(JSON.stringify(await flink.savepoints.trigger(jobId)));
      await cluster.killJobManager(leader);
    } finally {
      for (const tm of taskManagers) process.kill(tm.pid, 'SIGCONT');
    }
    await cluster.restartJobManager(leader);
    // As a new process would: a client whose first endpoint leads, so it meets no dead endpoint
    // and no leader-loss answer before it judges the 404 (every exchange is recorded).
    const exchanges: string[] = [];
    const recording: FetchLike = async (request) => {
      const path = new URL(request.url).pathname;
      try {
        const response = await fetch(request);
        exchanges.push(`${response.status} ${request.method} ${path}`);
        return response;
      } catch (error) {
        exchanges.push(`no answer ${request.method} ${path}`);
        throw error;
      }
    };
    const fresh = createFlinkClient({
      baseUrl: [urls[1 - leader] as string, urls[leader] as string],
      flinkVersion: line as '2.3',
      fetch: recording,
      retry: { retries: 12, minDelayMs: 200, maxDelayMs: 2_000 },
      requestTimeoutMs: 10_000,
    });
    const outcome = await resumeOperation(fresh, saved)
      .wait(WAIT)
      .catch((e: unknown) => e);
    const ms = Date.now() - started;
    const after = await fresh.GET('/jobs/{jobid}', { params: { path: { jobid: jobId } } });
    const times = (d: typeof after.data) => `start-time ${d?.['start-time']} (now ${d?.now})`;
    console.log(
      `HA ${line}: savepoint resumed after its leader died → ${outcome instanceof Error ? outcome.name : 'completed'} ${ms} ms after the trigger at ${saved.triggeredAt}; job before: ${times(before.data)}, on the new leader: ${times(after.data)}; ${exchanges.join(', ')}`,
    );
    expect(outcome, String(outcome)).toBeInstanceOf(OperationLostError);
    // The 404, then the job's details that tell a loss; what follows reads the history (it may
    // answer 500 while the job is being restored).
    expect(exchanges.slice(0, 2)).toEqual([
      `404 GET /v1/jobs/${jobId}/savepoints/${saved.triggerId}`,
      `200 GET /v1/jobs/${jobId}`,
    ]);
    const history = await savepointsInHistory(fresh, jobId);
    expect(history.filter((h) => (h.trigger_timestamp ?? 0) >= (saved.triggeredAt ?? 0))).toEqual(
      [],
    );
    await fresh.jobs.waitForStatus(jobId, ['RUNNING'], { ...WAIT, allTasksRunning: true });
  });

  it('leader killed during a stop-with-savepoint: the job runs again and the error says so', async () => {
    const op = await flink.jobs.stopWithSavepoint(jobId);
    const outcome = await failover(async () => op.wait(WAIT).catch((e: unknown) => e), false);
    if (outcome instanceof OperationLostError) {
      expect(outcome.jobStillRunning).toBe(true);
      const { data } = await flink.GET('/jobs/{jobid}/status', {
        params: { path: { jobid: jobId } },
      });
      expect(data?.status).toBe('RUNNING');
    } else {
      // The stop completed before the kill: the savepoint exists, the job is done.
      expect(outcome, String(outcome)).toHaveProperty('location');
      expect(exists(outcome as SavepointResult)).toBe(true);
    }
    console.log(
      `HA ${line}: stop-with-savepoint across a failover → ${outcome instanceof Error ? outcome.name : 'completed'}`,
    );
  });
});
