import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  createFlinkClient,
  resumeUpgrade,
  UpgradeFailedError,
  type UpgradeOptions,
  type UpgradeProgress,
  type UpgradeState,
  WaitAbortedError,
} from '../src/index.js';
import { fakeClock } from './clock.js';
import { type Handler, JOB, type Reply, scriptedFlink } from './scripted-flink.js';

const SP = 'file:/sp/savepoint-1';
const OLD_JAR = 'old_job.jar';

/**
 * A scripted JobManager with just enough memory for an upgrade: which jobs exist and their
 * status, which stop trigger ids it saw. `health` shapes what the new job reports.
 */
function cluster(
  opts: {
    health?: 'ok' | 'fails';
    stopAnswer?: 'ok' | 'reset';
    known?: Record<string, string>;
    /** The job's latest completed checkpoint, for last-state. */
    retained?: string;
    /** Which `GET /jobs` (1 = the first) loses its connection. */
    resetJobsList?: number;
  } = {},
) {
  const jobs = new Map<string, string>(Object.entries(opts.known ?? { [JOB]: 'RUNNING' }));
  const stops = new Set<string>();
  let stopCalls = 0;
  let listed = 0;
  const run: Handler = ({ path, body }) => {
    const b = body as { jobId: string };
    jobs.set(b.jobId, 'RUNNING');
    return { status: 200, body: { jobid: b.jobId, jar: path } };
  };
  const routes: Record<string, Handler | Reply | Reply[]> = {
    'GET /jobs': () =>
      ++listed === opts.resetJobsList
        ? 'reset'
        : { status: 200, body: { jobs: [...jobs].map(([id, status]) => ({ id, status })) } },
    'GET /jobs/{jobid}/config': {
      status: 200,
      body: { jid: JOB, name: 'x', 'execution-config': { 'job-parallelism': 2 } },
    },
    'POST /jars/upload': {
      status: 200,
      body: { filename: '/tmp/uploads/abc_new.jar', status: 'success' },
    },
    'POST /jobs/{jobid}/stop': ({ body }) => {
      stopCalls++;
      const id = (body as { triggerId: string }).triggerId;
      stops.add(id);
      jobs.set(JOB, 'FINISHED');
      if (opts.stopAnswer === 'reset' && stopCalls === 1) return 'reset';
      return { status: 202, body: { 'request-id': id } };
    },
    'GET /jobs/{jobid}/savepoints/{triggerid}': ({ path }) =>
      stops.has(path.split('/').at(-1) as string)
        ? { status: 200, body: { status: { id: 'COMPLETED' }, operation: { location: SP } } }
        : { status: 404, body: { errors: ['There is no savepoint operation'] } },
    'GET /jobs/{jobid}/status': ({ path }) => ({
      status: 200,
      body: { status: jobs.get(path.split('/')[2] as string) },
    }),
    'POST /jars/{jarid}/run': run,
    'GET /jobs/{jobid}/exceptions': {
      status: 200,
      body:
        opts.health === 'fails'
          ? {
              exceptionHistory: {
                entries: [
                  {
                    exceptionName: 'x',
                    stacktrace: 'java.lang.IllegalStateException: bad\n\tat a',
                  },
                ],
              },
            }
          : { exceptionHistory: { entries: [] } },
    },
    'GET /jobs/{jobid}/checkpoints': {
      status: 200,
      body: {
        counts: { completed: 1 },
        latest: {
          completed: opts.retained
            ? { id: 7, external_path: opts.retained, discarded: false }
            : null,
          savepoint: null,
        },
      },
    },
    'GET /jobs/{jobid}/checkpoints/config': {
      status: 200,
      body: {
        mode: 'exactly_once',
        externalization: { enabled: opts.retained !== undefined, delete_on_cancellation: false },
      },
    },
    'GET /jobs/{jobid}': ({ path }) => ({
      status: 200,
      body: {
        state: jobs.get(path.split('/')[2] as string),
        vertices: [{ status: 'RUNNING' }],
      },
    }),
    'PATCH /jobs/{jobid}': ({ path }) => {
      jobs.set(path.split('/')[2] as string, 'CANCELED');
      return { status: 202, body: {} };
    },
  };
  const flink = scriptedFlink(routes);
  // Ids come from `random`: a sequence, so the new job and the rollback job differ.
  let seed = 1;
  const random = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  const clock = { ...fakeClock(), random };
  const client = createFlinkClient({
    baseUrl: 'http://127.0.0.1:8081',
    flinkVersion: '2.3',
    fetch: flink.fetch,
    clock,
    retry: { retries: 0 },
  });
  return { client, exchanges: flink.exchanges, jobs, stops, clock };
}

