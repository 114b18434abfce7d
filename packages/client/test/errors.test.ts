import { describe, expect, it } from 'vitest';
import {
  createFlinkClient,
  FlinkApiError,
  FlinkConnectionError,
  FlinkError,
  FlinkVersionMismatchError,
  OperationAbortedError,
  OperationFailedError,
  OperationNotFoundError,
  type OperationRef,
  OperationTimeoutError,
  resumeOperation,
  UnexpectedJobStatusError,
  UnexpectedResponseError,
  UnsupportedEndpointError,
  WaitAbortedError,
  WaitTimeoutError,
} from '../src/index.js';
import { fakeClock } from './clock.js';
import { type Handler, JOB, type Reply, scriptedFlink, TRIGGER } from './scripted-flink.js';

const ref: OperationRef = { kind: 'savepoint', triggerId: TRIGGER, jobId: JOB };
const request = { method: 'GET', path: '/jobs/overview' };

describe('every error of the client is a FlinkError', () => {
  it.each([
    { given: new FlinkApiError(request, 500, ['boom']), want: 'FlinkApiError' },
    { given: new FlinkConnectionError(request, 'reset'), want: 'FlinkConnectionError' },
    { given: new UnexpectedResponseError(request, 200, 'html'), want: 'UnexpectedResponseError' },
    {
      given: new UnsupportedEndpointError('GET', '/x', '2.3'),
      want: 'UnsupportedEndpointError',
    },
    { given: new FlinkVersionMismatchError('2.3', '2.2.1'), want: 'FlinkVersionMismatchError' },
    { given: new OperationFailedError(ref, 'X', 'X: y'), want: 'OperationFailedError' },
    { given: new OperationNotFoundError(ref), want: 'OperationNotFoundError' },
    { given: new OperationTimeoutError(ref, 1_000, 3), want: 'OperationTimeoutError' },
    { given: new OperationAbortedError(ref), want: 'OperationAbortedError' },
    {
      given: new UnexpectedJobStatusError(JOB, 'FAILED', ['RUNNING']),
      want: 'UnexpectedJobStatusError',
    },
    { given: new WaitTimeoutError('x', 1_000, undefined), want: 'WaitTimeoutError' },
    { given: new WaitAbortedError('x'), want: 'WaitAbortedError' },
  ])('$want', ({ given, want }) => {
    expect(given).toBeInstanceOf(FlinkError);
    expect(given).toBeInstanceOf(Error);
    expect(given.name).toBe(want);
    expect(String(given)).toMatch(new RegExp(`^${want}: `));
  });
});

describe('one timeout and one abort error for every wait', () => {
  const opTimeout = new OperationTimeoutError(ref, 2_000, 4, { cause: new Error('last') });
  const opAbort = new OperationAbortedError(ref, { cause: 'stop' });
  it.each([
    { name: 'an operation timeout is a WaitTimeoutError', given: opTimeout, cls: WaitTimeoutError },
    { name: 'an operation abort is a WaitAbortedError', given: opAbort, cls: WaitAbortedError },
  ])('$name', ({ given, cls }) => {
    expect(given).toBeInstanceOf(cls);
  });
  it.each([
    {
      name: 'a status wait timeout is no OperationTimeoutError',
      given: new WaitTimeoutError('x', 1, undefined),
      cls: OperationTimeoutError,
    },
    {
      name: 'a status wait abort is no OperationAbortedError',
      given: new WaitAbortedError('x'),
      cls: OperationAbortedError,
    },
  ])('$name', ({ given, cls }) => {
    expect(given).not.toBeInstanceOf(cls);
  });

  it('keeps the messages and fields of both names', () => {
    expect(opTimeout).toMatchObject({
      message: `savepoint ${TRIGGER} of job ${JOB} did not complete within 2000 ms (4 polls)`,
      what: `savepoint ${TRIGGER} of job ${JOB}`,
      timeoutMs: 2_000,
      polls: 4,
      operation: ref,
      last: undefined,
    });
    expect(opTimeout.cause).toEqual(new Error('last'));
    expect(opAbort).toMatchObject({
      message: `waiting for savepoint ${TRIGGER} of job ${JOB} was aborted`,
      what: `savepoint ${TRIGGER} of job ${JOB}`,
      operation: ref,
      cause: 'stop',
    });
  });
});

