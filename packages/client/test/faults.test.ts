import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createFlinkClient,
  FlinkApiError,
  FlinkConnectionError,
  OperationFailedError,
  OperationNotFoundError,
  OperationTimeoutError,
  UnexpectedResponseError,
} from '../src/index.js';
import { type TimedClock, timedClock } from './faults-clock.js';
import {
  type Act,
  type Call,
  type FaultServer,
  type Route,
  startFaultServer,
} from './faults-server.js';

const JOB = '0123456789abcdef0123456789abcdef';
const WAIT = { timeoutMs: 20_000, minDelayMs: 100, maxDelayMs: 1_000 };
const REQUEST_TIMEOUT_MS = 5_000;
const RETRIES = 3;

type Kind = 'savepoint' | 'stop-with-savepoint' | 'checkpoint';
const KINDS: { kind: Kind; trigger: string; poll: string; done: Act; result: unknown }[] = [
  {
    kind: 'savepoint',
    trigger: 'POST /jobs/{jobid}/savepoints',
    poll: 'GET /jobs/{jobid}/savepoints/{triggerid}',
    done: {
      status: 200,
      body: { status: { id: 'COMPLETED' }, operation: { location: 'file:/sp/savepoint-1' } },
    },
    result: { location: 'file:/sp/savepoint-1' },
  },
  {
    kind: 'stop-with-savepoint',
    trigger: 'POST /jobs/{jobid}/stop',
    poll: 'GET /jobs/{jobid}/savepoints/{triggerid}',
    done: {
      status: 200,
      body: { status: { id: 'COMPLETED' }, operation: { location: 'file:/sp/savepoint-2' } },
    },
    result: { location: 'file:/sp/savepoint-2' },
  },
  {
    kind: 'checkpoint',
    trigger: 'POST /jobs/{jobid}/checkpoints',
    poll: 'GET /jobs/{jobid}/checkpoints/{triggerid}',
    done: { status: 200, body: { status: { id: 'COMPLETED' }, operation: { checkpointId: 7 } } },
    result: { checkpointId: 7 },
  },
];

const inProgress: Act = { status: 200, body: { status: { id: 'IN_PROGRESS' } } };
const busy: Act = { status: 503, body: { errors: ['Service temporarily unavailable'] } };
const html: Act = { status: 200, text: '<html><body>maintenance</body></html>' };
const failed: Act = {
  status: 200,
  body: {
    status: { id: 'COMPLETED' },
    operation: {
      'failure-cause': {
        class: 'org.apache.flink.util.FlinkException',
        'stack-trace': 'org.apache.flink.util.FlinkException: Task failure\n\tat a.b(C.java:1)',
      },
      failureCause: {
        class: 'org.apache.flink.util.FlinkException',
        'stack-trace': 'org.apache.flink.util.FlinkException: Task failure\n\tat a.b(C.java:1)',
      },
    },
  },
};
const notFound: Act = {
  status: 404,
  body: { errors: ['org.apache.flink.runtime.rest.NotFoundException: There is no operation'] },
};
/** Flink's answer to a trigger: the client's own triggerId comes back as request-id. */
const accept = (call: Call): Act => ({
  status: 202,
  body: { 'request-id': (call.body as { triggerId: string }).triggerId },
});

type Want =
  | { readonly ok: true }
  | {
      readonly error: abstract new (...args: never[]) => Error;
      readonly status?: number;
      readonly text?: RegExp;
    };

interface Case {
  readonly name: string;
  /** Answers to the trigger, in order (the last repeats); default: accepted. */
  readonly trigger?: readonly (Act | 'accept')[];
  /** Answers to the polls, in order; `'done'` is the kind's COMPLETED body. */
  readonly polls?: readonly (Act | 'done')[];
  readonly want: Want;
  /** How many trigger requests reach the server (all with one trigger id). */
  readonly posts: number;
}

