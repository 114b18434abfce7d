import { describe, expect, it } from 'vitest';
import {
  createFlinkClient,
  FlinkApiError,
  type FlinkClient,
  OperationAbortedError,
  OperationFailedError,
  OperationTimeoutError,
  resumeOperation,
  WaitAbortedError,
  WaitTimeoutError,
} from '../src/index.js';
import { fakeClock } from './clock.js';
import {
  type Exchange,
  type Handler,
  inProgress,
  JOB,
  type Reply,
  savepointDone,
  scriptedFlink,
  TRIGGER,
} from './scripted-flink.js';

const checkpointDone: Reply = {
  status: 200,
  body: { status: { id: 'COMPLETED' }, operation: { checkpointId: 42 } },
};
const failed: Reply = {
  status: 200,
  body: {
    status: { id: 'COMPLETED' },
    operation: {
      'failure-cause': {
        class: 'org.apache.flink.util.FlinkException',
        'stack-trace': 'org.apache.flink.util.FlinkException: no space\n\tat a.b(C.java:1)',
      },
    },
  },
};
/** Echoes the client's triggerId back as Flink does (request-id = triggerId). */
const echoTrigger: Handler = ({ body }) => ({
  status: 202,
  body: { 'request-id': (body as { triggerId: string }).triggerId },
});

// biome-ignore lint/suspicious/noExplicitAny: helpers address every version's paths.
type Flink = FlinkClient<any>;

function client(routes: Record<string, Handler | Reply | Reply[]>) {
  const flink = scriptedFlink(routes);
  const c = createFlinkClient({
    baseUrl: 'http://127.0.0.1:8081',
    flinkVersion: '2.3',
    fetch: flink.fetch,
    clock: fakeClock(),
    retry: { retries: 0 },
  }) as Flink;
  return { flink: c, exchanges: flink.exchanges };
}

const abortOnPoll = new AbortController();

