import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
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
  resumeUpgrade,
  type UpgradeState,
  WaitAbortedError,
} from '../src/index.js';
import { sampleGauges } from './sample-gauges.js';

// `jobs.upgrade` on ZooKeeper HA clusters with 2 JobManagers whose leader is SIGKILLed in the
// middle: 1.18 and 2.3 by default, others through FLINK_HA_LINES=1.19,2.0,… (as the other HA
// tests). One cluster per line.
const LINES = (process.env.FLINK_HA_LINES ?? '1.18,2.3')
  .split(',')
  .map((l) => resolveFlinkVersion(l).line);
// A checkpoint a second: what the new leader restores the old job from after losing its stop.
const ARGS = ['--keys', '2', '--checkpoint-interval-ms', '1000'];
const WAIT = { timeoutMs: 180_000, minDelayMs: 100, maxDelayMs: 1_000 };
const QUICK = {
  healthy: { runningForMs: 2_000, completedCheckpoints: 1 },
  timeoutMs: 180_000,
  maxDelayMs: 1_000,
};

type Flink = ReturnType<typeof createFlinkClient<'2.3'>>;

let jars: { v1: string; v2: string };
beforeAll(async () => {
  jars = { v1: await buildSampleJob(), v2: await buildSampleJob({ variant: 'v2' }) };
});

