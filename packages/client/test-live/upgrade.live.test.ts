import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleJob, type FlinkCluster, startFlinkCluster } from '@flink-rest/local-cluster';
import { supportedVersions } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createFlinkClient,
  resumeUpgrade,
  UpgradeFailedError,
  type UpgradeResult,
  type UpgradeState,
} from '../src/index.js';
import { startProxy } from './faults-proxy.js';
import { upgradeJob } from './readme-upgrade.js';
import { sampleGauges } from './sample-gauges.js';

// FLINK_LINES=2.3,1.18 narrows a local run; CI sets nothing and runs every version.
const lines = process.env.FLINK_LINES?.split(',');
const versions = lines
  ? supportedVersions.filter((v) => lines.includes(v.line))
  : supportedVersions;

const ARGS = ['--keys', '2', '--checkpoint-interval-ms', '1000'];
const WAIT = { timeoutMs: 120_000, minDelayMs: 100, maxDelayMs: 1_000 };
/** Small health windows keep the matrix short: 2 s running and one checkpoint. */
const QUICK = {
  healthy: { runningForMs: 2_000, completedCheckpoints: 1 },
  timeoutMs: 120_000,
  maxDelayMs: 1_000,
};
const child = fileURLToPath(new URL('upgrade-child.ts', import.meta.url));

let jars: { v1: string; v2: string; broken: string };
beforeAll(async () => {
  jars = {
    v1: await buildSampleJob(),
    v2: await buildSampleJob({ variant: 'v2' }),
    broken: await buildSampleJob({ variant: 'broken' }),
  };
});

