import { describe, expect, it } from 'vitest';
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
  OperationLostError,
  OperationNotFoundError,
} from '../src/errors.js';
import { savepointOfTrigger } from '../src/recover-operation.js';
import type { FetchLike } from '../src/transport.js';
import { fakeClock } from './clock.js';
import { recorded, refused } from './ha-fixtures.js';
import { JOB, type Reply, scriptedFlink } from './scripted-flink.js';

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
