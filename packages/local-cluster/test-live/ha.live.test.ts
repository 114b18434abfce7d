import { afterAll, describe, expect, it } from 'vitest';
import { startFlinkCluster } from '../src/index.js';
import { isRunning } from '../src/processes.js';
import { resolveFlinkVersion } from '../src/versions.js';
import { ourJvms } from './our-jvms.js';

// HA clusters are 4 JVMs each: two lines by default, others through FLINK_HA_LINES=1.19,2.0,…
const LINES = (process.env.FLINK_HA_LINES ?? '1.18,2.3')
  .split(',')
  .map((l) => resolveFlinkVersion(l).line);

/** Every pid these tests' clusters started (other clusters may run on the same machine). */
const started = new Set<number>();
afterAll(() => {
  expect(ourJvms().filter((pid) => started.has(pid))).toEqual([]);
});

async function overview(url: string) {
  const response = await fetch(`${url}/v1/overview`);
  return { status: response.status, body: (await response.json()) as { taskmanagers: number } };
}

describe.each(LINES)('Flink %s with ZooKeeper HA', (line) => {
  it('elects a leader, fails over when it is killed, takes it back as standby, and stops every JVM', async () => {
    const cluster = await startFlinkCluster({
      flinkVersion: line,
      highAvailability: { jobManagers: 2 },
    });
    for (const p of cluster.processes) started.add(p.pid);
    try {
      expect(cluster.processes.map((p) => p.role)).toEqual([
        'zookeeper',
        'jobmanager-0',
        'jobmanager-1',
        'taskmanager-1',
      ]);
      expect(cluster.jobManagers).toHaveLength(2);
      expect(cluster.url).toBe(cluster.jobManagers[0]?.url);
      expect(new Set(cluster.jobManagers.map((j) => j.url)).size).toBe(2);
      const first = await cluster.leader();
      expect([0, 1]).toContain(first);
      // Both endpoints answer for the cluster: the standby's REST endpoint asks the leader.
      for (const jm of cluster.jobManagers) {
        expect(await overview(jm.url)).toMatchObject({ status: 200, body: { taskmanagers: 1 } });
      }

      const killed = cluster.jobManagers[first]?.pid as number;
      await cluster.killJobManager(first);
      expect(isRunning(killed)).toBe(false);
      const second = await cluster.leader({ timeoutMs: 120_000 });
      expect(second).toBe(1 - first);

      await cluster.restartJobManager(first);
      for (const p of cluster.processes) started.add(p.pid);
      expect(cluster.jobManagers[first]?.pid).not.toBe(killed);
      expect(await cluster.leader()).toBe(second);
      expect(await overview(cluster.jobManagers[first]?.url as string)).toMatchObject({
        status: 200,
        body: { taskmanagers: 1 },
      });
    } finally {
      await cluster.stop();
    }
    for (const pid of started) {
      expect(isRunning(pid), `pid ${pid}`).toBe(false);
    }
  });
});
