import {
  buildSampleJob,
  type FlinkCluster,
  resolveFlinkVersion,
  startFlinkCluster,
} from '@flink-rest/local-cluster';
import { newestVersion } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFlinkClient,
  FlinkConnectionError,
  OperationFailedError,
  OperationNotFoundError,
  OperationTimeoutError,
} from '../src/index.js';
import { startProxy } from './faults-proxy.js';

// Faults exercise the client's logic, which is the same for every line: they run against the
// newest line only (FLINK_FAULT_LINE=1.18 picks another one for a local run).
const { line } = resolveFlinkVersion(process.env.FLINK_FAULT_LINE ?? newestVersion.line);
const WAIT = { timeoutMs: 120_000, minDelayMs: 100, maxDelayMs: 1_000 };
/** No periodic checkpoint within a test: every entry of the history is one we triggered. */
const JOB_ARGS = ['--checkpoint-interval-ms', '3600000'];

type Flink = ReturnType<typeof createFlinkClient<'2.3'>>;
const client = (baseUrl: string) =>
  createFlinkClient({
    baseUrl,
    flinkVersion: line as '2.3',
    retry: { retries: 3, minDelayMs: 100, maxDelayMs: 500 },
  });

/**
 * Flink's own count of checkpoints and savepoints of the job (the oracle). The clusters set
 * `web.refresh-interval` to 100 ms: the REST handler caches these statistics that long
 * (3 s by default, long enough to read a stale count right after an operation).
 */