const OPTIONS: UpgradeOptions = {
  jar: '/dev/null',
  previous: { jarId: OLD_JAR },
  healthy: { runningForMs: 1_000, completedCheckpoints: 1 },
  timeoutMs: 60_000,
};
const calls = (exchanges: { method: string; path: string }[]) =>
  exchanges.map((e) => `${e.method} ${e.path}`);

describe('jobs.upgrade', () => {
  it('uploads, stops with a recorded trigger id, starts as a chosen job id, waits until healthy', async () => {
    const { client, exchanges, jobs } = cluster();
    // Each event with the number of requests sent so far.
    const events: (UpgradeProgress & { sent: number })[] = [];
    const up = await client.jobs.upgrade(JOB, {
      ...OPTIONS,
      jar: undefined,
      jarId: 'new.jar',
      onProgress: (e) => events.push({ ...e, sent: exchanges.length }),
    });
    expect(exchanges).toEqual([]);
    const result = await up.wait();
    expect(result).toMatchObject({ savepoint: SP, rolledBack: false, newJarId: 'new.jar' });
    expect(result.steps.map((s) => s.step)).toEqual(['resolve', 'stop', 'start', 'healthy']);
    expect(jobs.get(result.newJobId)).toBe('RUNNING');

    // The trigger id and the job id were in a reported state before the requests that use them.
    const stopAt = exchanges.findIndex((e) => e.method === 'POST' && e.path.endsWith('/stop'));
    const stopPlanned = events.find((e) => e.state.stopTriggerId !== undefined);
    expect(stopPlanned?.sent).toBeLessThan(stopAt);
    expect(exchanges[stopAt]?.body).toMatchObject({ triggerId: stopPlanned?.state.stopTriggerId });
    const runAt = exchanges.findIndex((e) => e.path.endsWith('/run'));
    const startPlanned = events.find((e) => e.state.newJobId !== undefined);
    expect(startPlanned?.sent).toBeLessThan(runAt);
    expect(exchanges[runAt]?.body).toEqual({
      jobId: result.newJobId,
      parallelism: 2,
      savepointPath: SP,
      allowNonRestoredState: false,
    });
    expect(startPlanned?.state.newJobId).toBe(result.newJobId);
    expect(calls(exchanges).filter((c) => c.startsWith('POST'))).toEqual([
      `POST /jobs/${JOB}/stop`,
      'POST /jars/new.jar/run',
    ]);
    expect(JSON.parse(JSON.stringify(up))).toEqual(up.state);
  });

  it('rolls back when the new job fails: cancels it, runs the previous jar from the same savepoint', async () => {
    const { client, exchanges, jobs } = cluster({ health: 'fails' });
    const up = await client.jobs.upgrade(JOB, { ...OPTIONS, jar: undefined, jarId: 'new.jar' });
    const error = (await up.wait().catch((e: unknown) => e)) as UpgradeFailedError;
    expect(error).toBeInstanceOf(UpgradeFailedError);
    expect({
      step: error.step,
      rolledBack: error.rolledBack,
      savepoint: error.savepoint,
    }).toEqual({ step: 'healthy', rolledBack: true, savepoint: SP });
    expect(error.message).toBe(
      `upgrade of job ${JOB} failed at step healthy: the new job failed: java.lang.IllegalStateException: bad; rolled back: job ${error.rollbackJobId} runs the previous jar from ${SP}`,
    );
    expect(jobs.get(error.newJobId as string)).toBe('CANCELED');
    expect(jobs.get(error.rollbackJobId as string)).toBe('RUNNING');
    const runs = exchanges.filter((e) => e.path.endsWith('/run'));
    expect(runs.map((r) => [r.path, (r.body as { savepointPath: string }).savepointPath])).toEqual([
      ['/jars/new.jar/run', SP],
      [`/jars/${OLD_JAR}/run`, SP],
    ]);
  });

  it('finds a stop whose answer was lost by its trigger id and sends it once', async () => {
    const { client, exchanges, stops } = cluster({ stopAnswer: 'reset' });
    const up = await client.jobs.upgrade(JOB, { ...OPTIONS, jar: undefined, jarId: 'new.jar' });
    expect((await up.wait()).savepoint).toBe(SP);
    expect(calls(exchanges).filter((c) => c.endsWith('/stop'))).toHaveLength(1);
    expect(stops.size).toBe(1);
  });

  it.each<{
    name: string;
    options: Partial<UpgradeOptions> & Record<string, unknown>;
    want: RegExp;
  }>([
    { name: 'no jar', options: { jar: undefined }, want: /exactly one of jar .* and jarId/ },
    { name: 'jar and jarId', options: { jarId: 'x.jar' }, want: /exactly one of jar/ },
    {
      name: 'an unknown mode',
      options: { mode: 'hot' as never },
      want: /mode "hot" must be one of savepoint, last-state, stateless/,
    },
    {
      name: 'rollback without previous',
      options: { previous: undefined },
      want: /previous.jarId is needed to roll back/,
    },
    {
      name: 'a previous without jarId',
      options: { previous: {} as never },
      want: /previous.jarId must be a non-empty string/,
    },
    {
      name: 'a timeout shorter than the health window',
      options: { timeoutMs: 500 },
      want: /timeoutMs \(500\) must be > healthy.runningForMs \(1000\)/,
    },
    {
      name: 'parallelism 0',
      options: { parallelism: 0 },
      want: /parallelism \(0\) must be a whole number >= 1/,
    },
    {
      name: 'args that are not strings',
      options: { args: [1] as never },
      want: /args must be an array of strings/,
    },
    {
      name: 'negative checkpoints',
      options: { healthy: { completedCheckpoints: -1 } },
      want: /healthy.completedCheckpoints \(-1\) must be a whole number >= 0/,
    },
    {
      name: 'a non-boolean rollback',
      options: { rollback: 'yes' as never },
      want: /rollback must be a boolean/,
    },
  ])('rejects $name before any request', async ({ options, want }) => {
    const { client, exchanges } = cluster();
    const pending = client.jobs.upgrade(JOB, { ...OPTIONS, ...options });
    await expect(pending).rejects.toThrow(want);
    expect(exchanges).toEqual([]);
  });

  it('rejects a malformed job id', async () => {
    const { client } = cluster();
    await expect(client.jobs.upgrade('nope', OPTIONS)).rejects.toThrow(/jobId "nope" must be 32/);
  });

  it('stops between steps when the signal aborts, and the state resumes it', async () => {
    const { client, exchanges } = cluster();
    const controller = new AbortController();
    const up = await client.jobs.upgrade(JOB, {
      ...OPTIONS,
      jar: undefined,
      jarId: 'new.jar',
      signal: controller.signal,
      onProgress: (e) => {
        if (e.step === 'stop' && e.status === 'done') controller.abort(new Error('stop here'));
      },
    });
    await expect(up.wait()).rejects.toBeInstanceOf(WaitAbortedError);
    expect(up.state.step).toBe('start');
    expect(calls(exchanges).some((c) => c.endsWith('/run'))).toBe(false);
    const result = await resumeUpgrade(client, JSON.parse(JSON.stringify(up))).wait();
    expect(result.savepoint).toBe(SP);
  });
});

