import { describe, expect, it } from 'vitest';
import { resumeOperation } from '../src/create-client.js';
import { createFlinkClient } from '../src/create-flink-client.js';
import {
  endpointOf,
  endpointOrder,
  isLeaderLossAnswer,
  isMissingJarAnswer,
  rebase,
} from '../src/endpoints.js';
import {
  JarNotOnJobManagerError,
  OperationAbortedError,
  OperationLostError,
  OperationNotFoundError,
} from '../src/errors.js';
import { savepointOfTrigger } from '../src/recover-operation.js';
import { restartedAfterTrigger } from '../src/restarted-after-trigger.js';
import type { FetchLike } from '../src/transport.js';
import { fakeClock } from './clock.js';
import { recorded, refused } from './ha-fixtures.js';
import { type Handler, JOB, type Reply, scriptedFlink } from './scripted-flink.js';

const text = (r: Reply) => (r === 'reset' ? '' : JSON.stringify(r.body));
const status = (r: Reply) => (r === 'reset' ? 0 : r.status);

describe.each(['1.18', '2.3'])('answers of Flink %s HA endpoints', (line) => {
  it.each([
    { step: 'election: standby overview', code: 500, leaderLoss: true },
    { step: 'election: standby overview', code: 503, leaderLoss: true },
    { step: 'election: standby overview', code: 200, leaderLoss: false },
    { step: 'new leader: savepoint status of the old leader', code: 404, leaderLoss: false },
    { step: 'standby: run of a jar uploaded to the leader', code: 500, leaderLoss: false },
  ])('$step $code → leader loss: $leaderLoss', ({ step, code, leaderLoss }) => {
    const r = recorded(line, step, code);
    expect(isLeaderLossAnswer(status(r), text(r))).toBe(leaderLoss);
  });

  it('a standby without the uploaded jar: recognised as a missing jar', () => {
    const r = recorded(line, 'standby: run of a jar uploaded to the leader');
    const errors = (r as { body: { errors: string[] } }).body.errors;
    expect(isMissingJarAnswer(status(r), errors)).toBe(true);
    const other = recorded(line, 'election: standby overview', 500) as {
      body: { errors: string[] };
    };
    expect(isMissingJarAnswer(500, other.body.errors)).toBe(false);
  });
});

describe('endpoint choice', () => {
  const bases = ['http://jm-a:8081', 'http://jm-b:8081', 'http://jm-b:8081/proxy'];
  it.each([
    { leader: 0, count: 2, want: [0, 1] },
    { leader: 1, count: 2, want: [1, 0] },
    { leader: 2, count: 3, want: [2, 0, 1] },
    { leader: 0, count: 1, want: [0] },
  ])('order from $leader of $count → $want', ({ leader, count, want }) => {
    expect(endpointOrder(leader, count)).toEqual(want);
  });

  it.each([
    { url: 'http://jm-a:8081/v1/overview', want: 0 },
    { url: 'http://jm-b:8081/v1/overview', want: 1 },
    { url: 'http://jm-b:8081/proxy/v1/jobs', want: 2 },
    { url: 'http://jm-a:80811/v1/overview', want: undefined },
    { url: 'http://other:8081/v1/overview', want: undefined },
  ])('$url is under endpoint $want', ({ url, want }) => {
    expect(endpointOf(url, bases)).toBe(want);
  });

  it.each([
    { url: 'http://jm-a:8081/v1/jobs?x=1', to: 1, want: 'http://jm-b:8081/v1/jobs?x=1' },
    { url: 'http://jm-b:8081/v1/jobs', to: 0, want: 'http://jm-a:8081/v1/jobs' },
    { url: 'http://jm-a:8081/v1/jobs', to: 0, want: 'http://jm-a:8081/v1/jobs' },
    { url: 'http://other/v1/jobs', to: 0, want: 'http://other/v1/jobs' },
  ])('rebase $url to $to', ({ url, to, want }) => {
    expect(rebase(url, bases, to)).toBe(want);
  });
});

