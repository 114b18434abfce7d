/**
 * Start-up time of a local cluster per supported version, with a warm Maven cache: from
 * `startFlinkCluster()` to every TaskManager registered, and the time `stop()` takes. The
 * baseline, measured in the same run, is one JVM that loads Flink's jars and exits (Flink's
 * own BashJavaUtils): the ratio says how much of a start-up is Flink itself.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { supportedVersions } from '@flink-rest/versions';
import { cacheDir } from '../src/cache-dir.js';
import { resolveClusterClasspath } from '../src/cluster-classpath.js';
import { startFlinkCluster } from '../src/index.js';
import { runCommand } from '../src/run-command.js';
import { checkToolchain } from '../src/toolchain.js';
import { configFileName } from '../src/versions.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const toolchain = await checkToolchain();
const rows: { name: string; value: number; unit: string; note: string }[] = [];
for (const v of supportedVersions) {
  const classpath = await resolveClusterClasspath(toolchain, v, cacheDir()); // warm the cache first
  const confDir = await mkdtemp(path.join(os.tmpdir(), 'bench-conf-'));
  await writeFile(path.join(confDir, configFileName(v)), 'jobmanager.memory.process.size: 1024m\n');
  const baseline: number[] = [];
  const start: number[] = [];
  const stop: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    const r = await runCommand(toolchain.java, [
      '-classpath',
      classpath.join(':'),
      'org.apache.flink.runtime.util.bash.BashJavaUtils',
      'GET_JM_RESOURCE_PARAMS',
      '--configDir',
      confDir,
    ]);
    if (r.code !== 0) throw new Error(`baseline JVM failed for ${v.version}: ${r.stderr}`);
    baseline.push(performance.now() - t);
    t = performance.now();
    const cluster = await startFlinkCluster({ flinkVersion: v.version });
    start.push(performance.now() - t);
    t = performance.now();
    await cluster.stop();
    stop.push(performance.now() - t);
  }
  const s = median(start) / 1000;
  const b = median(baseline) / 1000;
  process.stderr.write(
    `${v.version}: start ${s.toFixed(2)} s, stop ${(median(stop) / 1000).toFixed(2)} s, baseline JVM ${b.toFixed(2)} s\n`,
  );
  rows.push(
    {
      name: `Flink ${v.version}: start to ready (1 JM + 1 TM)`,
      value: s,
      unit: 's',
      note: `median of ${ROUNDS}`,
    },
    {
      name: `Flink ${v.version}: stop`,
      value: median(stop) / 1000,
      unit: 's',
      note: `median of ${ROUNDS}`,
    },
    {
      name: `Flink ${v.version}: start / one bare Flink JVM`,
      value: s / b,
      unit: 'x',
      note: `baseline ${b.toFixed(2)} s`,
    },
  );
}
await mkdir('.bench', { recursive: true });
await writeFile(
  '.bench/results.json',
  `${JSON.stringify({ title: 'local-cluster: start-up per Flink version (warm Maven cache)', rows }, null, 2)}\n`,
);