describe('jobs.upgrade and the network', () => {
  it('repeats a step whose request got no answer instead of rolling back', async () => {
    // The third job list is the start's check whether the new job exists.
    const { client, exchanges, clock } = cluster({ resetJobsList: 3 });
    const events: string[] = [];
    const up = await client.jobs.upgrade(JOB, {
      ...OPTIONS,
      jar: undefined,
      jarId: 'new.jar',
      onProgress: (e) => events.push(`${e.step} ${e.status} ${e.detail ?? ''}`.trim()),
    });
    const result = await up.wait();
    expect(result.steps.map((s) => `${s.step}:${s.status}`)).toEqual([
      'resolve:done',
      'stop:done',
      'start:done',
      'healthy:done',
    ]);
    expect(events.filter((e) => e.includes('retrying'))).toEqual([
      'start progress retrying after GET /jobs got no answer: ECONNRESET (read ECONNRESET)',
    ]);
    expect(calls(exchanges).filter((c) => c.endsWith('/run'))).toHaveLength(1);
    expect(clock.sleeps.length).toBeGreaterThan(0);
  });
});

describe('jobs.upgrade modes', () => {
  const CHK = 'file:/c/chk-7';
  it('last-state: the newest retained checkpoint, then cancel; no savepoint is taken', async () => {
    const { client, exchanges, jobs } = cluster({ retained: CHK });
    const up = await client.jobs.upgrade(JOB, {
      ...OPTIONS,
      jar: undefined,
      jarId: 'new.jar',
      mode: 'last-state',
    });
    expect((await up.wait()).savepoint).toBe(CHK);
    expect(jobs.get(JOB)).toBe('CANCELED');
    expect(calls(exchanges).filter((c) => c.startsWith('POST') || c.startsWith('PATCH'))).toEqual([
      `PATCH /jobs/${JOB}`,
      'POST /jars/new.jar/run',
    ]);
    expect(exchanges.find((e) => e.path.endsWith('/run'))?.body).toMatchObject({
      savepointPath: CHK,
    });
  });

  it('last-state refuses a job whose checkpoints die with the cancel, and leaves it running', async () => {
    const { client, exchanges, jobs } = cluster();
    const up = await client.jobs.upgrade(JOB, {
      ...OPTIONS,
      jar: undefined,
      jarId: 'new.jar',
      mode: 'last-state',
    });
    const error = (await up.wait().catch((e: unknown) => e)) as UpgradeFailedError;
    expect([error.step, error.rolledBack]).toEqual(['stop', false]);
    expect(error.message).toContain(
      'needs execution.checkpointing.externalized-checkpoint-retention',
    );
    expect(jobs.get(JOB)).toBe('RUNNING');
    expect(calls(exchanges).filter((c) => !c.startsWith('GET'))).toEqual([]);
  });

  it('stateless: cancel, then run without state', async () => {
    const { client, exchanges } = cluster();
    const up = await client.jobs.upgrade(JOB, {
      ...OPTIONS,
      jar: undefined,
      jarId: 'new.jar',
      mode: 'stateless',
    });
    expect((await up.wait()).savepoint).toBeUndefined();
    const run = exchanges.find((e) => e.path.endsWith('/run'));
    expect(run?.body).not.toHaveProperty('savepointPath');
  });

  it('rollback: false ends at the failure, the new job left as it is, the savepoint named', async () => {
    const { client, exchanges, jobs } = cluster({ health: 'fails' });
    const up = await client.jobs.upgrade(JOB, {
      ...OPTIONS,
      jar: undefined,
      jarId: 'new.jar',
      previous: undefined,
      rollback: false,
    });
    const error = (await up.wait().catch((e: unknown) => e)) as UpgradeFailedError;
    expect([error.step, error.rolledBack, error.savepoint]).toEqual(['healthy', false, SP]);
    expect(error.message).toContain(`not rolled back; restore by hand from ${SP}`);
    expect(jobs.get(error.newJobId as string)).toBe('RUNNING');
    expect(calls(exchanges).filter((c) => c.endsWith('/run'))).toHaveLength(1);
  });
});

