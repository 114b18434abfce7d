import { supportedLines } from '@flink-rest/versions';
import { describe, expect, it, vi } from 'vitest';
import {
  createFlinkClient,
  FlinkApiError,
  FlinkConnectionError,
  FlinkVersionMismatchError,
  OperationAbortedError,
  OperationFailedError,
  OperationNotFoundError,
  OperationTimeoutError,
  resumeOperation,
  UnexpectedJobStatusError,
  UnsupportedEndpointError,
  WaitTimeoutError,
} from '../src/index.js';
import { fakeClock } from './clock.js';
import {
  type Handler,
  inProgress,
  JOB,
  type Reply,
  savepointDone,
  scriptedFlink,
  TRIGGER,
} from './scripted-flink.js';

const cause = {
  class: 'org.apache.flink.util.FlinkException',
  'stack-trace': 'org.apache.flink.util.FlinkException: no space\n\tat a.b(C.java:1)',
};

/** Echoes the client's triggerId back as Flink does (request-id = triggerId). */
const echoTrigger: Handler = ({ body }) => ({
  status: 202,
  body: { 'request-id': (body as { triggerId: string }).triggerId },
});

function client(
  routes: Record<string, Handler | Reply | Reply[]>,
  extra: Record<string, unknown> = {},
) {
  const clock = fakeClock();
  const flink = scriptedFlink(routes);
  const c = createFlinkClient({
    baseUrl: 'http://127.0.0.1:8081',
    flinkVersion: '2.3',
    fetch: flink.fetch,
    clock,
    ...extra,
  });
  return { flink: c, exchanges: flink.exchanges, clock };
}

