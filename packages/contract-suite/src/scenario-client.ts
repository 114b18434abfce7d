import { createFlinkClient, type FlinkClientFor, type PollOptions } from '@flink-rest/client';
import type { Json } from '@flink-rest/testing';
import type { ScenarioContext } from './scenario.js';

/** A fixed seed, so client-generated trigger ids and poll jitter repeat from run to run. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const JAR_NAME = 'flink-rest-sample-job.jar';
/** Periodic checkpoints every hour: only the scenario's own checkpoints and savepoints happen. */
export const JOB_ARGS = ['--checkpoint-interval-ms', '3600000', '--delay-ms', '5'];

// biome-ignore lint/suspicious/noExplicitAny: read endpoints of every version through one client.
type Body = any;

/** What every scenario talks through; see `scenarioClient`. */
export interface ScenarioClient {
  /** Typed as 2.3's: the scenarios use what every supported line has. */
  readonly flink: FlinkClientFor<'2.3'>;
  readonly wait: PollOptions;
  readonly GET: (path: string, init?: object) => Promise<Body>;
  /** The body of a read that must succeed. */
  readonly get: (path: string, params?: Record<string, unknown>) => Promise<Body>;
  /** Reads until `done` holds; the last body. */
  readonly until: (
    path: string,
    params: Record<string, unknown>,
    done: (d: Json) => boolean,
  ) => Promise<Body>;
}

/**
 * What every scenario talks through: a client on the context's transport (seeded, no retries),
 * the wait options of its helpers, untyped raw reads, and a read that repeats until a condition
 * holds (each read is one exchange; the recorder keeps the last of a run).
 */
export function scenarioClient(ctx: ScenarioContext): ScenarioClient {
  const clock = { sleep: (ms: number) => ctx.sleep(ms), random: seededRandom(6) };
  const flink = createFlinkClient({
    baseUrl: ctx.baseUrl,
    flinkVersion: ctx.flinkVersion as '2.3',
    fetch: ctx.fetch,
    clock,
    retry: { retries: 0 },
  });
  const wait = { timeoutMs: ctx.timeoutMs, minDelayMs: 100, maxDelayMs: 500 };
  const GET = flink.GET as ScenarioClient['GET'];
  const get = async (path: string, params: Record<string, unknown> = {}) => {
    const r = await GET(path, { params });
    if (r.error !== undefined) throw new Error(`${path} answered ${r.response.status}`);
    return r.data;
  };
  const until = async (
    path: string,
    params: Record<string, unknown>,
    done: (d: Json) => boolean,
  ) => {
    const deadline = Date.now() + ctx.timeoutMs;
    for (;;) {
      const r = await GET(path, { params });
      if (r.error === undefined && done(r.data)) return r.data;
      if (Date.now() > deadline)
        throw new Error(`${path}: condition not met in ${ctx.timeoutMs} ms`);
      await ctx.sleep(250);
    }
  };
  return { flink, wait, GET, get, until };
}

/**
 * Runs the sample job from the uploaded jar (parallelism 1, JOB_ARGS) and waits until it and
 * every one of its tasks run (steps `job: run`, `job: wait for …`); returns its id and details.
 */
export async function runSampleJob(
  ctx: ScenarioContext,
  { flink, wait, until }: ScenarioClient,
  jarId: string,
): Promise<{ jobid: string; details: Body }> {
  ctx.step('job: run');
  const { jobid } = await flink.jars.run(jarId, { parallelism: 1, args: JOB_ARGS });
  ctx.step('job: wait for RUNNING');
  await flink.jobs.waitForStatus(jobid, ['RUNNING'], wait);
  ctx.step('job: wait for every task RUNNING');
  const details = await until('/jobs/{jobid}', { path: { jobid } }, (d) =>
    ((d as { vertices: { status: string }[] }).vertices ?? []).every((v) => v.status === 'RUNNING'),
  );
  return { jobid, details };
}