describe('resumeUpgrade', () => {
  const saved = (patch: Partial<UpgradeState>): UpgradeState => ({
    kind: 'upgrade',
    flinkVersion: '2.3',
    jobId: JOB,
    mode: 'savepoint',
    jar: { jarId: 'new.jar' },
    newJarId: 'new.jar',
    allowNonRestoredState: false,
    healthy: { runningForMs: 1_000, completedCheckpoints: 1 },
    rollback: true,
    previous: { jarId: OLD_JAR, parallelism: 2 },
    step: 'stop',
    steps: [{ step: 'resolve', status: 'done' }],
    ...patch,
  });
  const TRIGGER = 'fedcba9876543210fedcba9876543210';
  const NEW = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

  it('asks for a stop Flink already took instead of taking a second savepoint', async () => {
    const { client, exchanges, stops, jobs } = cluster();
    stops.add(TRIGGER);
    jobs.set(JOB, 'FINISHED');
    const result = await resumeUpgrade(client, saved({ stopTriggerId: TRIGGER })).wait();
    expect(result.savepoint).toBe(SP);
    expect(calls(exchanges).filter((c) => c.endsWith('/stop'))).toEqual([]);
  });

  it('re-sends a stop Flink never saw with the same trigger id', async () => {
    const { client, exchanges } = cluster();
    await resumeUpgrade(client, saved({ stopTriggerId: TRIGGER })).wait();
    const stops = exchanges.filter((e) => e.path.endsWith('/stop'));
    expect(stops.map((s) => (s.body as { triggerId: string }).triggerId)).toEqual([TRIGGER]);
  });

  it('adopts a new job Flink already runs instead of starting a second one', async () => {
    const { client, exchanges } = cluster({ known: { [JOB]: 'FINISHED', [NEW]: 'RUNNING' } });
    const result = await resumeUpgrade(
      client,
      saved({ step: 'start', savepoint: SP, stopTriggerId: TRIGGER, newJobId: NEW }),
    ).wait();
    expect(result.newJobId).toBe(NEW);
    expect(calls(exchanges).filter((c) => c.endsWith('/run'))).toEqual([]);
  });

  it.each([
    { name: 'not an object', state: 'x', want: /upgrade state must be an object/ },
    {
      name: 'another kind',
      state: { kind: 'savepoint' },
      want: /state.kind "savepoint" must be "upgrade"/,
    },
    {
      name: 'an unknown step',
      state: saved({ step: 'warp' as never }),
      want: /state.step "warp" must be one of/,
    },
    {
      name: 'a bad trigger id',
      state: saved({ stopTriggerId: 'x' }),
      want: /state.stopTriggerId "x" must be 32/,
    },
    {
      name: 'a lost trigger id list that is not one',
      state: saved({ lostStopTriggerIds: 'x' as never }),
      want: /state.lostStopTriggerIds must be an array/,
    },
    {
      name: 'a bad lost trigger id',
      state: saved({ lostStopTriggerIds: [TRIGGER, 'x'] }),
      want: /state.lostStopTriggerIds\[1\] "x" must be 32/,
    },
  ])('refuses a state that is $name', ({ state, want }) => {
    const { client } = cluster();
    expect(() => resumeUpgrade(client, state as UpgradeState)).toThrow(want);
  });
});

describe('README', () => {
  it('shows test-live/readme-upgrade.ts verbatim (the live test runs it)', async () => {
    const read = (file: string) => readFile(new URL(file, import.meta.url), 'utf8');
    const [readme, example] = await Promise.all([
      read('../README.md'),
      read('../test-live/readme-upgrade.ts'),
    ]);
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\`\n`);
  });
});
