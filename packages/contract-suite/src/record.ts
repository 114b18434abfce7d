import os from 'node:os';
import { buildSampleJob, startFlinkCluster } from '@flink-rest/local-cluster';
import {
  checkLine,
  createNormalizer,
  type Fixture,
  fixturePath,
  type Json,
  type Literal,
  type RawExchange,
  recordingFetch,
  renderFixture,
} from '@flink-rest/testing';
import { collapsePolls } from './collapse-polls.js';
import { scenarioClusterConfig, scenarios } from './scenario.js';
import { writeFileAtomically } from './write-file.js';

/** Options of `recordFixture`. */
export interface RecordOptions {
  /** A supported line, e.g. `2.3`. */
  readonly flinkVersion: string;
  /** Default `lifecycle`. */
  readonly scenario?: string;
  /** Write `<dir>/<line>/<scenario>.json` (atomically). Default false: only return it. */
  readonly write?: boolean;
  /** Fixtures directory. Default: @flink-rest/testing's `fixturesDir` (the shipped fixtures). */
  readonly dir?: string;
  /** Longest wait for any one condition of the scenario, in ms. Default 120_000. */
  readonly timeoutMs?: number;
  readonly onProgress?: (message: string) => void;
}

/** Cluster settings that make a recording repeatable (metrics refresh fast enough to read). */
export const CLUSTER_CONFIG = {
  'metrics.fetcher.update-interval': 500,
  'execution.checkpointing.min-pause': '1h',
};

/**
 * Starts a real cluster of the version, runs the scenario through the client with a recording
 * `fetch`, stops the cluster, and returns the normalized fixture (and writes it if asked).
 */
export async function recordFixture(options: RecordOptions): Promise<Fixture> {
  const line = checkLine(options.flinkVersion);
  const scenarioName = options.scenario ?? 'lifecycle';
  const scenario = scenarios[scenarioName];
  if (!scenario) throw new TypeError(`scenario ${JSON.stringify(scenarioName)} is not known`);
  const jar = await buildSampleJob();
  options.onProgress?.(`starting Flink ${line}`);
  const cluster = await startFlinkCluster({
    flinkVersion: line,
    config: { ...CLUSTER_CONFIG, ...scenarioClusterConfig[scenarioName] },
  });
  const raw: RawExchange[] = [];
  let step = 'start';
  let summary: Json;
  try {
    options.onProgress?.(`recording ${scenarioName} on ${cluster.flinkVersion} at ${cluster.url}`);
    summary = await scenario({
      baseUrl: cluster.url,
      flinkVersion: line,
      fetch: recordingFetch(
        (r) => globalThis.fetch(r),
        raw,
        () => step,
      ),
      jar,
      savepointTarget: `file://${cluster.savepointDir}`,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      step: (name) => {
        step = name;
      },
      timeoutMs: options.timeoutMs ?? 120_000,
    });
  } finally {
    await cluster.stop();
  }
  const url = new URL(cluster.url);
  const literals: Literal[] = [
    [cluster.workDir, '/tmp/flink-work'],
    [cluster.id, 'cluster-id'],
    [os.homedir(), '/home/flink'],
    [os.tmpdir(), '/tmp'],
    [url.host, '127.0.0.1:8081'],
  ];
  if (process.env.CONTRACT_SUITE_RAW_DIR) {
    // Debugging aid: the exchanges as they happened, before any normalization.
    await writeFileAtomically(
      `${process.env.CONTRACT_SUITE_RAW_DIR}/${line}-${scenarioName}-${Date.now()}.json`,
      JSON.stringify({ summary, raw }, null, 2),
    );
  }
  const normalizer = createNormalizer(literals);
  const exchanges = collapsePolls(raw).map((e) => normalizer.exchange(e));
  const fixture: Fixture = {
    flinkVersion: line,
    flinkRelease: cluster.flinkVersion,
    scenario: scenarioName,
    summary: normalizer.json(summary),
    exchanges,
  };
  if (options.write) {
    const file = fixturePath(line, scenarioName, options.dir);
    await writeFileAtomically(file, renderFixture(fixture));
    options.onProgress?.(`wrote ${file} (${exchanges.length} exchanges of ${raw.length})`);
  }
  return fixture;
}