async function history(flink: Flink, jobId: string) {
  type Checkpoints = {
    counts: { total: number; completed: number; failed: number; in_progress: number };
    history?: { id: number; is_savepoint?: boolean; status?: string; checkpoint_type?: string }[];
  };
  // The REST handlers answer from a cached execution graph: what just completed shows after
  // a moment. And a snapshot with nothing in flight: a checkpoint still running (on a loaded
  // machine, one the job took before the test) would complete between two snapshots and
  // count as the test's.
  await new Promise((r) => setTimeout(r, 500));
  const deadline = Date.now() + 60_000;
  let d: Checkpoints;
  for (;;) {
    const { data, error } = await flink.GET('/jobs/{jobid}/checkpoints', {
      params: { path: { jobid: jobId } },
    });
    expect(error).toBeUndefined();
    d = data as Checkpoints;
    if (d.counts.in_progress === 0 || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(
    `history of ${jobId}: ${JSON.stringify(d.counts)} ${JSON.stringify((d.history ?? []).map((h) => [h.id, h.is_savepoint, h.status, h.checkpoint_type]))}`,
  );
  return {
    total: d.counts.total,
    completed: d.counts.completed,
    failed: d.counts.failed,
    savepoints: (d.history ?? []).filter((h) => h.is_savepoint).length,
  };
}

type Counts = Awaited<ReturnType<typeof history>>;
const delta = (a: Counts, b: Counts) => ({
  total: b.total - a.total,
  completed: b.completed - a.completed,
  failed: b.failed - a.failed,
  savepoints: b.savepoints - a.savepoints,
});

async function runJob(flink: Flink, jar: string, parallelism: number) {
  const { id } = await flink.jars.upload(jar);
  const { jobid } = await flink.jars.run(id, { parallelism, args: JOB_ARGS });
  await flink.jobs.waitForStatus(jobid, ['RUNNING'], { ...WAIT, allTasksRunning: true });
  // Seen in every run: the job's first periodic checkpoint fails while its tasks start, and
  // Flink takes another one soon after. Counting starts once that one is done (or 30 s on):
  // on a loaded machine it otherwise completes during a test and counts as the test's.
  const settled = Date.now() + 30_000;
  for (;;) {
    const { data } = await flink.GET('/jobs/{jobid}/checkpoints', {
      params: { path: { jobid } },
    });
    const counts = (data as { counts?: { completed?: number; in_progress?: number } }).counts;
    if (((counts?.completed ?? 0) >= 1 && counts?.in_progress === 0) || Date.now() > settled) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return jobid;
}

let jar: string;
beforeAll(async () => {
  jar = await buildSampleJob();
});

describe(`Flink ${line}: lost, cut and replaced answers, and a TaskManager killed`, () => {
  let cluster: FlinkCluster;
  let flink: Flink;
  let jobId: string;
  beforeAll(async () => {
    cluster = await startFlinkCluster({
      flinkVersion: line,
      taskManagers: 2,
      slotsPerTaskManager: 1,
      config: { 'web.refresh-interval': 100 },
    });
    flink = client(cluster.url);
    jobId = await runJob(flink, jar, 2);
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('takes one savepoint and one checkpoint per trigger call through lost answers, 503s, resets and cut bodies', async () => {
    const proxy = await startProxy({
      upstream: cluster.url,
      plan: ({ method, path, n }) => {
        if (method === 'POST' && path.endsWith('/savepoints'))
          return n === 0 ? 'drop-answer' : 'pass';
        if (method === 'POST' && path.endsWith('/checkpoints')) {
          return n === 0
            ? 'drop-answer'
            : n === 1
              ? { status: 503, body: { errors: ['busy'] } }
              : 'pass';
        }
        if (method === 'GET' && /\/(savepoints|checkpoints)\/[0-9a-f]{32}$/.test(path)) {
          const script = [
            { status: 503, body: { errors: ['busy'] } },
            'reset',
            'truncate',
          ] as const;
          return script[n] ?? 'pass';
        }
        return 'pass';
      },
    });
    const before = await history(flink, jobId);
    try {
      const viaProxy = client(proxy.url);
      const sp = await viaProxy.savepoints.trigger(jobId, {
        targetDirectory: `file://${cluster.savepointDir}`,
      });
      const { location } = await sp.wait(WAIT);
      expect(location).toContain(cluster.savepointDir);
      const cp = await viaProxy.checkpoints.trigger(jobId, { checkpointType: 'FULL' });
      expect((await cp.wait(WAIT)).checkpointId).toBeGreaterThan(0);

      const posts = proxy.calls.filter((c) => c.method === 'POST');
      expect(posts.map((c) => c.act)).toEqual([
        'drop-answer',
        'pass',
        'drop-answer',
        { status: 503, body: { errors: ['busy'] } },
        'pass',
      ]);
      const after = await history(flink, jobId);
      expect(delta(before, after)).toEqual({ total: 2, completed: 2, failed: 0, savepoints: 1 });
    } finally {
      await proxy.close();
    }
  });

  it('gives up with FlinkConnectionError when every answer is lost, and the same id finds the one savepoint', async () => {
    const proxy = await startProxy({
      upstream: cluster.url,
      plan: ({ method }) => (method === 'POST' ? 'drop-answer' : 'pass'),
    });
    const triggerId = 'a'.repeat(32);
    const before = await history(flink, jobId);
    try {
      const error = await client(proxy.url)
        .savepoints.trigger(jobId, { triggerId })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FlinkConnectionError);
      expect(proxy.calls.filter((c) => c.method === 'POST')).toHaveLength(4);
    } finally {
      await proxy.close();
    }
    // Four POSTs reached Flink with one trigger id: one savepoint, found again by that id.
    const again = await flink.savepoints.trigger(jobId, { triggerId });
    expect(again.triggerId).toBe(triggerId);
    await again.wait(WAIT);
    expect(delta(before, await history(flink, jobId))).toEqual({
      total: 1,
      completed: 1,
      failed: 0,
      savepoints: 1,
    });
  });

  it('ends a savepoint during which a TaskManager is killed with its result or OperationFailedError, once', async () => {
    const before = await history(flink, jobId);
    const sp = await flink.savepoints.trigger(jobId);
    await cluster.kill('taskmanager-2');
    const outcome = await sp.wait(WAIT).then(
      (value) => ({ kind: 'completed', value }),
      (error: unknown) => ({ kind: 'error', error }),
    );
    console.log(
      `TaskManager killed during a savepoint: ${outcome.kind === 'completed' ? 'it completed' : (outcome as { error: Error }).error.message}`,
    );
    if (outcome.kind === 'error') {
      expect((outcome as { error: unknown }).error).toBeInstanceOf(OperationFailedError);
    }
    const d = delta(before, await history(flink, jobId));
    console.log(`  its trace in the job's history: ${JSON.stringify(d)}`);
    expect(d).toEqual(
      outcome.kind === 'completed'
        ? { total: 1, completed: 1, failed: 0, savepoints: 1 }
        : { total: 1, completed: 0, failed: 1, savepoints: 1 },
    );
  });
});

describe(`Flink ${line}: expired results and a JobManager restarted during a poll`, () => {
  let cluster: FlinkCluster;
  let flink: Flink;
  let jobId: string;
  beforeAll(async () => {
    cluster = await startFlinkCluster({
      flinkVersion: line,
      config: {
        'rest.async.store-duration': '1 s',
        'web.refresh-interval': 100,
        // TaskManagers notice the lost JobManager and register with the new one sooner.
        'heartbeat.interval': 1000,
        'heartbeat.timeout': 5000,
      },
    });
    flink = client(cluster.url);
    jobId = await runJob(flink, jar, 1);
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('names an expired result (404) OperationNotFoundError; the same id afterwards is a new savepoint', async () => {
    const before = await history(flink, jobId);
    const sp = await flink.savepoints.trigger(jobId);
    await sp.wait(WAIT);
    await new Promise((r) => setTimeout(r, 3_000)); // rest.async.store-duration is 1 s
    await expect(sp.poll()).rejects.toBeInstanceOf(OperationNotFoundError);
    await expect(sp.wait(WAIT)).rejects.toThrow(/expired/);
    expect(delta(before, await history(flink, jobId)).savepoints).toBe(1);
    // Flink's cache forgot the id: re-sending it now takes a second savepoint. The client only
    // re-sends within one trigger call (seconds), never after the result was seen.
    const resent = await flink.savepoints.trigger(jobId, { triggerId: sp.triggerId });
    await resent.wait(WAIT);
    expect(delta(before, await history(flink, jobId)).savepoints).toBe(2);
  });

  it('times out while the JobManager is down, then reports OperationNotFoundError once a new one answers', async () => {
    const sp = await flink.savepoints.trigger(jobId);
    await cluster.kill('jobmanager');
    const down = await sp
      .wait({ timeoutMs: 3_000, minDelayMs: 100, maxDelayMs: 500 })
      .catch((e: unknown) => e);
    expect(down).toBeInstanceOf(OperationTimeoutError);
    expect((down as Error).cause).toBeInstanceOf(FlinkConnectionError);

    const waiting = sp.wait({ timeoutMs: 180_000, minDelayMs: 100, maxDelayMs: 1_000 });
    const settled = waiting.then(
      () => 'resolved',
      (e: unknown) => e,
    );
    await cluster.restartJobManager();
    const error = await settled;
    expect(error).toBeInstanceOf(OperationNotFoundError);
    console.log(`after the JobManager restart: ${(error as Error).message}`);
    // No HA: the new JobManager has no job and no trigger.
    const { data } = await flink.GET('/jobs/overview');
    expect((data as { jobs: unknown[] }).jobs).toEqual([]);
  });
});