describe('savepoint', () => {
  it('triggers with a client trigger id and polls with backoff until COMPLETED', async () => {
    const { flink, exchanges, clock } = client({
      'POST /jobs/{jobid}/savepoints': echoTrigger,
      'GET /jobs/{jobid}/savepoints/{triggerid}': [inProgress, inProgress, savepointDone],
    });
    const op = await flink.savepoints.trigger(JOB, {
      targetDirectory: 's3://bucket/sp',
      formatType: 'CANONICAL',
    });
    expect(exchanges[0]).toMatchObject({
      method: 'POST',
      path: `/jobs/${JOB}/savepoints`,
      body: {
        'target-directory': 's3://bucket/sp',
        'cancel-job': false,
        formatType: 'CANONICAL',
        triggerId: op.triggerId,
      },
    });
    expect(op.triggerId).toMatch(/^[0-9a-f]{32}$/);
    const progress: number[] = [];
    expect(await op.wait({ onProgress: (e) => progress.push(e.polls) })).toEqual({
      location: 'file:/sp/savepoint-1',
    });
    expect(exchanges.slice(1).map((e) => e.path)).toEqual(
      Array(3).fill(`/jobs/${JOB}/savepoints/${op.triggerId}`),
    );
    expect(progress).toEqual([1, 2]);
    expect(clock.sleeps).toEqual([188, 375]);
  });

  it('re-sends a trigger whose answer was lost with the same trigger id', async () => {
    let calls = 0;
    const { flink, exchanges } = client({
      'POST /jobs/{jobid}/savepoints': (call) => (++calls === 1 ? 'reset' : echoTrigger(call)),
    });
    const op = await flink.savepoints.trigger(JOB);
    const ids = exchanges.map((e) => (e.body as { triggerId: string }).triggerId);
    expect(ids).toEqual([op.triggerId, op.triggerId]);
  });

  it('reports COMPLETED with a failure cause as OperationFailedError', async () => {
    const { flink } = client({
      'POST /jobs/{jobid}/savepoints': echoTrigger,
      'GET /jobs/{jobid}/savepoints/{triggerid}': {
        status: 200,
        body: { status: { id: 'COMPLETED' }, operation: { 'failure-cause': cause } },
      },
    });
    const op = await flink.savepoints.trigger(JOB);
    const error = (await op.wait().catch((e: unknown) => e)) as OperationFailedError;
    expect(error).toBeInstanceOf(OperationFailedError);
    expect(error.failureClass).toBe(cause.class);
    expect(error.failureStackTrace).toBe(cause['stack-trace']);
    expect(error.operation).toEqual({ kind: 'savepoint', triggerId: op.triggerId, jobId: JOB });
  });

  it('names an unknown trigger id (404) as expired or lost', async () => {
    const { flink } = client({
      'GET /jobs/{jobid}/savepoints/{triggerid}': {
        status: 404,
        body: {
          errors: [`There is no savepoint operation with triggerId=${TRIGGER} for job ${JOB}.`],
        },
      },
    });
    const op = resumeOperation(flink, {
      kind: 'savepoint',
      triggerId: TRIGGER,
      jobId: JOB,
      flinkVersion: '2.3',
    });
    await expect(op.wait()).rejects.toBeInstanceOf(OperationNotFoundError);
    await expect(op.poll()).rejects.toThrow(
      /expired \(rest\.async\.store-duration, default 5 min\) or was lost when the JobManager restarted/,
    );
  });

  it('polls through resets and 503s, and times out at the deadline', async () => {
    const { flink, clock, exchanges } = client(
      {
        'GET /jobs/{jobid}/savepoints/{triggerid}': [
          'reset',
          { status: 503, body: { errors: ['busy'] } },
          inProgress,
        ],
      },
      { retry: { retries: 0 } },
    );
    const op = resumeOperation(flink, {
      kind: 'savepoint',
      triggerId: TRIGGER,
      jobId: JOB,
      flinkVersion: '2.3',
    });
    const error = (await op
      .wait({ timeoutMs: 2_000, minDelayMs: 500, maxDelayMs: 500 })
      .catch((e: unknown) => e)) as OperationTimeoutError;
    expect(error).toBeInstanceOf(OperationTimeoutError);
    expect(error.message).toBe(
      `savepoint ${TRIGGER} of job ${JOB} did not complete within 2000 ms (${exchanges.length} polls)`,
    );
    expect(clock.now()).toBe(2_000);
  });

  it('stops waiting when aborted, with a distinct error', async () => {
    const controller = new AbortController();
    const { flink } = client({
      'GET /jobs/{jobid}/savepoints/{triggerid}': () => {
        controller.abort(new Error('deploy cancelled'));
        return inProgress;
      },
    });
    const op = resumeOperation(flink, {
      kind: 'savepoint',
      triggerId: TRIGGER,
      jobId: JOB,
      flinkVersion: '2.3',
    });
    await expect(op.wait({ signal: controller.signal })).rejects.toBeInstanceOf(
      OperationAbortedError,
    );
  });

  it('throws FlinkApiError with Flink messages, keeping the server stack trace apart', async () => {
    const { flink } = client({
      'POST /jobs/{jobid}/savepoints': {
        status: 400,
        body: {
          errors: [
            'org.apache.flink.runtime.rest.handler.RestHandlerException: Config key [state.savepoints.dir] is not set.\n\tat x.y(Z.java:1)',
          ],
        },
      },
    });
    const error = (await flink.savepoints.trigger(JOB).catch((e: unknown) => e)) as FlinkApiError;
    expect(error).toBeInstanceOf(FlinkApiError);
    expect(error.status).toBe(400);
    expect(error.method).toBe('POST');
    expect(error.path).toBe(`/jobs/${JOB}/savepoints`);
    expect(error.message).toBe(
      `POST /jobs/${JOB}/savepoints failed with HTTP 400: org.apache.flink.runtime.rest.handler.RestHandlerException: Config key [state.savepoints.dir] is not set.`,
    );
    expect(error.serverStackTrace).toBe('\tat x.y(Z.java:1)');
  });
});