const cases: Case[] = [
  {
    name: 'trigger: 503 twice, then accepted',
    trigger: [busy, busy, 'accept'],
    want: { ok: true },
    posts: 3,
  },
  {
    name: 'trigger: connection reset once (answer lost)',
    trigger: ['reset', 'accept'],
    want: { ok: true },
    posts: 2,
  },
  {
    name: 'trigger: slower than requestTimeoutMs once',
    trigger: ['hang', 'accept'],
    want: { ok: true },
    posts: 2,
  },
  {
    name: 'trigger: body cut off once',
    trigger: [{ truncate: '{"request-id":"01' }, 'accept'],
    want: { ok: true },
    posts: 2,
  },
  {
    name: 'trigger: body stalls once',
    trigger: [{ slowBody: '{"request-id":' }, 'accept'],
    want: { ok: true },
    posts: 2,
  },
  {
    name: 'trigger: 503 every time',
    trigger: [busy],
    want: { error: FlinkApiError, status: 503, text: /failed with HTTP 503/ },
    posts: RETRIES + 1,
  },
  {
    name: 'trigger: reset every time',
    trigger: ['reset'],
    want: { error: FlinkConnectionError, text: /got no answer/ },
    posts: RETRIES + 1,
  },
  {
    name: 'trigger: no answer every time',
    trigger: ['hang'],
    want: { error: FlinkConnectionError, text: /no response within 5000 ms/ },
    posts: RETRIES + 1,
  },
  {
    name: 'trigger: 500 is not repeated',
    trigger: [{ status: 500, body: { errors: ['Internal server error.'] } }],
    want: { error: FlinkApiError, status: 500 },
    posts: 1,
  },
  {
    name: 'trigger: 202 with a body that is not JSON',
    trigger: [{ status: 202, text: '<html>accepted</html>' }],
    want: { error: UnexpectedResponseError, text: /is not JSON/ },
    posts: 1,
  },
  {
    name: 'trigger: 202 without a request-id',
    trigger: [{ status: 202, body: { id: 'x' } }],
    want: { error: UnexpectedResponseError, text: /request-id/ },
    posts: 1,
  },
  {
    name: 'poll: reset, 503, no answer, cut off, stalled, in progress, then completed',
    polls: [
      'reset',
      busy,
      'hang',
      { truncate: '{"status":' },
      { slowBody: '{' },
      inProgress,
      'done',
    ],
    want: { ok: true },
    posts: 1,
  },
  {
    name: 'poll: 404 (result expired)',
    polls: [notFound],
    want: { error: OperationNotFoundError, text: /expired/ },
    posts: 1,
  },
  {
    name: 'poll: JobManager away, then back without the trigger (404)',
    polls: [inProgress, 'reset', 'reset', 'reset', 'reset', 'reset', 'hang', notFound],
    want: { error: OperationNotFoundError },
    posts: 1,
  },
  {
    name: 'poll: completed with a failure cause',
    polls: [inProgress, failed],
    want: {
      error: OperationFailedError,
      text: /failed: org\.apache\.flink\.util\.FlinkException: Task failure$/,
    },
    posts: 1,
  },
  {
    name: 'poll: reset until the deadline',
    polls: ['reset'],
    want: { error: OperationTimeoutError, text: /did not complete within 20000 ms/ },
    posts: 1,
  },
  {
    name: 'poll: no answer until the deadline',
    polls: ['hang'],
    want: { error: OperationTimeoutError },
    posts: 1,
  },
  {
    name: 'poll: 503 until the deadline',
    polls: [busy],
    want: { error: OperationTimeoutError },
    posts: 1,
  },
  {
    name: 'poll: body cut off until the deadline',
    polls: [{ truncate: '{"status":{"id":"COMP' }],
    want: { error: OperationTimeoutError },
    posts: 1,
  },
  {
    name: 'poll: body stalls until the deadline',
    polls: [{ slowBody: '{"status":' }],
    want: { error: OperationTimeoutError },
    posts: 1,
  },
  {
    name: 'poll: 200 with an HTML page',
    polls: [html],
    want: { error: UnexpectedResponseError, text: /is not JSON/ },
    posts: 1,
  },
  {
    name: 'poll: labelled JSON, but cut short by the server itself',
    polls: [{ status: 200, text: '{"status":{"id":"COMPL', contentType: 'application/json' }],
    want: { error: UnexpectedResponseError, text: /is not JSON/ },
    posts: 1,
  },
  {
    name: 'poll: JSON of another shape',
    polls: [{ status: 200, body: { state: 'DONE' } }],
    want: { error: UnexpectedResponseError, text: /status\.id/ },
    posts: 1,
  },
  {
    name: 'poll: 400',
    polls: [{ status: 400, body: { errors: ['Bad request'] } }],
    want: { error: FlinkApiError, status: 400 },
    posts: 1,
  },
];

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(routes: Record<string, Route>) {
  let clock: TimedClock | undefined;
  server = await startFaultServer(routes, { whileHanging: () => clock?.runNextTimer() });
  clock = timedClock();
  const flink = createFlinkClient({
    baseUrl: server.url,
    flinkVersion: '2.3',
    clock,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    retry: { retries: RETRIES },
  });
  return { flink, clock, server };
}