describe.each(LINES)('Flink %s, 2 JobManagers: jobs.upgrade across a failover', (line) => {
  let cluster: FlinkCluster;
  /** What the fetch wrapper does once, when the stop's answer arrives (see the first test). */
  let onStopAnswer: (() => Promise<void>) | undefined;
  let beforeStop: (() => void) | undefined;

  const fetchWithHooks: FetchLike = async (request) => {
    const isStop = request.method === 'POST' && /\/jobs\/[^/]+\/stop$/.test(request.url);
    if (isStop) beforeStop?.();
    const response = await fetch(request);
    if (isStop && response.status === 202 && onStopAnswer) {
      const hook = onStopAnswer;
      onStopAnswer = undefined;
      await hook();
    }
    return response;
  };

  /** A client whose first endpoint is the leader now, so uploads and the stop go to it. */
  async function clientLeaderFirst(): Promise<{ flink: Flink; leader: number }> {
    const leader = await cluster.leader();
    const urls = cluster.jobManagers.map((j) => j.url);
    const ordered = [urls[leader] as string, ...urls.filter((_, i) => i !== leader)];
    const flink = createFlinkClient({
      baseUrl: ordered,
      flinkVersion: line as '2.3',
      fetch: fetchWithHooks,
      // Retries must outlast an election (ZooKeeper session timeout 6 s on these clusters).
      retry: { retries: 12, minDelayMs: 200, maxDelayMs: 2_000 },
      requestTimeoutMs: 10_000,
    });
    return { flink, leader };
  }

  beforeAll(async () => {
    cluster = await startFlinkCluster({
      flinkVersion: line,
      highAvailability: { jobManagers: 2 },
      config: { 'web.refresh-interval': 100, 'metrics.fetcher.update-interval': 1000 },
    });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  /** Cancels what runs, starts v1 and returns its id once a checkpoint holds its counts. */
  async function runV1(flink: Flink) {
    const { data } = await flink.GET('/jobs');
    for (const job of data?.jobs ?? []) {
      if (job.status === 'RUNNING') {
        await flink.jobs.cancel(job.id as string);
        await flink.jobs.waitForStatus(job.id as string, ['CANCELED'], WAIT);
      }
    }
    const { id } = await flink.jars.upload(jars.v1);
    const { jobid } = await flink.jars.run(id, { parallelism: 1, args: ARGS });
    await flink.jobs.waitForStatus(jobid, ['RUNNING'], { ...WAIT, allTasksRunning: true });
    const before = await sampleGauges(flink, jobid);
    // A checkpoint after that reading: what a new leader restores is at least this far.
    const completed = async () =>
      (await flink.GET('/jobs/{jobid}/checkpoints', { params: { path: { jobid } } })).data?.counts
        ?.completed ?? 0;
    const seen = await completed();
    while ((await completed()) <= seen) await new Promise((r) => setTimeout(r, 250));
    return { jobId: jobid, jarId: id, maxCountBefore: before.maxCount };
  }

  /** Savepoints of `jobId` that Flink finished writing: a directory with `_metadata`. */
  async function savepointsOnDisk(jobId: string): Promise<string[]> {
    const prefix = `savepoint-${jobId.slice(0, 6)}-`;
    const names = (await readdir(cluster.savepointDir)).filter((n) => n.startsWith(prefix));
    return names
      .map((n) => path.join(cluster.savepointDir, n))
      .filter((dir) => existsSync(path.join(dir, '_metadata')));
  }
  const local = (location: string | undefined) =>
    location && fileURLToPath(location.replace(/^file:(?!\/\/)/, 'file://'));

  async function expectUpgraded(
    flink: Flink,
    oldJobId: string,
    maxCountBefore: number,
    result: { newJobId: string; savepoint: string | undefined },
  ) {
    const after = await sampleGauges(flink, result.newJobId);
    expect(after.version).toBe(2);
    // The keyed counts went on from where the old job's state was, not from zero.
    expect(after.maxCount).toBeGreaterThanOrEqual(maxCountBefore);
    // One finished savepoint of the old job, and it is the one the new job started from.
    expect(await savepointsOnDisk(oldJobId)).toEqual([local(result.savepoint)]);
  }

  it('leader killed right after it took the stop: the stop is sent again, the jar goes up again, the counts carry over', async () => {
    const { flink, leader } = await clientLeaderFirst();
    const old = await runV1(flink);
    // The TaskManagers are paused while the stop goes out, so the leader dies with its
    // savepoint unfinished, whatever the machine's speed; they go on once it is dead.
    const taskManagers = cluster.processes.filter((p) => p.role.startsWith('taskmanager-'));
    beforeStop = () => {
      beforeStop = undefined;
      for (const tm of taskManagers) process.kill(tm.pid, 'SIGSTOP');
    };
    onStopAnswer = async () => {
      try {
        await cluster.killJobManager(leader);
      } finally {
        for (const tm of taskManagers) process.kill(tm.pid, 'SIGCONT');
      }
    };
    const started = Date.now();
    try {
      const up = await flink.jobs.upgrade(old.jobId, {
        jar: jars.v2,
        previous: { jarId: old.jarId },
        ...QUICK,
      });
      const result = await up.wait();
      console.log(
        `HA ${line}: upgrade with the leader killed after the stop: ${Date.now() - started} ms, steps ${result.steps.map((s) => s.step).join(' → ')}`,
      );
      expect(up.state.lostStopTriggerIds).toHaveLength(1);
      expect(result.steps.map((s) => s.step)).toEqual([
        'resolve',
        'upload',
        'stop',
        'upload',
        'start',
        'healthy',
      ]);
      expect(await cluster.leader()).toBe(1 - leader);
      await expectUpgraded(flink, old.jobId, old.maxCountBefore, result);
    } finally {
      beforeStop = undefined;
      onStopAnswer = undefined;
      await cluster.restartJobManager(leader);
    }
  });

  it('leader killed between the upload and the stop: resumeUpgrade in a new client finishes it', async () => {
    const { flink, leader } = await clientLeaderFirst();
    const old = await runV1(flink);
    const controller = new AbortController();
    const up = await flink.jobs.upgrade(old.jobId, {
      jar: jars.v2,
      previous: { jarId: old.jarId },
      ...QUICK,
      signal: controller.signal,
      onProgress: (e) => {
        if (e.step === 'upload' && e.status === 'done') controller.abort(new Error('crash here'));
      },
    });
    await expect(up.wait()).rejects.toBeInstanceOf(WaitAbortedError);
    const saved = JSON.parse(JSON.stringify(up)) as UpgradeState;
    expect(saved.step).toBe('stop');
    try {
      await cluster.killJobManager(leader);
      // As a new process would: a new client, knowing nothing of where the jar went.
      const fresh = createFlinkClient({
        baseUrl: cluster.jobManagers.map((j) => j.url),
        flinkVersion: line as '2.3',
        retry: { retries: 12, minDelayMs: 200, maxDelayMs: 2_000 },
        requestTimeoutMs: 10_000,
      });
      const result = await resumeUpgrade(fresh, saved, QUICK).wait();
      expect(result.newJarId).not.toBe(saved.newJarId);
      expect(result.steps.map((s) => s.step)).toEqual([
        'resolve',
        'upload',
        'stop',
        'upload',
        'start',
        'healthy',
      ]);
      await expectUpgraded(fresh, old.jobId, old.maxCountBefore, result);
    } finally {
      await cluster.restartJobManager(leader);
    }
  });
});