describe('savepointOfTrigger', () => {
  const sp = (over: object) => ({
    is_savepoint: true,
    checkpoint_type: 'SAVEPOINT',
    status: 'COMPLETED',
    trigger_timestamp: 2_000,
    external_path: 'file:/sp/a',
    ...over,
  });
  it.each([
    {
      name: 'a completed savepoint after the trigger',
      history: [sp({})],
      stop: false,
      want: 'file:/sp/a',
    },
    {
      name: 'one before the trigger',
      history: [sp({ trigger_timestamp: 999 })],
      stop: false,
      want: undefined,
    },
    {
      name: 'one in progress',
      history: [sp({ status: 'IN_PROGRESS' })],
      stop: false,
      want: undefined,
    },
    {
      name: 'a checkpoint',
      history: [sp({ is_savepoint: false, checkpoint_type: 'CHECKPOINT' })],
      stop: false,
      want: undefined,
    },
    { name: 'a savepoint when a stop is wanted', history: [sp({})], stop: true, want: undefined },
    {
      name: 'a sync savepoint for a stop',
      history: [sp({ checkpoint_type: 'SYNC_SAVEPOINT' })],
      stop: true,
      want: 'file:/sp/a',
    },
    {
      name: 'the earliest of two',
      history: [sp({ trigger_timestamp: 5_000, external_path: 'file:/sp/b' }), sp({})],
      stop: false,
      want: 'file:/sp/a',
    },
    {
      name: 'an empty history (a new leader starts one)',
      history: [],
      stop: false,
      want: undefined,
    },
  ])('$name → $want', ({ history, stop, want }) => {
    expect(savepointOfTrigger(history, { stop, triggeredAt: 1_000 })).toBe(want);
  });
  it('without a trigger time nothing is claimed', () => {
    expect(savepointOfTrigger([sp({})], { stop: false, triggeredAt: undefined })).toBeUndefined();
  });
});

describe('restartedAfterTrigger', () => {
  const T = 1_796_335_666_498;
  const HOUR = 3_600_000;
  // Times in ms from the moment the trigger went out, on the JobManager's clock: the job's
  // `start-time`, and `now` in the details answer, which took `rtt` ms; the client's clock is
  // `behind` ms behind the JobManager's. The measured rows are what the live test saw (one
  // machine, one clock): `start-time` before the kill and on the new leader.
  it.each([
    { name: '2.3 measured: running', start: -2_168, now: -7, behind: 0, rtt: 10, want: false },
    { name: '2.3 measured: restored', start: 7_740, now: 12_052, behind: 0, rtt: 10, want: true },
    { name: '1.18 measured: running', start: -2_684, now: -6, behind: 0, rtt: 10, want: false },
    { name: '1.18 measured: restored', start: 4_732, now: 8_460, behind: 0, rtt: 10, want: true },
    {
      name: 'client 1 h ahead: restored',
      start: 5e3,
      now: 9e3,
      behind: -HOUR,
      rtt: 20,
      want: true,
    },
    {
      name: 'client 1 h behind: running',
      start: -5e3,
      now: 9e3,
      behind: HOUR,
      rtt: 20,
      want: false,
    },
    { name: 'within half the round trip', start: 50, now: 1e3, behind: 0, rtt: 200, want: false },
    { name: 'past half the round trip', start: 101, now: 1e3, behind: 0, rtt: 200, want: true },
    { name: 'start-time -1', start: -1 - T, now: 1e3, behind: 0, rtt: 0, want: false },
  ])('$name → $want', ({ start, now, behind, rtt, want }) => {
    const details = { 'start-time': T + start, now: T + now };
    const client = T + now - behind;
    const exchange = { sentAt: client - rtt / 2, receivedAt: client + rtt / 2 };
    expect(restartedAfterTrigger(details, T - behind, exchange)).toBe(want);
  });

  it.each([
    { name: 'no now', details: { 'start-time': 5_000 } },
    { name: 'no start-time', details: { now: 5_000 } },
    { name: 'times as text', details: { 'start-time': '5000', now: '9000' } },
    { name: 'null', details: null },
  ])('details with $name say nothing', ({ details }) => {
    expect(restartedAfterTrigger(details, 1_000, { sentAt: 9_000, receivedAt: 9_000 })).toBe(false);
  });
});

