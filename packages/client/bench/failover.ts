/**
 * Failover time seen by the client on a real 2-JobManager ZooKeeper HA cluster (1.18 and 2.3;
 * `BENCH_HA_LINES` picks others): from the leader's SIGKILL to the first answer of a client
 * given both JobManagers' URLs (`GET /overview`). The baseline, measured after the same kill,
 * is the standby itself polled with plain `fetch` every 100 ms until it answers 200: the ratio
 * is what the client's retries and backoff add to Flink's own election.
 */
import { performance } from 'node:perf_hooks';
import { resolveFlinkVersion, startFlinkCluster } from '@flink-rest/local-cluster';
import { createFlinkClient } from '../src/index.js';
import { median, type Row, writeSection } from './results.js';

const LINES = (process.env.BENCH_HA_LINES ?? '1.18,2.3')
  .split(',')
  .map((l) => resolveFlinkVersion(l).line);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

async function standbyAnswers(url: string, t0: number): Promise<number> {
  for (;;) {
    try {
      const r = await fetch(`${url}/v1/overview`, { signal: AbortSignal.timeout(2_000) });
      await r.arrayBuffer();
      if (r.status === 200) return performance.now() - t0;
    } catch {
      // No answer yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const rows: Row[] = [];
for (const line of LINES) {
  const cluster = await startFlinkCluster({
    flinkVersion: line,
    highAvailability: { jobManagers: 2 },
  });
  try {
    const flink = createFlinkClient({
      baseUrl: cluster.jobManagers.map((j) => j.url),
      flinkVersion: line as '2.3',
      retry: { retries: 12, minDelayMs: 200, maxDelayMs: 2_000 },
      // A request a standby takes just after the kill can hang (seen: until the 30 s default).
      requestTimeoutMs: 10_000,
    });
    const client: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const leader = await cluster.leader();
      const standby = cluster.jobManagers[1 - leader]?.url as string;
      await flink.GET('/overview'); // the client believes in the current leader
      await cluster.killJobManager(leader);
      const t0 = performance.now();
      const [c, r] = await Promise.all([
        flink.GET('/overview').then((res) => {
          if (res.error !== undefined) throw new Error(`HTTP ${res.response.status}`);
          return performance.now() - t0;
        }),
        standbyAnswers(standby, t0),
      ]);
      client.push(c);
      raw.push(r);
      await cluster.restartJobManager(leader);
    }
    const c = median(client) / 1000;
    const r = median(raw) / 1000;
    rows.push(
      {
        name: `Flink ${line}: client's first answer after the leader's SIGKILL`,
        value: c,
        unit: 's',
        note: `median of ${ROUNDS}`,
      },
      {
        name: `Flink ${line}: standby's own first 200 (baseline)`,
        value: r,
        unit: 's',
        note: 'ZooKeeper session timeout 6 s',
      },
      { name: `Flink ${line}: client / baseline`, value: c / r, unit: 'x' },
    );
  } finally {
    await cluster.stop();
  }
}
await writeSection('failover.json', 'client: failover time on a 2-JobManager HA cluster', rows);
