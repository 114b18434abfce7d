/**
 * `npm run bench`: `flink-drift probe` against each line's mock JobManager (the recorded probe of
 * a real cluster) next to a baseline measured in the same run — the same GETs sent one after
 * another with plain `fetch`, nothing validated — and, unless BENCH_LIVE=0, against a real
 * local cluster of the newest line with 1 and with 10 sample jobs running. Writes
 * .bench/probe.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { readFixtureSync, startMockJobManager } from '@flink-rest/testing';
import { newestVersion, supportedLines } from '@flink-rest/versions';
import { probeCluster } from '../src/probe.js';
import { startSampleCluster } from '../test-live/sample-cluster.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

interface Row {
  name: string;
  value: number | null;
  unit: string;
  note: string;
}
const rows: Row[] = [];
let baselineTotal = 0;
let probeTotal = 0;
let requests = 0;
for (const line of supportedLines) {
  const mock = await startMockJobManager({ flinkVersion: line, scenario: 'probe' });
  try {
    const paths = readFixtureSync(line, 'probe').exchanges.map((e) => e.request.path);
    const baseline = () =>
      paths.reduce(
        (p, path) =>
          p.then(() =>
            fetch(`${mock.url}/v1${path.split('/').map(encodeURIComponent).join('/')}`).then((r) =>
              r.text(),
            ),
          ),
        Promise.resolve(''),
      );
    await baseline();
    await probeCluster({ baseUrl: mock.url }); // warm-up: spec loading and ajv compilation caches
    baselineTotal += await median(baseline);
    probeTotal += await median(() => probeCluster({ baseUrl: mock.url }));
    requests += (await probeCluster({ baseUrl: mock.url })).report.requestsSent;
  } finally {
    await mock.close();
  }
}
const n = supportedLines.length;
rows.push(
  {
    name: 'probe baseline: the same GETs with plain fetch, one after another, per line',
    value: +(baselineTotal / n).toFixed(1),
    unit: 'ms',
    note: `mock JobManager (recorded probe), mean over ${n} lines of the median of ${RUNS}`,
  },
  {
    name: 'flink-drift probe of a mock JobManager, per line (concurrency 4)',
    value: +(probeTotal / n).toFixed(1),
    unit: 'ms',
    note: `${requests / n} GET requests per line; spec load, crawl and ajv validation; mean over ${n} lines of the median of ${RUNS}`,
  },
  {
    name: 'probe / baseline (mock)',
    value: +(probeTotal / baselineTotal).toFixed(2),
    unit: 'x',
    note: 'cost of the version read, crawl plan, spec loading and validation on top of sending',
  },
);

if (process.env.BENCH_LIVE !== '0') {
  for (const jobs of [1, 10]) {
    const line = newestVersion.line;
    try {
      const { cluster } = await startSampleCluster(line, jobs);
      try {
        const { report } = await probeCluster({ baseUrl: cluster.url });
        const drift = report.summary.drift;
        rows.push(
          {
            name: `flink-drift probe of a real Flink ${newestVersion.version} cluster, ${jobs} job(s) running`,
            value: report.durationMs,
            unit: 'ms',
            note: `one run, concurrency 4; ${report.operationsChecked} operations checked, ${drift} drift`,
          },
          {
            name: `GET requests, real cluster, ${jobs} job(s)`,
            value: report.requestsSent,
            unit: 'requests',
            note: 'each sent once (no retries)',
          },
        );
      } finally {
        await cluster.stop();
      }
    } catch (error) {
      rows.push({
        name: `real cluster, ${jobs} job(s)`,
        value: null,
        unit: 'ms',
        note: String(error).split('\n')[0] ?? '',
      });
    }
  }
}

const dir = fileURLToPath(new URL('../.bench/', import.meta.url));
await mkdir(dir, { recursive: true });
const results = {
  title: 'drift: flink-drift probe (@flink-rest/drift)',
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  rows,
};
await writeFile(`${dir}probe.json`, `${JSON.stringify(results, null, 2)}\n`);
for (const r of rows) console.log(`${r.name}: ${r.value} ${r.unit} (${r.note})`);