describe.each(versions)('Flink $version', ({ line }) => {
  let cluster: FlinkCluster;
  let flink: ReturnType<typeof client>;
  const client = (baseUrl: string, extra: object = {}) =>
    createFlinkClient({ baseUrl, flinkVersion: line as '2.3', ...extra });

  beforeAll(async () => {
    // Gauges reach the REST API through the metric fetcher: every second instead of 10.
    cluster = await startFlinkCluster({
      flinkVersion: line,
      config: {
        'metrics.fetcher.update-interval': 1000,
        // What last-state needs: the checkpoints of a cancelled job stay on disk.
        'execution.checkpointing.externalized-checkpoint-retention': 'RETAIN_ON_CANCELLATION',
      },
    });
    flink = client(cluster.url);
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  const gauges = (jobId: string) => sampleGauges(flink, jobId);

  async function history(jobId: string) {
    const { data } = await flink.GET('/jobs/{jobid}/checkpoints', {
      params: { path: { jobid: jobId } },
    });
    const body = data as {
      history?: { is_savepoint?: boolean }[];
      latest?: { restored?: { external_path?: string } | null };
    };
    return {
      savepoints: (body.history ?? []).filter((h) => h.is_savepoint).length,
      restoredFrom: body.latest?.restored?.external_path,
    };
  }
  const samePath = (a: string | undefined) => a?.replace(/^file:(\/\/)?/, '');

  const status = async (jobId: string) =>
    (await flink.GET('/jobs/{jobid}/status', { params: { path: { jobid: jobId } } })).data?.status;

  let v1JarId: string;
  let v2JarId: string;
  let running: { jobId: string; jarId: string };

  it('upgrades v1 to v2 with the keyed counts carried over', async () => {
    v1JarId = (await flink.jars.upload(jars.v1)).id;
    const { jobid } = await flink.jars.run(v1JarId, { parallelism: 1, args: ARGS });
    await flink.jobs.waitForStatus(jobid, ['RUNNING'], { ...WAIT, allTasksRunning: true });
    await new Promise((r) => setTimeout(r, 4_000));
    const before = await gauges(jobid);
    expect(before.version).toBe(1);

    // The README's example (readme-upgrade.ts) does this upgrade.
    const dir = await mkdtemp(path.join(tmpdir(), 'upgrade-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    let result: UpgradeResult | undefined;
    let printed: string[];
    try {
      result = await upgradeJob(cluster.url, jobid, jars.v2, v1JarId, path.join(dir, 'state'));
      const saved = JSON.parse(await readFile(path.join(dir, 'state'), 'utf8')) as UpgradeState;
      expect(saved.step).toBe('done');
    } finally {
      // Read before mockRestore, which clears the calls.
      printed = log.mock.calls.map(([line]) => String(line));
      log.mockRestore();
      await rm(dir, { recursive: true, force: true });
    }
    if (!result) throw new Error('the README example did not upgrade');
    expect(printed.map((line) => line.split(' ').slice(1, 3).join(' '))).toEqual(
      expect.arrayContaining([
        'resolve done',
        'upload done',
        'stop done',
        'start done',
        'healthy done',
      ]),
    );
    expect(result.steps.map((s) => s.step)).toEqual([
      'resolve',
      'upload',
      'stop',
      'start',
      'healthy',
    ]);
    expect(result.savepoint).toContain(cluster.savepointDir);
    expect(await status(jobid)).toBe('FINISHED');
    expect(await status(result.newJobId)).toBe('RUNNING');
    const after = await gauges(result.newJobId);
    expect(after.version).toBe(2);
    // Restored counts go on from the savepoint; a job started empty would begin at 1 again.
    expect(after.maxCount).toBeGreaterThan(before.maxCount);
    expect(samePath((await history(result.newJobId)).restoredFrom)).toBe(
      samePath(result.savepoint),
    );
    v2JarId = result.newJarId;
    running = { jobId: result.newJobId, jarId: v2JarId };
  });

  it('rolls a broken variant back: the previous jar runs again from the same savepoint', async () => {
    const before = await gauges(running.jobId);
    const up = await flink.jobs.upgrade(running.jobId, {
      jar: jars.broken,
      args: ARGS,
      previous: { jarId: running.jarId, args: ARGS },
      ...QUICK,
    });
    const error = await up.wait().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UpgradeFailedError);
    const failed = error as UpgradeFailedError;
    expect([failed.step, failed.rolledBack]).toEqual(['healthy', true]);
    expect(failed.message).toContain('broken sample job variant');
    expect(await status(failed.newJobId as string)).toBe('CANCELED');
    const rollbackJob = failed.rollbackJobId as string;
    expect(await status(rollbackJob)).toBe('RUNNING');
    expect(samePath((await history(rollbackJob)).restoredFrom)).toBe(samePath(failed.savepoint));
    const after = await gauges(rollbackJob);
    expect(after.version).toBe(2);
    expect(after.maxCount).toBeGreaterThan(before.maxCount);
    running = { jobId: rollbackJob, jarId: running.jarId };
  });

  it('resumes from the saved state after the process was killed between stop and start', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'upgrade-'));
    const stateFile = path.join(dir, 'state.json');
    try {
      const signal = await new Promise<NodeJS.Signals | null>((resolve, reject) => {
        const p = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            child,
            cluster.url,
            line,
            running.jobId,
            v1JarId,
            running.jarId,
            stateFile,
          ],
          { stdio: ['ignore', 'inherit', 'inherit'] },
        );
        p.on('error', reject);
        p.on('exit', (_code, sig) => resolve(sig));
      });
      expect(signal).toBe('SIGKILL');
      const saved = JSON.parse(await readFile(stateFile, 'utf8')) as UpgradeState;
      expect([saved.step, saved.newJobId]).toEqual(['start', undefined]);
      expect(await status(running.jobId)).toBe('FINISHED');

      const result = await resumeUpgrade(flink, saved, { maxDelayMs: 1_000 }).wait();
      expect(result.savepoint).toBe(saved.savepoint);
      expect(await status(result.newJobId)).toBe('RUNNING');
      expect((await gauges(result.newJobId)).version).toBe(1);
      expect((await history(running.jobId)).savepoints).toBe(1);
      running = { jobId: result.newJobId, jarId: v1JarId };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes exactly one savepoint when the answer to the stop is lost', async () => {
    const proxy = await startProxy({
      upstream: cluster.url,
      plan: ({ method, path: p, n }) =>
        method === 'POST' && p.endsWith('/stop') && n === 0 ? 'drop-answer' : 'pass',
    });
    try {
      // No transport retries: the upgrade itself must find the stop by its trigger id.
      const viaProxy = client(proxy.url, { retry: { retries: 0 } });
      const up = await viaProxy.jobs.upgrade(running.jobId, {
        jarId: v2JarId,
        args: ARGS,
        previous: { jarId: v1JarId, args: ARGS },
        ...QUICK,
      });
      const result = await up.wait();
      const stops = proxy.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/stop'));
      expect(stops.map((c) => c.act)).toEqual(['drop-answer']);
      expect((await history(running.jobId)).savepoints).toBe(1);
      expect(await status(result.newJobId)).toBe('RUNNING');
      running = { jobId: result.newJobId, jarId: v2JarId };
    } finally {
      await proxy.close();
    }
  });

  it('last-state: the new job starts from the latest checkpoint, no savepoint taken', async () => {
    const before = await gauges(running.jobId);
    // Checkpoints every second: the latest one is newer than the gauge just read.
    await new Promise((r) => setTimeout(r, 3_000));
    const up = await flink.jobs.upgrade(running.jobId, {
      jarId: v1JarId,
      args: ARGS,
      mode: 'last-state',
      previous: { jarId: v2JarId, args: ARGS },
      ...QUICK,
    });
    const result = await up.wait();
    expect(result.savepoint).toMatch(/\/chk-\d+$/);
    expect(await status(running.jobId)).toBe('CANCELED');
    expect((await history(running.jobId)).savepoints).toBe(0);
    expect(samePath((await history(result.newJobId)).restoredFrom)).toBe(
      samePath(result.savepoint),
    );
    const after = await gauges(result.newJobId);
    expect(after.version).toBe(1);
    expect(after.maxCount).toBeGreaterThan(before.maxCount);
    await flink.jobs.cancel(result.newJobId);
  });
});