const A = 'http://jm-a:8081';
const B = 'http://jm-b:8081';
/** Two scripted JobManagers behind one fetch; `down` makes one refuse connections. */
function twoJobManagers(a: ReturnType<typeof scriptedFlink>, b: ReturnType<typeof scriptedFlink>) {
  const down = new Set<string>();
  const hosts: string[] = [];
  const fetch: FetchLike = async (request) => {
    const origin = new URL(request.url).origin;
    hosts.push(`${request.method} ${origin === A ? 'A' : 'B'} ${new URL(request.url).pathname}`);
    if (down.has(origin)) refused();
    return (origin === A ? a : b).fetch(request);
  };
  return { fetch, down, hosts };
}

const clientOf = (fetch: FetchLike) =>
  createFlinkClient({
    baseUrl: [A, B],
    flinkVersion: '2.3',
    fetch,
    clock: fakeClock(),
    retry: { retries: 3 },
  });

const overviewOk: Reply = { status: 200, body: { taskmanagers: 1 } };

describe('a client with two JobManagers', () => {
  it('moves on from a refused endpoint and from the election answers, and remembers the leader', async () => {
    const a = scriptedFlink({ 'GET /overview': overviewOk });
    const b = scriptedFlink({
      'GET /overview': [
        recorded('2.3', 'election: standby overview', 500),
        recorded('2.3', 'election: standby overview', 503),
        overviewOk,
      ],
    });
    const jm = twoJobManagers(a, b);
    jm.down.add(A);
    const flink = clientOf(jm.fetch);
    const first = await flink.GET('/overview');
    expect(first.response.status).toBe(200);
    const second = await flink.GET('/overview');
    expect(second.response.status).toBe(200);
    // A refused, B 500, A refused, B 503, A refused, B 200; then B first.
    expect(jm.hosts).toEqual([
      'GET A /v1/overview',
      'GET B /v1/overview',
      'GET A /v1/overview',
      'GET B /v1/overview',
      'GET A /v1/overview',
      'GET B /v1/overview',
      'GET B /v1/overview',
    ]);
  });

  it('never re-sends a POST that is not idempotent to another endpoint', async () => {
    const jm = twoJobManagers(scriptedFlink({}), scriptedFlink({}));
    jm.down.add(A);
    const flink = clientOf(jm.fetch);
    await expect(
      flink.POST('/jars/{jarid}/run', { params: { path: { jarid: 'x.jar' } }, body: {} }),
    ).rejects.toThrow(/got no answer/);
    expect(jm.hosts).toEqual(['POST A /v1/jars/x.jar/run']);
  });

  it('polls a disposal only where it was accepted, and calls a 404 after a failover lost', async () => {
    const disposalId = 'd'.repeat(32);
    const a = scriptedFlink({
      'POST /savepoint-disposal': { status: 200, body: { 'request-id': disposalId } },
      // In progress; then A restarts (the connection is cut) and no longer knows it.
      'GET /savepoint-disposal/{id}': [
        { status: 200, body: { status: { id: 'IN_PROGRESS' } } },
        'reset',
        recorded('2.3', 'standby: savepoint disposal status'),
      ],
    });
    const b = scriptedFlink({});
    const jm = twoJobManagers(a, b);
    const flink = clientOf(jm.fetch);
    const op = await flink.savepoints.dispose('file:/sp/x');
    expect(op.toJSON()).toMatchObject({ endpoint: A });
    const error = await op.wait({ timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationLostError);
    expect((error as Error).message).toContain(`at ${A}`);
    expect(jm.hosts.filter((h) => h.includes(' B '))).toEqual([]);
  });

  it('a savepoint whose leader failed over: OperationLostError when the history has none', async () => {
    const trigger = 'a'.repeat(32);
    const a = scriptedFlink({
      'POST /jobs/{id}/savepoints': { status: 202, body: { 'request-id': trigger } },
    });
    const b = scriptedFlink({
      'GET /jobs/{id}/savepoints/{t}': [
        recorded('2.3', 'election: standby overview', 503),
        recorded('2.3', 'new leader: savepoint status of the old leader'),
      ],
      'GET /jobs/{id}/checkpoints': recorded('2.3', 'new leader: checkpoint history'),
    });
    const jm = twoJobManagers(a, b);
    const flink = clientOf(jm.fetch);
    const op = await flink.savepoints.trigger(JOB);
    jm.down.add(A);
    const error = await op.wait({ timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationLostError);
    expect(error).not.toBeInstanceOf(OperationNotFoundError);
    expect((error as OperationLostError).endpoint).toBe(B);
    expect((error as OperationLostError).jobStillRunning).toBeUndefined();
    expect((error as Error).message).toContain('lost leadership');
  });

  it('a savepoint the new leader completed is returned with recovered: true', async () => {
    const trigger = 'a'.repeat(32);
    const a = scriptedFlink({
      'POST /jobs/{id}/savepoints': { status: 202, body: { 'request-id': trigger } },
    });
    const b = scriptedFlink({
      'GET /jobs/{id}/savepoints/{t}': recorded(
        '2.3',
        'new leader: savepoint status of the old leader',
      ),
      'GET /jobs/{id}/checkpoints': {
        status: 200,
        body: {
          history: [
            {
              is_savepoint: true,
              checkpoint_type: 'SAVEPOINT',
              status: 'COMPLETED',
              trigger_timestamp: Date.now() + 60_000,
              external_path: 'file:/sp/new',
            },
          ],
        },
      },
    });
    const jm = twoJobManagers(a, b);
    const flink = clientOf(jm.fetch);
    const op = await flink.savepoints.trigger(JOB);
    jm.down.add(A);
    expect(await op.wait({ timeoutMs: 60_000 })).toEqual({
      location: 'file:/sp/new',
      recovered: true,
    });
  });

  it('a stop-with-savepoint lost with its leader says the job runs again', async () => {
    const trigger = 'a'.repeat(32);
    const a = scriptedFlink({
      'POST /jobs/{id}/stop': { status: 202, body: { 'request-id': trigger } },
    });
    const b = scriptedFlink({
      'GET /jobs/{id}/savepoints/{t}': recorded(
        '2.3',
        'new leader: savepoint status of the old leader',
      ),
      'GET /jobs/{id}/checkpoints': recorded('2.3', 'new leader: checkpoint history'),
      'GET /jobs/{id}/status': { status: 200, body: { status: 'RUNNING' } },
    });
    const jm = twoJobManagers(a, b);
    const flink = clientOf(jm.fetch);
    const op = await flink.jobs.stopWithSavepoint(JOB);
    jm.down.add(A);
    const error = (await op
      .wait({ timeoutMs: 60_000 })
      .catch((e: unknown) => e)) as OperationLostError;
    expect(error).toBeInstanceOf(OperationLostError);
    expect(error.jobStillRunning).toBe(true);
    expect(error.message).toContain('trigger a new stop-with-savepoint');
  });

  it('runs a jar where it was uploaded, and says to upload again when it is not there', async () => {
    const a = scriptedFlink({
      'POST /jars/upload': recorded('2.3', 'leader: jar upload'),
      'POST /jars/{id}/run': recorded('2.3', 'standby: run of a jar uploaded to the leader'),
    });
    const jm = twoJobManagers(a, scriptedFlink({}));
    const flink = clientOf(jm.fetch);
    const jar = await flink.jars.upload(new Uint8Array([1]), { filename: 'x.jar' });
    const error = await flink.jars.run(jar.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JarNotOnJobManagerError);
    expect((error as Error).message).toMatch(/upload it again$/);
    expect(jm.hosts).toEqual(['POST A /v1/jars/upload', `POST A /v1/jars/${jar.id}/run`]);
    jm.down.add(A);
    const gone = await flink.jars.run(jar.id).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(JarNotOnJobManagerError);
    expect((gone as Error).message).toContain('gives no answer');
  });
});

/**
 * The recorded details of the job on a new leader, with the two times it is judged by set
 * (recorded fixtures carry every time as 0).
 */
function detailsWith(startTime: number, now: number): Reply {
  const r = recorded('2.3', 'new leader: job details until every task runs') as {
    status: number;
    body: object;
  };
  return { status: r.status, body: { ...r.body, 'start-time': startTime, now } };
}

describe('a handle resumed in a client that saw no failover', () => {
  const TRIGGERED_AT = 1_000_000;
  const saved = (kind: 'savepoint' | 'stop-with-savepoint') => ({
    kind,
    triggerId: 'a'.repeat(32),
    jobId: JOB,
    flinkVersion: '2.3',
    triggeredAt: TRIGGERED_AT,
  });
  /** A new client whose first endpoint, B, leads: it never meets a dead endpoint. */
  function resumed(routes: Record<string, Reply | Handler>) {
    const b = scriptedFlink({
      'GET /jobs/{id}/savepoints/{t}': recorded(
        '2.3',
        'new leader: savepoint status of the old leader',
      ),
      ...routes,
    });
    const flink = createFlinkClient({
      baseUrl: [B, A],
      flinkVersion: '2.3',
      fetch: b.fetch,
      // The client's clock reads as the JobManager's: 9 s after the trigger.
      clock: fakeClock(TRIGGERED_AT + 9_000),
      retry: { retries: 3 },
    });
    return { flink, b };
  }

  it.each([
    {
      name: 'job restored after the trigger → OperationLostError',
      startTime: TRIGGERED_AT + 5_000,
      want: OperationLostError,
    },
    {
      name: 'job running since before the trigger → OperationNotFoundError (expired)',
      startTime: TRIGGERED_AT - 60_000,
      want: OperationNotFoundError,
    },
  ])('savepoint: $name', async ({ startTime, want }) => {
    const { flink, b } = resumed({
      'GET /jobs/{id}': detailsWith(startTime, TRIGGERED_AT + 9_000),
      'GET /jobs/{id}/checkpoints': recorded('2.3', 'new leader: checkpoint history'),
    });
    const error = await resumeOperation(flink, saved('savepoint'))
      .wait({ timeoutMs: 60_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(want);
    if (want === OperationNotFoundError) expect(error).not.toBeInstanceOf(OperationLostError);
    expect(b.exchanges.map((e) => e.path)).toEqual([
      `/jobs/${JOB}/savepoints/${'a'.repeat(32)}`,
      `/jobs/${JOB}`,
      ...(want === OperationLostError ? [`/jobs/${JOB}/checkpoints`] : []),
    ]);
  });

  it('stop-with-savepoint: the job restored after the trigger runs again, and the error says so', async () => {
    const { flink } = resumed({
      'GET /jobs/{id}': detailsWith(TRIGGERED_AT + 5_000, TRIGGERED_AT + 9_000),
      'GET /jobs/{id}/checkpoints': recorded('2.3', 'new leader: checkpoint history'),
      'GET /jobs/{id}/status': { status: 200, body: { status: 'RUNNING' } },
    });
    const error = (await resumeOperation(flink, saved('stop-with-savepoint'))
      .wait({ timeoutMs: 60_000 })
      .catch((e: unknown) => e)) as OperationLostError;
    expect(error).toBeInstanceOf(OperationLostError);
    expect(error.jobStillRunning).toBe(true);
  });

  it('a job the leader does not know: the 404 stays an OperationNotFoundError', async () => {
    const { flink } = resumed({
      'GET /jobs/{id}': recorded('2.3', 'error: unknown job', 404, 'lifecycle'),
    });
    const error = await resumeOperation(flink, saved('stop-with-savepoint'))
      .wait({ timeoutMs: 60_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationNotFoundError);
  });

  it('aborted while the job is read: OperationAbortedError', async () => {
    const controller = new AbortController();
    const { flink } = resumed({
      'GET /jobs/{id}': () => {
        controller.abort(new Error('shutting down'));
        throw new Error('the request was cut by the abort');
      },
    });
    const error = await resumeOperation(flink, saved('savepoint'))
      .wait({ timeoutMs: 60_000, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationAbortedError);
  });

  it('a handle without a trigger time is not judged by the job', async () => {
    const { flink, b } = resumed({});
    const { triggeredAt: _, ...state } = saved('savepoint');
    const error = await resumeOperation(flink, state)
      .wait({ timeoutMs: 60_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationNotFoundError);
    expect(b.exchanges).toHaveLength(1);
  });
});