describe('trigger-and-wait shortcuts', () => {
  it.each([
    {
      name: 'savepoints.create resolves with the location',
      routes: {
        'POST /jobs/{jobid}/savepoints': echoTrigger,
        'GET /jobs/{jobid}/savepoints/{triggerid}': [inProgress, savepointDone],
      },
      run: (f: Flink) => f.savepoints.create(JOB, { targetDirectory: '/sp', formatType: 'NATIVE' }),
      want: {
        value: { location: 'file:/sp/savepoint-1' },
        sent: [`POST /jobs/${JOB}/savepoints`, 'GET', 'GET'],
        body: { 'target-directory': '/sp', 'cancel-job': false, formatType: 'NATIVE' },
      },
    },
    {
      name: 'savepoints.create rejects with the failure cause',
      routes: {
        'POST /jobs/{jobid}/savepoints': echoTrigger,
        'GET /jobs/{jobid}/savepoints/{triggerid}': failed,
      },
      run: (f: Flink) => f.savepoints.create(JOB),
      want: {
        error: OperationFailedError,
        message: /^savepoint [0-9a-f]{32} of job 0123.* failed: .*no space$/,
        sent: [`POST /jobs/${JOB}/savepoints`, 'GET'],
      },
    },
    {
      name: 'savepoints.create rejects at timeoutMs with an operation to resume',
      routes: {
        'POST /jobs/{jobid}/savepoints': echoTrigger,
        'GET /jobs/{jobid}/savepoints/{triggerid}': inProgress,
      },
      run: (f: Flink) =>
        f.savepoints.create(JOB, { triggerId: TRIGGER, timeoutMs: 1_000, minDelayMs: 500 }),
      want: {
        error: OperationTimeoutError,
        also: WaitTimeoutError,
        message: `savepoint ${TRIGGER} of job ${JOB} did not complete within 1000 ms (3 polls)`,
        operation: { kind: 'savepoint', triggerId: TRIGGER, jobId: JOB },
        sent: [`POST /jobs/${JOB}/savepoints`, 'GET', 'GET', 'GET'],
      },
    },
    {
      name: 'savepoints.create checks poll options before triggering',
      routes: {},
      run: (f: Flink) => f.savepoints.create(JOB, { minDelayMs: 1_000, maxDelayMs: 10 }),
      want: {
        error: RangeError,
        message: 'maxDelayMs (10) must be >= minDelayMs (1000)',
        sent: [],
      },
    },
    {
      name: 'savepoints.create rejects with the trigger error',
      routes: { 'POST /jobs/{jobid}/savepoints': { status: 400, body: { errors: ['no dir'] } } },
      run: (f: Flink) => f.savepoints.create(JOB),
      want: {
        error: FlinkApiError,
        message: `POST /jobs/${JOB}/savepoints failed with HTTP 400: no dir`,
        sent: [`POST /jobs/${JOB}/savepoints`],
      },
    },
    {
      name: 'jobs.stopWithSavepointAndWait resolves with the location',
      routes: {
        'POST /jobs/{jobid}/stop': echoTrigger,
        'GET /jobs/{jobid}/savepoints/{triggerid}': [inProgress, inProgress, savepointDone],
      },
      run: (f: Flink) => f.jobs.stopWithSavepointAndWait(JOB, { drain: true }),
      want: {
        value: { location: 'file:/sp/savepoint-1' },
        sent: [`POST /jobs/${JOB}/stop`, 'GET', 'GET', 'GET'],
        body: { drain: true },
      },
    },
    {
      name: 'jobs.stopWithSavepointAndWait rejects with the failure cause',
      routes: {
        'POST /jobs/{jobid}/stop': echoTrigger,
        'GET /jobs/{jobid}/savepoints/{triggerid}': failed,
      },
      run: (f: Flink) => f.jobs.stopWithSavepointAndWait(JOB, { triggerId: TRIGGER }),
      want: {
        error: OperationFailedError,
        message: `stop-with-savepoint ${TRIGGER} of job ${JOB} failed: org.apache.flink.util.FlinkException: no space`,
        sent: [`POST /jobs/${JOB}/stop`, 'GET'],
      },
    },
    {
      name: 'checkpoints.create resolves with the checkpoint id',
      routes: {
        'POST /jobs/{jobid}/checkpoints': echoTrigger,
        'GET /jobs/{jobid}/checkpoints/{triggerid}': [inProgress, checkpointDone],
      },
      run: (f: Flink) => f.checkpoints.create(JOB, { checkpointType: 'FULL' }),
      want: {
        value: { checkpointId: 42 },
        sent: [`POST /jobs/${JOB}/checkpoints`, 'GET', 'GET'],
        body: { checkpointType: 'FULL' },
      },
    },
    {
      name: 'checkpoints.create passes its signal to the wait',
      routes: {
        'POST /jobs/{jobid}/checkpoints': echoTrigger,
        'GET /jobs/{jobid}/checkpoints/{triggerid}': () => {
          abortOnPoll.abort(new Error('deploy cancelled'));
          return inProgress;
        },
      },
      run: (f: Flink) =>
        f.checkpoints.create(JOB, { triggerId: TRIGGER, signal: abortOnPoll.signal }),
      want: {
        error: OperationAbortedError,
        also: WaitAbortedError,
        message: `waiting for checkpoint ${TRIGGER} of job ${JOB} was aborted`,
        operation: { kind: 'checkpoint', triggerId: TRIGGER, jobId: JOB },
        sent: [`POST /jobs/${JOB}/checkpoints`, 'GET'],
      },
    },
  ] as {
    name: string;
    routes: Record<string, Handler | Reply | Reply[]>;
    run: (f: Flink) => Promise<unknown>;
    want: {
      value?: unknown;
      body?: Record<string, unknown>;
      error?: new (...args: never[]) => Error;
      also?: new (...args: never[]) => Error;
      message?: string | RegExp;
      operation?: unknown;
      sent: string[];
    };
  }[])('$name', async ({ routes, run, want }) => {
    const { flink, exchanges } = client(routes);
    const settled = (await Promise.allSettled([run(flink)]))[0];
    if (want.error) {
      expect(settled?.status).toBe('rejected');
      const error = (settled as PromiseRejectedResult).reason as Error;
      expect(error).toBeInstanceOf(want.error);
      if (want.also) expect(error).toBeInstanceOf(want.also);
      if (typeof want.message === 'string') expect(error.message).toBe(want.message);
      else if (want.message) expect(error.message).toMatch(want.message);
      if (want.operation)
        expect((error as { operation?: unknown }).operation).toEqual(want.operation);
    } else {
      expect(settled).toEqual({ status: 'fulfilled', value: want.value });
    }
    const sent = exchanges.map((e: Exchange, i) =>
      i === 0 && want.sent[0]?.includes(' ') ? `${e.method} ${e.path}` : e.method,
    );
    expect(sent).toEqual(want.sent);
    if (want.body) expect(exchanges[0]?.body).toMatchObject(want.body);
    // The one trigger id is what every poll asks for.
    const triggerId = (exchanges[0]?.body as { triggerId?: string } | undefined)?.triggerId;
    for (const e of exchanges.slice(1)) expect(e.path.endsWith(`/${triggerId}`)).toBe(true);
  });

  it('a timed-out shortcut resumes from its error', async () => {
    let finished = false;
    const { flink } = client({
      'POST /jobs/{jobid}/savepoints': echoTrigger,
      'GET /jobs/{jobid}/savepoints/{triggerid}': () => (finished ? savepointDone : inProgress),
    });
    const error = (await flink.savepoints
      .create(JOB, { timeoutMs: 100, minDelayMs: 100, maxDelayMs: 100 })
      .catch((e: unknown) => e)) as OperationTimeoutError;
    expect(error).toBeInstanceOf(OperationTimeoutError);
    finished = true;
    const op = resumeOperation(flink, { ...error.operation, flinkVersion: '2.3' } as never);
    expect(await op.wait()).toEqual({ location: 'file:/sp/savepoint-1' });
  });
});

