import { supportedVersions } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleJob, type FlinkCluster, startFlinkCluster } from '../src/index.js';
import { isRunning } from '../src/processes.js';
import { ourJvms } from './our-jvms.js';
import { submitJar, waitForJob } from './submit-job.js';

let jar: string;
beforeAll(async () => {
  jar = await buildSampleJob();
});

afterAll(() => {
  expect(ourJvms()).toEqual([]);
});

async function overview(cluster: FlinkCluster) {
  const response = await fetch(`${cluster.url}/v1/overview`);
  expect(response.status).toBe(200);
  return (await response.json()) as {
    taskmanagers: number;
    'slots-total': number;
    'flink-version': string;
  };
}

describe.each(supportedVersions)('Flink $version', ({ line, version }) => {
  it('starts, runs the sample job to RUNNING, and stops leaving no process', async () => {
    const cluster = await startFlinkCluster({ flinkVersion: line });
    try {
      expect(cluster.flinkVersion).toBe(version);
      expect(cluster.processes.map((p) => p.role)).toEqual(['jobmanager', 'taskmanager-1']);
      const o = await overview(cluster);
      expect(o['flink-version']).toBe(version);
      expect(o.taskmanagers).toBe(1);
      expect(o['slots-total']).toBe(2);
      const jobId = await submitJar(cluster.url, jar);
      expect(jobId).toMatch(/^[0-9a-f]{32}$/);
      await waitForJob(cluster.url, jobId, 'RUNNING');
    } finally {
      await cluster.stop();
    }
    for (const p of cluster.processes) expect(isRunning(p.pid), `${p.role} ${p.pid}`).toBe(false);
  });
});

describe('cluster shapes', () => {
  it('runs several TaskManagers, and the bounded sample job finishes', async () => {
    const cluster = await startFlinkCluster({
      flinkVersion: '2.3',
      taskManagers: 2,
      slotsPerTaskManager: 1,
    });
    try {
      const o = await overview(cluster);
      expect(o.taskmanagers).toBe(2);
      expect(o['slots-total']).toBe(2);
      const jobId = await submitJar(cluster.url, jar, {
        args: ['--bounded', '20000'],
        parallelism: 2,
      });
      await waitForJob(cluster.url, jobId, 'FINISHED');
    } finally {
      await cluster.stop();
    }
    expect(cluster.processes.filter((p) => isRunning(p.pid))).toEqual([]);
  });

  it('runs two versions side by side on different ports', async () => {
    const oldest = supportedVersions[0]?.line as string;
    const started = await Promise.allSettled([
      startFlinkCluster({ flinkVersion: oldest }),
      startFlinkCluster({ flinkVersion: '2.3' }),
    ]);
    const clusters = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      expect(started.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
      const [a, b] = clusters as [FlinkCluster, FlinkCluster];
      expect(a.url).not.toBe(b.url);
      expect((await overview(a))['flink-version']).toBe(supportedVersions[0]?.version);
      expect((await overview(b))['flink-version']).toBe('2.3.0');
    } finally {
      await Promise.all(clusters.map((c) => c.stop()));
    }
  });
});