function client(routes: Record<string, Handler | Reply | Reply[]>, baseUrl: string) {
  const flink = scriptedFlink(routes);
  return createFlinkClient({
    baseUrl,
    flinkVersion: '2.3',
    fetch: flink.fetch,
    clock: fakeClock(),
    retry: { retries: 0 },
  });
}

type Flink = ReturnType<typeof client>;
// biome-ignore lint/suspicious/noExplicitAny: raw calls with paths outside the typed table.
const raw = (flink: Flink) => flink as unknown as Record<string, (...a: any[]) => Promise<any>>;

describe('errors name the path in one form: after /v1, without the query', () => {
  it.each([
    {
      name: 'FlinkApiError',
      routes: { 'GET /jobs/overview': { status: 400, body: { errors: ['no'] } } },
      run: (f: Flink) => f.GET('/jobs/overview', {}).then((r) => r.response),
      path: '/jobs/overview',
      raw: true,
    },
    {
      name: 'FlinkApiError of a helper',
      routes: { 'POST /jobs/{jobid}/savepoints': { status: 409, body: { errors: ['busy'] } } },
      run: (f: Flink) => f.savepoints.trigger(JOB),
      path: `/jobs/${JOB}/savepoints`,
      want: `POST /jobs/${JOB}/savepoints failed with HTTP 409: busy`,
    },
    {
      name: 'FlinkConnectionError',
      routes: { 'GET /jobs/{jobid}/metrics': 'reset' as const },
      run: (f: Flink) => f.metrics.job(JOB, ['a']),
      path: `/jobs/${JOB}/metrics`,
      want: `GET /jobs/${JOB}/metrics got no answer`,
    },
    {
      name: 'UnexpectedResponseError of a helper',
      routes: { 'POST /jars/{jarid}/run': { status: 200, body: {} } },
      run: (f: Flink) => f.jars.run('a.jar'),
      path: '/jars/a.jar/run',
      want: 'POST /jars/a.jar/run answered HTTP 200 with an unexpected body: no jobid',
    },
    {
      name: 'UnexpectedResponseError of an operation status',
      routes: { 'GET /jobs/{jobid}/savepoints/{triggerid}': { status: 200, body: {} } },
      run: (f: Flink) =>
        resumeOperation(f, {
          kind: 'savepoint',
          triggerId: TRIGGER,
          jobId: JOB,
          flinkVersion: '2.3',
        }).poll(),
      path: `/jobs/${JOB}/savepoints/${TRIGGER}`,
      want: `GET /jobs/${JOB}/savepoints/${TRIGGER} answered HTTP 200`,
    },
    {
      name: 'UnexpectedResponseError of a job status',
      routes: { 'GET /jobs/{jobid}/status': { status: 200, body: {} } },
      run: (f: Flink) => f.jobs.waitForStatus(JOB, ['RUNNING']),
      path: `/jobs/${JOB}/status`,
      want: `GET /jobs/${JOB}/status answered HTTP 200`,
    },
    {
      name: 'UnsupportedEndpointError',
      routes: {},
      run: (f: Flink) => raw(f).GET?.('/no-such-thing', {}),
      path: '/no-such-thing',
      want: 'GET /no-such-thing is not an endpoint of Flink 2.3',
    },
  ] as {
    name: string;
    routes: Record<string, Reply>;
    run: (f: Flink) => Promise<unknown>;
    path: string;
    want?: string;
    raw?: boolean;
  }[])('$name', async ({ routes, run, path, want }) => {
    for (const baseUrl of ['http://127.0.0.1:8081', 'http://127.0.0.1:8081/proxy/flink']) {
      const error = await run(client(routes, baseUrl)).catch((e: unknown) => e);
      if (error instanceof Response) {
        // Raw calls return: the helper's error would name the same path.
        expect(new URL(error.url).pathname).toBe(
          `${new URL(baseUrl).pathname.replace(/\/$/, '')}/v1${path}`,
        );
        continue;
      }
      expect(error).toBeInstanceOf(FlinkError);
      expect((error as { path: string }).path).toBe(path);
      if (want) expect((error as Error).message).toContain(want);
      expect((error as Error).message).not.toContain('/v1');
    }
  });

  it('argument errors of a path parameter name the path the same way', async () => {
    const error = await client({}, 'http://127.0.0.1:8081/proxy')
      .jars.run('..')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'path parameter "jarid" of /jars/{jarid}/run must not be ".."',
    );
  });
});
