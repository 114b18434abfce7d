import { openAsBlob } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSampleJob, type FlinkCluster, startFlinkCluster } from '@flink-rest/local-cluster';
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
import { CLUSTER_CONFIG, type RecordOptions } from './record.js';
import { JOB_ARGS } from './scenario-client.js';
import { writeFileAtomically } from './write-file.js';

/** Options of {@link recordHaFixture}: those of `recordFixture`; the scenario is `ha`. */
export type RecordHaOptions = Omit<RecordOptions, 'scenario'>;

/** Fixed, so the recording repeats: the client trigger ids of the scenario's operations. */
const TRIGGER_ON_STANDBY = 'a1'.repeat(16);
const TRIGGER_BEFORE_KILL = 'b2'.repeat(16);

/**
 * Exchanges of one repeated request (same step, method, path, query) keep only those whose
 * status differs from the one kept before, and the last: an election's sequence of answers
 * (refused, 500, 503, 200) survives, how many of each came does not (it depends on timing).
 */
export function compactRuns(exchanges: readonly RawExchange[]): RawExchange[] {
  const same = (a: RawExchange, b: RawExchange) =>
    a.step === b.step &&
    a.method === b.method &&
    a.path === b.path &&
    JSON.stringify(a.query) === JSON.stringify(b.query);
  const out: RawExchange[] = [];
  for (const e of exchanges) {
    const last = out[out.length - 1];
    if (last && same(last, e) && last.status === e.status) out[out.length - 1] = e;
    else out.push(e);
  }
  return out;
}

/** Status 0 in a fixture: the connection was refused or timed out (nothing answered). */
const NO_ANSWER = 0;

/**
 * Records what each JobManager of a real 2-JobManager ZooKeeper HA cluster answers — as
 * leader, as standby, while the leader is dead and a new one is elected, and after — for the
 * overview, job, savepoint, disposal and jar endpoints. The summary is the measured table
 * `step → statuses`; the exchanges are the fixture `ha` of the line.
 */