function expectOutcome(outcome: { value?: unknown; error?: unknown }, want: Want, result: unknown) {
  if ('ok' in want) {
    expect(outcome.error).toBeUndefined();
    expect(outcome.value).toEqual(result);
    return;
  }
  const error = outcome.error as Error & { status?: number };
  expect(error).toBeInstanceOf(want.error);
  if (want.status !== undefined) expect(error.status).toBe(want.status);
  if (want.text) expect(error.message).toMatch(want.text);
  // One line naming what and where.
  expect(error.message).not.toContain('\n');
}

describe.each(KINDS)('$kind under faults', (kind) => {
  it.each(cases)('$name', async ({ trigger = ['accept'], polls = ['done'], want, posts }) => {
    const { flink, clock, server } = await setUp({
      [kind.trigger]: (call) => {
        const n = server.calls.filter((c) => c.method === 'POST').length - 1;
        const act = trigger[Math.min(n, trigger.length - 1)] as Act | 'accept';
        return act === 'accept' ? accept(call) : act;
      },
      [kind.poll]: polls.map((p) => (p === 'done' ? kind.done : p)),
    });
    let waitStarted: number | undefined;
    const outcome = await (async () => {
      const op =
        kind.kind === 'savepoint'
          ? await flink.savepoints.trigger(JOB)
          : kind.kind === 'checkpoint'
            ? await flink.checkpoints.trigger(JOB)
            : await flink.jobs.stopWithSavepoint(JOB);
      waitStarted = clock.now();
      return op.wait(WAIT);
    })().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    expectOutcome(outcome, want, kind.result);

    const triggers = server.calls.filter((c) => c.method === 'POST');
    expect(triggers).toHaveLength(posts);
    // Every trigger request carried the same id: Flink runs one operation, whatever was lost.
    expect(new Set(triggers.map((c) => (c.body as { triggerId: string }).triggerId)).size).toBe(1);
    // Never past the deadline, and nothing left hanging.
    if (waitStarted !== undefined)
      expect(clock.now() - waitStarted).toBeLessThanOrEqual(WAIT.timeoutMs);
    // (the server sees the client's close a moment after the client gave up)
    await vi.waitFor(() => expect(server.pending()).toBe(0), { timeout: 1_000, interval: 5 });
  });
});

describe('disposal under faults: Flink mints the id, so the trigger is sent once', () => {
  it.each([
    { name: 'reset', act: 'reset' as Act, error: FlinkConnectionError },
    { name: 'no answer', act: 'hang' as Act, error: FlinkConnectionError },
    { name: '503', act: busy, error: FlinkApiError },
    {
      name: 'body cut off',
      act: { truncate: '{"request-id":' } as Act,
      error: FlinkConnectionError,
    },
  ])('$name', async ({ act, error }) => {
    const { flink, server } = await setUp({ 'POST /savepoint-disposal': act });
    const outcome = await flink.savepoints.dispose('file:/sp/savepoint-1').then(
      (value) => ({ value }),
      (e: unknown) => ({ error: e }),
    );
    expectOutcome(outcome, { error }, undefined);
    expect(server.calls).toHaveLength(1);
  });
});

describe('connection errors are one line', () => {
  it('even when the TLS layer says more (OpenSSL messages end in a line break)', async () => {
    const flink = createFlinkClient({
      baseUrl: 'https://127.0.0.1:1',
      flinkVersion: '2.3',
      retry: { retries: 0 },
      fetch: async () => {
        throw new TypeError('fetch failed', {
          cause: Object.assign(
            new Error(
              '801CC7ACE57F0000:error:0A000412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate:ssl/record/rec_layer_s3.c:1605:SSL alert number 42\n',
            ),
            { code: 'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE' },
          ),
        });
      },
    });
    const error = (await flink.connect().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect(error.message).toBe(
      'GET /config got no answer: ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE (801CC7ACE57F0000:error:0A000412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate:ssl/record/rec_layer_s3.c:1605:SSL alert number 42)',
    );
  });
});