describe('other operations', () => {
  it('stop-with-savepoint sends camelCase targetDirectory and polls the savepoint status', async () => {
    const { flink, exchanges } = client({
      'POST /jobs/{jobid}/stop': echoTrigger,
      'GET /jobs/{jobid}/savepoints/{triggerid}': savepointDone,
    });
    const op = await flink.jobs.stopWithSavepoint(JOB, { targetDirectory: '/sp', drain: true });
    expect(exchanges[0]?.body).toEqual({
      targetDirectory: '/sp',
      drain: true,
      triggerId: op.triggerId,
    });
    expect(await op.wait()).toEqual({ location: 'file:/sp/savepoint-1' });
    expect(op.toJSON()).toEqual({
      kind: 'stop-with-savepoint',
      triggerId: op.triggerId,
      jobId: JOB,
      flinkVersion: '2.3',
    });
  });

  it('checkpoint reads the camelCase CheckpointInfo', async () => {
    const { flink } = client({
      'POST /jobs/{jobid}/checkpoints': echoTrigger,
      'GET /jobs/{jobid}/checkpoints/{triggerid}': [
        inProgress,
        { status: 200, body: { status: { id: 'COMPLETED' }, operation: { checkpointId: 42 } } },
      ],
    });
    expect(await (await flink.checkpoints.trigger(JOB)).wait()).toEqual({ checkpointId: 42 });
  });

  it('savepoint disposal is never re-sent after a lost answer (Flink mints its id)', async () => {
    const { flink, exchanges } = client({
      'POST /savepoint-disposal': ['reset', { status: 200, body: { 'request-id': TRIGGER } }],
    });
    await expect(flink.savepoints.dispose('file:/sp/savepoint-1')).rejects.toBeInstanceOf(
      FlinkConnectionError,
    );
    expect(exchanges).toHaveLength(1);
  });

  it('savepoint disposal and dataset deletion complete as generic operations', async () => {
    const done: Reply = { status: 200, body: { status: { id: 'COMPLETED' }, operation: {} } };
    const { flink, exchanges } = client({
      'POST /savepoint-disposal': { status: 200, body: { 'request-id': TRIGGER } },
      'GET /savepoint-disposal/{triggerid}': done,
      'DELETE /datasets/{datasetid}': { status: 202, body: { 'request-id': TRIGGER } },
      'GET /datasets/delete/{triggerid}': done,
    });
    const disposal = await flink.savepoints.dispose('file:/sp/savepoint-1');
    expect(exchanges[0]?.body).toEqual({ 'savepoint-path': 'file:/sp/savepoint-1' });
    expect(await disposal.wait()).toEqual({});
    expect(disposal.toJSON()).toEqual({
      kind: 'savepoint-disposal',
      triggerId: TRIGGER,
      flinkVersion: '2.3',
    });
    expect(await (await flink.datasets.delete(JOB)).wait()).toEqual({});
  });
});

describe('jobs', () => {
  it('waitForStatus polls until a wanted status', async () => {
    const { flink } = client({
      'GET /jobs/{jobid}/status': [
        { status: 200, body: { status: 'CREATED' } },
        { status: 200, body: { status: 'RUNNING' } },
      ],
    });
    expect(await flink.jobs.waitForStatus(JOB, ['RUNNING'])).toBe('RUNNING');
  });

  it('waitForStatus fails at a terminal status that is not wanted', async () => {
    const { flink } = client({
      'GET /jobs/{jobid}/status': { status: 200, body: { status: 'FAILED' } },
    });
    await expect(flink.jobs.waitForStatus(JOB, ['RUNNING'])).rejects.toBeInstanceOf(
      UnexpectedJobStatusError,
    );
  });

  it('waitForStatus times out naming the last status', async () => {
    const { flink } = client({
      'GET /jobs/{jobid}/status': { status: 200, body: { status: 'RESTARTING' } },
    });
    const error = await flink.jobs
      .waitForStatus(JOB, ['RUNNING'], { timeoutMs: 1_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as Error).message).toBe(
      `job ${JOB} to be RUNNING did not happen within 1000 ms (last seen: RESTARTING)`,
    );
  });

  it('cancels with mode=cancel', async () => {
    const { flink, exchanges } = client({ 'PATCH /jobs/{jobid}': { status: 202, body: {} } });
    await flink.jobs.cancel(JOB);
    expect(exchanges[0]).toMatchObject({
      method: 'PATCH',
      path: `/jobs/${JOB}`,
      query: '?mode=cancel',
    });
  });

  it('rescales every vertex through the resource requirements', async () => {
    const vertex = 'cbc357ccb763df2852fee8c4fc7d55f2';
    const { flink, exchanges } = client({
      'GET /jobs/{jobid}/resource-requirements': {
        status: 200,
        body: { [vertex]: { parallelism: { lowerBound: 1, upperBound: 1 } } },
      },
      'PUT /jobs/{jobid}/resource-requirements': { status: 200, body: {} },
    });
    await flink.jobs.rescale(JOB, 3);
    expect(exchanges[1]).toMatchObject({
      method: 'PUT',
      body: { [vertex]: { parallelism: { lowerBound: 1, upperBound: 3 } } },
    });
  });
});