export async function recordHaFixture(options: RecordHaOptions): Promise<Fixture> {
  const line = checkLine(options.flinkVersion);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const jar = await buildSampleJob();
  options.onProgress?.(`starting Flink ${line} with 2 JobManagers`);
  const cluster = await startFlinkCluster({
    flinkVersion: line,
    config: CLUSTER_CONFIG,
    highAvailability: { jobManagers: 2 },
  });
  const raw: RawExchange[] = [];
  let step = 'start';
  const fetchRecorded = recordingFetch(
    (r) => globalThis.fetch(r),
    raw,
    () => step,
  );
  const summary: Record<string, Json> = {};
  const statuses = (s: string): number[] => {
    const list = (summary[s] as number[] | undefined) ?? [];
    summary[s] = list;
    return list;
  };
  /** One request to one JobManager; a connection error is recorded as status 0. */
  const call = async (
    name: string,
    base: string,
    method: string,
    p: string,
    body?: Json | FormData,
  ): Promise<{ status: number; body: Json }> => {
    step = name;
    const init: RequestInit = { method, signal: AbortSignal.timeout(20_000) };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    let status = NO_ANSWER;
    let json: Json = null;
    try {
      const response = await fetchRecorded(new Request(`${base}/v1${p}`, init));
      status = response.status;
      const text = await response.text();
      json = text ? (JSON.parse(text) as Json) : null;
    } catch {
      // Nothing answered (refused, or no answer within 20 s): the summary says 0; a fixture
      // holds only answers.
    }
    const list = statuses(name);
    if (list[list.length - 1] !== status) list.push(status);
    return { status, body: json };
  };
  const until = async (
    name: string,
    base: string,
    p: string,
    done: (r: { status: number; body: Json }) => boolean,
  ) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = await call(name, base, 'GET', p);
      if (done(r)) return r;
      if (Date.now() > deadline) throw new Error(`${name}: not done within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const ok = (r: { status: number }) => r.status === 200;
  const completed = (r: { status: number; body: Json }) =>
    r.status === 200 && (r.body as { status?: { id?: string } })?.status?.id === 'COMPLETED';
  const allRunning = (r: { status: number; body: Json }) => {
    const vertices = (r.body as { vertices?: { status: string }[] } | null)?.vertices ?? [];
    // A job a new leader is still restoring answers with no vertices at all.
    return r.status === 200 && vertices.length > 0 && vertices.every((v) => v.status === 'RUNNING');
  };

  try {
    const first = await cluster.leader();
    const L = cluster.jobManagers[first]?.url as string;
    const S = cluster.jobManagers[1 - first]?.url as string;
    options.onProgress?.(`leader ${L}, standby ${S}`);

    const form = new FormData();
    form.append(
      'jarfile',
      await openAsBlob(jar, { type: 'application/java-archive' }),
      'flink-rest-sample-job.jar',
    );
    const upload = await call('leader: jar upload', L, 'POST', '/jars/upload', form);
    const jarId = path.basename((upload.body as { filename: string }).filename);
    const run = await call('leader: jar run', L, 'POST', `/jars/${jarId}/run`, {
      programArgsList: JOB_ARGS,
      parallelism: 1,
    });
    const jobId = (run.body as { jobid: string }).jobid;
    await until('leader: job details until every task runs', L, `/jobs/${jobId}`, allRunning);

    for (const [role, base] of [
      ['leader', L],
      ['standby', S],
    ] as const) {
      await until(`${role}: overview`, base, '/overview', ok);
      await call(`${role}: jobs overview`, base, 'GET', '/jobs/overview');
      await call(`${role}: job details`, base, 'GET', `/jobs/${jobId}`);
      await call(`${role}: jars`, base, 'GET', '/jars');
    }
    await call('standby: run of a jar uploaded to the leader', S, 'POST', `/jars/${jarId}/run`, {
      programArgsList: JOB_ARGS,
      parallelism: 1,
    });

    const trigger = await call(
      'standby: savepoint trigger',
      S,
      'POST',
      `/jobs/${jobId}/savepoints`,
      {
        'cancel-job': false,
        triggerId: TRIGGER_ON_STANDBY,
      },
    );
    const triggerId = (trigger.body as { 'request-id': string })['request-id'];
    const done = await until(
      'standby: savepoint status',
      S,
      `/jobs/${jobId}/savepoints/${triggerId}`,
      completed,
    );
    await call('leader: savepoint status', L, 'GET', `/jobs/${jobId}/savepoints/${triggerId}`);
    const location = (done.body as { operation: { location: string } }).operation.location;

    const disposal = await call(
      'leader: savepoint disposal trigger',
      L,
      'POST',
      '/savepoint-disposal',
      {
        'savepoint-path': location,
      },
    );
    const disposalId = (disposal.body as { 'request-id': string })['request-id'];
    await call('standby: savepoint disposal status', S, 'GET', `/savepoint-disposal/${disposalId}`);
    await until(
      'leader: savepoint disposal status',
      L,
      `/savepoint-disposal/${disposalId}`,
      completed,
    );

    const before = await call(
      'leader: savepoint trigger before the kill',
      L,
      'POST',
      `/jobs/${jobId}/savepoints`,
      {
        'cancel-job': false,
        triggerId: TRIGGER_BEFORE_KILL,
      },
    );
    const lostId = (before.body as { 'request-id': string })['request-id'];
    options.onProgress?.('killing the leader');
    await cluster.killJobManager(first);
    await call('dead leader: overview', L, 'GET', '/overview');
    await until('election: standby overview', S, '/overview', ok);
    await call('new leader: jobs overview', S, 'GET', '/jobs/overview');
    await until('new leader: job details until every task runs', S, `/jobs/${jobId}`, allRunning);
    await call(
      'new leader: savepoint status of the old leader',
      S,
      'GET',
      `/jobs/${jobId}/savepoints/${lostId}`,
    );
    await call(
      'new leader: savepoint disposal status of the old leader',
      S,
      'GET',
      `/savepoint-disposal/${disposalId}`,
    );
    await call('new leader: jars', S, 'GET', '/jars');
    // While the new leader restores the job this answers 500; then the statistics of the new
    // JobMaster (what the old one took is not in them: recorded in the summary).
    const history = await until(
      'new leader: checkpoint history',
      S,
      `/jobs/${jobId}/checkpoints`,
      ok,
    );
    const stats = history.body as {
      counts?: { completed?: number };
      history?: { is_savepoint?: boolean }[];
      latest?: { savepoint?: unknown; restored?: { is_savepoint?: boolean } | null };
    };
    summary['new leader: checkpoint statistics'] = {
      completed: stats.counts?.completed ?? null,
      savepointsInHistory: (stats.history ?? []).filter((c) => c.is_savepoint).length,
      latestSavepoint: stats.latest?.savepoint != null,
      restoredFromSavepoint: stats.latest?.restored?.is_savepoint ?? null,
    };

    options.onProgress?.('restarting the old leader');
    await cluster.restartJobManager(first);
    summary['leader after the restart is the new one'] = (await cluster.leader()) === 1 - first;
    await until('restarted standby: overview', L, '/overview', ok);
    await call('restarted standby: job details', L, 'GET', `/jobs/${jobId}`);
    await call(
      'restarted standby: savepoint status of the lost trigger',
      L,
      'GET',
      `/jobs/${jobId}/savepoints/${lostId}`,
    );
  } finally {
    await cluster.stop();
  }
  return finish(cluster, line, raw, summary, options);
}

async function finish(
  cluster: FlinkCluster,
  line: string,
  raw: RawExchange[],
  summary: Json,
  options: RecordHaOptions,
): Promise<Fixture> {
  const literals: Literal[] = [
    [cluster.workDir, '/tmp/flink-work'],
    [cluster.id, 'cluster-id'],
    [os.homedir(), '/home/flink'],
    [os.tmpdir(), '/tmp'],
    ...cluster.jobManagers.map(
      (jm, i) => [new URL(jm.url).host, `127.0.0.1:${8081 + i}`] as Literal,
    ),
  ];
  const normalizer = createNormalizer(literals);
  const exchanges = compactRuns(raw).map((e) => normalizer.exchange(e));
  const fixture: Fixture = {
    flinkVersion: line,
    flinkRelease: cluster.flinkVersion,
    scenario: 'ha',
    summary: normalizer.json(summary),
    exchanges,
  };
  if (options.write) {
    const file = fixturePath(line, 'ha', options.dir);
    await writeFileAtomically(file, renderFixture(fixture));
    options.onProgress?.(`wrote ${file} (${exchanges.length} exchanges of ${raw.length})`);
  }
  return fixture;
}