describe('every helper that sends a request takes a signal', () => {
  const ok: Reply = { status: 200, body: {} };
  const routes: Record<string, Handler | Reply> = {
    'GET /config': { status: 200, body: { 'flink-version': '2.3.0' } },
    'POST /jobs/{jobid}/savepoints': echoTrigger,
    'POST /jobs/{jobid}/stop': echoTrigger,
    'POST /jobs/{jobid}/checkpoints': echoTrigger,
    'GET /jobs/{jobid}/savepoints/{triggerid}': savepointDone,
    'GET /jobs/{jobid}/checkpoints/{triggerid}': checkpointDone,
    'POST /savepoint-disposal': { status: 200, body: { 'request-id': TRIGGER } },
    'DELETE /datasets/{datasetid}': { status: 202, body: { 'request-id': TRIGGER } },
    'PATCH /jobs/{jobid}': { status: 202, body: {} },
    'GET /jobs/{jobid}/status': { status: 200, body: { status: 'RUNNING' } },
    'GET /jobs/{jobid}/resource-requirements': ok,
    'PUT /jobs/{jobid}/resource-requirements': ok,
    'POST /jars/upload': { status: 200, body: { filename: '/t/1_a.jar', status: 'success' } },
    'POST /jars/{jarid}/run': { status: 200, body: { jobid: JOB } },
    'DELETE /jars/{jarid}': ok,
    'GET /jobmanager/metrics': { status: 200, body: [] },
    'GET /jobs/{jobid}/metrics': { status: 200, body: [] },
    'GET /taskmanagers/metrics': { status: 200, body: [] },
  };
  const reason = new Error('caller gave up');
  const signal = AbortSignal.abort(reason);
  const resume = (f: Flink) =>
    resumeOperation(f, { kind: 'savepoint', triggerId: TRIGGER, jobId: JOB, flinkVersion: '2.3' });
  it.each([
    { name: 'connect', run: (f: Flink) => f.connect({ signal }) },
    { name: 'savepoints.trigger', run: (f: Flink) => f.savepoints.trigger(JOB, { signal }) },
    { name: 'savepoints.create', run: (f: Flink) => f.savepoints.create(JOB, { signal }) },
    { name: 'savepoints.dispose', run: (f: Flink) => f.savepoints.dispose('/sp', { signal }) },
    { name: 'checkpoints.trigger', run: (f: Flink) => f.checkpoints.trigger(JOB, { signal }) },
    { name: 'checkpoints.create', run: (f: Flink) => f.checkpoints.create(JOB, { signal }) },
    {
      name: 'jobs.stopWithSavepoint',
      run: (f: Flink) => f.jobs.stopWithSavepoint(JOB, { signal }),
    },
    {
      name: 'jobs.stopWithSavepointAndWait',
      run: (f: Flink) => f.jobs.stopWithSavepointAndWait(JOB, { signal }),
    },
    { name: 'jobs.cancel', run: (f: Flink) => f.jobs.cancel(JOB, { signal }) },
    {
      name: 'jobs.getResourceRequirements',
      run: (f: Flink) => f.jobs.getResourceRequirements(JOB, { signal }),
    },
    {
      name: 'jobs.setResourceRequirements',
      run: (f: Flink) => f.jobs.setResourceRequirements(JOB, {}, { signal }),
    },
    { name: 'jobs.rescale', run: (f: Flink) => f.jobs.rescale(JOB, 2, { signal }) },
    { name: 'jars.upload', run: (f: Flink) => f.jars.upload(new Uint8Array([1]), { signal }) },
    { name: 'jars.run', run: (f: Flink) => f.jars.run('1_a.jar', { signal }) },
    { name: 'jars.delete', run: (f: Flink) => f.jars.delete('1_a.jar', { signal }) },
    { name: 'datasets.delete', run: (f: Flink) => f.datasets.delete(JOB, { signal }) },
    { name: 'metrics.jobManager', run: (f: Flink) => f.metrics.jobManager(undefined, { signal }) },
    { name: 'metrics.job', run: (f: Flink) => f.metrics.job(JOB, undefined, { signal }) },
    { name: 'metrics.taskManagers', run: (f: Flink) => f.metrics.taskManagers({ signal }) },
    { name: 'operation.poll', run: (f: Flink) => resume(f).poll({ signal }) },
  ])('$name: an aborted signal rejects with its reason', async ({ run }) => {
    const { flink } = client(routes);
    await expect(run(flink)).rejects.toBe(reason);
  });

  it.each([
    {
      name: 'jobs.waitForStatus',
      run: (f: Flink) => f.jobs.waitForStatus(JOB, ['RUNNING'], { signal }),
      want: WaitAbortedError,
    },
    {
      name: 'operation.wait',
      run: (f: Flink) => resume(f).wait({ signal }),
      want: OperationAbortedError,
    },
  ])('$name: an aborted signal ends the wait', async ({ run, want }) => {
    const { flink, exchanges } = client(routes);
    const error = await run(flink).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(want);
    expect((error as Error).cause).toBe(reason);
    expect(exchanges).toHaveLength(0);
  });
});