describe('jars and metrics', () => {
  it('uploads as multipart with a jarfile part', async () => {
    const { flink, exchanges } = client({
      'POST /jars/upload': {
        status: 200,
        body: { filename: '/tmp/flink-web-x/flink-web-upload/1a2b_job.jar', status: 'success' },
      },
    });
    const jar = await flink.jars.upload(new Uint8Array([0x50, 0x4b, 3, 4]), {
      filename: 'job.jar',
    });
    expect(jar).toEqual({
      id: '1a2b_job.jar',
      filename: '/tmp/flink-web-x/flink-web-upload/1a2b_job.jar',
    });
    expect(exchanges[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = exchanges[0]?.body as FormData;
    const part = form.get('jarfile') as File;
    expect(part.name).toBe('job.jar');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
  });

  it('runs a jar with programArgsList and restore settings', async () => {
    const { flink, exchanges } = client({
      'POST /jars/{jarid}/run': { status: 200, body: { jobid: JOB } },
    });
    expect(
      await flink.jars.run('1a2b_job.jar', {
        args: ['--bounded', '10'],
        parallelism: 2,
        savepointPath: '/sp/1',
        allowNonRestoredState: true,
      }),
    ).toEqual({ jobid: JOB });
    expect(exchanges[0]).toMatchObject({
      path: '/jars/1a2b_job.jar/run',
      body: {
        programArgsList: ['--bounded', '10'],
        parallelism: 2,
        savepointPath: '/sp/1',
        allowNonRestoredState: true,
      },
    });
  });

  it('serializes list parameters comma-separated, as Flink reads them', async () => {
    const { flink, exchanges } = client({ 'GET /taskmanagers/metrics': { status: 200, body: [] } });
    await flink.metrics.taskManagers({
      names: ['Status.JVM.CPU.Load', 'Status.JVM.Memory.Heap.Used'],
      agg: ['min', 'max'],
    });
    expect(decodeURIComponent(exchanges[0]?.query ?? '')).toBe(
      '?get=Status.JVM.CPU.Load,Status.JVM.Memory.Heap.Used&agg=min,max',
    );
  });
});

describe('bad input fails before any request', () => {
  const { flink, exchanges } = client({});
  it.each([
    {
      name: 'a short job id',
      run: () => flink.savepoints.trigger('abc'),
      want: 'jobId "abc" must be 32 lower-case hexadecimal characters',
    },
    {
      name: 'an empty target directory',
      run: () => flink.savepoints.trigger(JOB, { targetDirectory: '' }),
      want: 'targetDirectory must be a non-empty string',
    },
    {
      name: 'an empty stop target',
      run: () => flink.jobs.stopWithSavepoint(JOB, { targetDirectory: ' ' }),
      want: 'targetDirectory must be a non-empty string',
    },
    {
      name: 'parallelism 0',
      run: () => flink.jars.run('x.jar', { parallelism: 0 }),
      want: 'parallelism (0) must be a whole number >= 1',
    },
    {
      name: 'a bad format',
      run: () => flink.savepoints.trigger(JOB, { formatType: 'FAST' as never }),
      want: 'formatType "FAST" must be one of CANONICAL, NATIVE',
    },
    {
      name: 'a bad trigger id',
      run: () => flink.checkpoints.trigger(JOB, { triggerId: 'x' }),
      want: 'triggerId "x" must be 32',
    },
    {
      name: 'no wanted status',
      run: () => flink.jobs.waitForStatus(JOB, []),
      want: 'wanted must list at least one job status',
    },
    {
      name: 'bad poll options',
      run: () => flink.jobs.waitForStatus(JOB, ['RUNNING'], { minDelayMs: 1_000, maxDelayMs: 500 }),
      want: 'maxDelayMs (500) must be >= minDelayMs (1000)',
    },
    {
      name: 'an empty savepoint path',
      run: () => flink.savepoints.dispose(''),
      want: 'savepointPath must be a non-empty string',
    },
    { name: 'a jar id of ..', run: () => flink.jars.run('..'), want: 'must not be ".."' },
  ] as { name: string; run: () => unknown; want: string }[])('$name', async ({ run, want }) => {
    await expect(Promise.resolve().then(run)).rejects.toThrow(want);
    expect(exchanges).toHaveLength(0);
  });

  it.each([
    {
      name: 'an unknown version',
      options: { baseUrl: 'http://x', flinkVersion: '1.14' },
      want: `flinkVersion 1.14 is not a supported Flink line; supported: ${supportedLines.join(', ')}`,
    },
    {
      name: 'a base URL that is not one',
      options: { baseUrl: 'nope', flinkVersion: '2.3' },
      want: 'baseUrl "nope" is not a URL',
    },
    {
      name: 'credentials in the URL',
      options: { baseUrl: 'http://u:secret@x', flinkVersion: '2.3' },
      want: 'baseUrl must not carry credentials',
    },
  ])('createFlinkClient refuses $name', ({ options, want }) => {
    expect(() => createFlinkClient(options as never)).toThrow(want);
  });

  it('refuses a path the pinned version does not have', async () => {
    await expect(
      (flink.GET as unknown as (path: string, init: object) => Promise<unknown>)(
        '/jobs/{jobid}/no-such-thing',
        { params: { path: { jobid: JOB } } },
      ),
    ).rejects.toBeInstanceOf(UnsupportedEndpointError);
    expect(exchanges).toHaveLength(0);
  });

  it('resumeOperation validates the state it is given', () => {
    expect(() =>
      resumeOperation(flink, {
        kind: 'savepoint',
        triggerId: TRIGGER,
        flinkVersion: '2.3',
      } as never),
    ).toThrow('state.jobId undefined must be 32 lower-case hexadecimal characters');
    expect(() =>
      resumeOperation(flink, { kind: 'rescale', triggerId: TRIGGER, flinkVersion: '2.3' } as never),
    ).toThrow('state.kind "rescale" must be one of');
  });
});

describe('connect', () => {
  const config = (v: string): Reply => ({
    status: 200,
    body: { 'flink-version': v, features: { 'web-submit': true } },
  });
  it('matches the pinned line', async () => {
    const { flink } = client({ 'GET /config': config('2.3.0') });
    expect(await flink.connect()).toMatchObject({
      flinkVersion: '2.3.0',
      line: '2.3',
      pinned: '2.3',
      matches: true,
    });
  });

  it('warns on a mismatch by default, or throws when asked', async () => {
    const warn = vi.fn();
    const { flink } = client({ 'GET /config': config('2.2.1') }, { logger: { warn } });
    expect((await flink.connect()).matches).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      'the client is pinned to Flink 2.3 but the cluster runs Flink 2.2.1',
    );
    const strict = client({ 'GET /config': config('2.2.1') }, { onVersionMismatch: 'error' });
    await expect(strict.flink.connect()).rejects.toBeInstanceOf(FlinkVersionMismatchError);
  });
});
