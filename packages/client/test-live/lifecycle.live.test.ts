import { existsSync } from 'node:fs';
import { buildSampleJob, type FlinkCluster, startFlinkCluster } from '@flink-rest/local-cluster';
import { newestVersion, oldestVersion, supportedVersions } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectFlink,
  createFlinkClient,
  FlinkApiError,
  type FlinkClientFor,
  type FlinkLine,
  OperationNotFoundError,
  type OperationState,
  resumeOperation,
  supportedFlinkVersions,
  UnsupportedEndpointError,
} from '../src/index.js';

/** One code path for every line: a client typed for what all supported lines share. */
type Fleet = FlinkClientFor<readonly FlinkLine[]>;
const FLEET = `${oldestVersion.line} - ${newestVersion.line}`;

let jar: string;
beforeAll(async () => {
  jar = await buildSampleJob();
});

const WAIT = { timeoutMs: 120_000, minDelayMs: 100, maxDelayMs: 1_000 };

/** How many savepoints and checkpoints Flink's history of the job counts. */
async function history(flink: Fleet, jobId: string) {
  const { data, error } = await flink.GET('/jobs/{jobid}/checkpoints', {
    params: { path: { jobid: jobId } },
  });
  expect(error).toBeUndefined();
  const counts = (data as { counts?: { completed?: number } }).counts;
  const list =
    (data as { history?: { is_savepoint?: boolean; checkpoint_type?: string }[] }).history ?? [];
  return {
    completed: counts?.completed ?? 0,
    savepoints: list.filter((h) => h.is_savepoint).length,
  };
}

// FLINK_LINES=2.3,1.18 narrows a local run; CI sets nothing and runs every version.
const lines = process.env.FLINK_LINES?.split(',');
const versions = lines
  ? supportedVersions.filter((v) => lines.includes(v.line))
  : supportedVersions;

describe.each(versions)('Flink $version', ({ line, version }) => {
  let cluster: FlinkCluster;
  beforeAll(async () => {
    cluster = await startFlinkCluster({ flinkVersion: line });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('connectFlink pins a client to the line the cluster runs', async () => {
    const flink = await connectFlink({ baseUrl: cluster.url, onUnknownVersion: 'error' });
    expect([flink.flinkVersion, flink.cluster.flinkVersion]).toEqual([line, version]);
  });

  it('runs the whole savepoint lifecycle through one fleet client', async () => {
    const flink: Fleet = createFlinkClient({
      baseUrl: cluster.url,
      flinkVersion: supportedFlinkVersions,
    });
    const info = await flink.connect();
    expect(info).toMatchObject({ flinkVersion: version, line, pinned: FLEET, matches: true });

    const uploaded = await flink.jars.upload(jar);
    expect(uploaded.id).toMatch(/_flink-rest-sample-job\.jar$/);
    const { jobid } = await flink.jars.run(uploaded.id, { parallelism: 1 });
    expect(
      await flink.jobs.waitForStatus(jobid, ['RUNNING'], { ...WAIT, allTasksRunning: true }),
    ).toBe('RUNNING');

    // Savepoint: trigger, serialize, resume in "another process", wait.
    const target = `file://${cluster.savepointDir}`;
    const sp = await flink.savepoints.trigger(jobid, {
      targetDirectory: target,
      formatType: 'CANONICAL',
    });
    expect(sp.triggerId).toMatch(/^[0-9a-f]{32}$/);
    const state: OperationState<'savepoint'> = JSON.parse(JSON.stringify(sp));
    const again = resumeOperation(flink, state);
    const progress: number[] = [];
    const { location } = await again.wait({ ...WAIT, onProgress: (e) => progress.push(e.polls) });
    expect(location).toContain(cluster.savepointDir);
    const onDisk = (l: string) => existsSync(l.replace(/^file:(\/\/)?/, ''));
    expect(onDisk(location)).toBe(true);
    expect((await sp.poll()).status).toBe('COMPLETED');

    // Re-sending a trigger with the same id gives the same operation, not a second savepoint.
    const repeat = await flink.savepoints.trigger(jobid, {
      targetDirectory: target,
      triggerId: sp.triggerId,
    });
    expect(repeat.triggerId).toBe(sp.triggerId);
    expect((await repeat.wait(WAIT)).location).toBe(location);
    expect((await history(flink, jobid)).savepoints).toBe(1);

    // Checkpoint (1.17+).
    const cp = await flink.checkpoints.trigger(jobid, { checkpointType: 'FULL' });
    const { checkpointId } = await cp.wait(WAIT);
    expect(checkpointId).toBeGreaterThan(0);
    // The trigger-and-wait shortcut.
    const next = await flink.checkpoints.create(jobid, { ...WAIT, checkpointType: 'FULL' });
    expect(next.checkpointId).toBeGreaterThan(checkpointId);

    // An unknown trigger id is a 404 that the client names.
    const unknown = resumeOperation(flink, {
      kind: 'savepoint',
      triggerId: 'f'.repeat(32),
      jobId: jobid,
      flinkVersion: line,
    });
    await expect(unknown.poll()).rejects.toBeInstanceOf(OperationNotFoundError);

    // Stop with savepoint, then restore a new job from it.
    const stop = await flink.jobs.stopWithSavepoint(jobid, {
      targetDirectory: target,
      drain: false,
    });
    const stopped = await stop.wait(WAIT);
    expect(stopped.location).not.toBe(location);
    expect(await flink.jobs.waitForStatus(jobid, ['FINISHED', 'CANCELED'], WAIT)).toBe('FINISHED');

    const restored = await flink.jars.run(uploaded.id, {
      savepointPath: stopped.location,
      parallelism: 1,
    });
    expect(restored.jobid).not.toBe(jobid);
    await flink.jobs.waitForStatus(restored.jobid, ['RUNNING'], WAIT);
    const { data: restoreInfo } = await flink.GET('/jobs/{jobid}/checkpoints', {
      params: { path: { jobid: restored.jobid } },
    });
    expect(JSON.stringify(restoreInfo)).toContain(stopped.location.replace(/^file:/, ''));

    // Cancel.
    await flink.jobs.cancel(restored.jobid);
    expect(await flink.jobs.waitForStatus(restored.jobid, ['CANCELED'], WAIT)).toBe('CANCELED');

    // Dispose both savepoints: async operations too.
    for (const path of [location, stopped.location]) {
      const disposal = await flink.savepoints.dispose(path);
      expect(await disposal.wait(WAIT)).toEqual({});
      expect(onDisk(path)).toBe(false);
    }

    // The legacy rescaling endpoint answers 503 in every version (FLINK-12312).
    const legacy = await flink.PATCH('/jobs/{jobid}/rescaling', {
      params: { path: { jobid: restored.jobid }, query: { parallelism: 2 } },
    });
    expect(legacy.response.status).toBe(503);

    // Errors: a helper throws FlinkApiError with Flink's message; the raw call returns it.
    const raw = await flink.GET('/jobs/{jobid}', { params: { path: { jobid: '0'.repeat(32) } } });
    expect(raw.response.status).toBe(404);
    await expect(flink.jobs.cancel('0'.repeat(32))).rejects.toBeInstanceOf(FlinkApiError);
  });

  it('refuses an endpoint the pinned version lacks before sending anything', async () => {
    const flink = createFlinkClient({ baseUrl: cluster.url, flinkVersion: line as '2.3' });
    const call = (flink.GET as unknown as (path: string, init: object) => Promise<unknown>)(
      '/not/an/endpoint',
      {},
    );
    await expect(call).rejects.toBeInstanceOf(UnsupportedEndpointError);
  });
});
