import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createFlinkClient, type FlinkClientOptions, resumeOperation } from '../src/index.js';
import { timedClock } from './faults-clock.js';
import { type Act, type FaultServer, startFaultServer } from './faults-server.js';

const JOB = '0123456789abcdef0123456789abcdef';
const TRIGGER = 'fedcba9876543210fedcba9876543210';
const TOKEN = 'tok-S3CRET-bearer-1f2e3d';
const USER = 'ops';
const PASSWORD = 'pw-S3CRET-basic-9a8b7c';
const PASSPHRASE = 'pp-S3CRET-key-5d6e7f';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const SECRETS = [TOKEN, PASSWORD, PASSPHRASE, BASIC];
/** What the client was given, so what it must keep out (it cannot know anyone else's secrets). */
let configured: string[] = SECRETS;

/** Every text an error shows: message, stack, JSON, inspect (own fields), the cause chain. */
function texts(error: unknown, depth = 0): string[] {
  if (depth > 10 || error === undefined || error === null) return [];
  if (!(error instanceof Error)) return [String(error), inspect(error, { depth: 5 })];
  let json = '';
  try {
    json = JSON.stringify(error) ?? '';
  } catch {}
  return [
    error.message,
    error.stack ?? '',
    String(error),
    json,
    inspect(error, { depth: 10 }),
    ...texts(error.cause, depth + 1),
  ];
}

function expectNoSecret(what: string, error: unknown) {
  expect(error, `${what}: no error`).toBeDefined();
  for (const text of texts(error)) {
    for (const secret of configured) expect(text, what).not.toContain(secret);
  }
}

/** Answers that quote back everything the client sent, the way a chatty proxy or server might. */
const echo = (status: number): ((call: { headers: Record<string, unknown> }) => Act) => {
  return ({ headers }) => ({
    status,
    body: {
      errors: [
        `denied: authorization=${headers.authorization} token=${TOKEN} password=${PASSWORD} passphrase=${PASSPHRASE}\n\tat x.Y(Y.java:1) ${TOKEN}`,
      ],
    },
  });
};
const quoted = `${TOKEN} ${PASSWORD} ${PASSPHRASE} Basic ${BASIC}`;

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const authModes: { name: string; options: Partial<FlinkClientOptions>; secrets: string[] }[] = [
  { name: 'bearer token', options: { auth: { type: 'bearer', token: TOKEN } }, secrets: [TOKEN] },
  {
    name: 'basic password',
    options: { auth: { type: 'basic', username: USER, password: PASSWORD } },
    secrets: [PASSWORD, BASIC],
  },
  {
    // The TLS agent serves http:// URLs too, so the passphrase rides along on this server.
    name: 'key passphrase (tls options) and bearer token',
    options: { auth: { type: 'bearer', token: TOKEN }, tls: { passphrase: PASSPHRASE } },
    secrets: [TOKEN, PASSPHRASE],
  },
];

describe.each(authModes)('no secret in any error or log: $name', ({ options, secrets }) => {
  it('across every error path of the helpers', async () => {
    configured = secrets;
    const logged: string[] = [];
    let clock: ReturnType<typeof timedClock> | undefined;
    const failureCause = {
      class: 'org.apache.flink.util.FlinkException',
      'stack-trace': `org.apache.flink.util.FlinkException: ${quoted}\n\tat a.b(C.java:1) ${quoted}`,
    };
    server = await startFaultServer(
      {
        'POST /jobs/{jobid}/savepoints': echo(400),
        'POST /jobs/{jobid}/checkpoints': { status: 202, body: { note: quoted } },
        'POST /jobs/{jobid}/stop': 'reset',
        'POST /savepoint-disposal': 'hang',
        'PATCH /jobs/{jobid}': echo(401),
        'GET /jobs/{jobid}/status': [
          { status: 200, body: { state: quoted } },
          { status: 200, body: { status: 'FAILED', note: quoted } },
        ],
        'GET /jobs/{jobid}/savepoints/{triggerid}': {
          status: 200,
          body: { status: { id: 'COMPLETED' }, operation: { 'failure-cause': failureCause } },
        },
        'GET /jobs/{jobid}/checkpoints/{triggerid}': echo(404),
        'GET /savepoint-disposal/{triggerid}': echo(503),
        'GET /datasets/delete/{triggerid}': { status: 200, text: `<html>${quoted}</html>` },
        'GET /config': { status: 200, body: { 'flink-version': '1.18.1', note: quoted } },
        'GET /jobs/{jobid}/resource-requirements': { truncate: `{"${quoted}` },
        'POST /jars/{jarid}/run': { status: 200, body: { note: quoted } },
        'GET /jobs/overview': echo(500),
      },
      { whileHanging: () => clock?.runNextTimer() },
    );
    clock = timedClock();
    const flink = createFlinkClient({
      baseUrl: server.url,
      flinkVersion: '2.3',
      clock,
      requestTimeoutMs: 1_000,
      retry: { retries: 1 },
      logger: { warn: (m) => logged.push(m) },
      ...options,
    });
    const resume = (kind: 'savepoint' | 'checkpoint' | 'savepoint-disposal' | 'dataset-deletion') =>
      resumeOperation(flink, {
        kind,
        triggerId: TRIGGER,
        ...(kind === 'savepoint' || kind === 'checkpoint' ? { jobId: JOB } : {}),
        flinkVersion: '2.3',
      });
    const abort = new AbortController();
    abort.abort(new Error('stop'));
    const paths: [string, () => Promise<unknown>][] = [
      ['FlinkApiError 400 (savepoint trigger)', () => flink.savepoints.trigger(JOB)],
      ['UnexpectedResponseError (no request-id)', () => flink.checkpoints.trigger(JOB)],
      ['FlinkConnectionError (reset)', () => flink.jobs.stopWithSavepoint(JOB)],
      ['FlinkConnectionError (no answer)', () => flink.savepoints.dispose('/sp/1')],
      ['FlinkApiError 401 (cancel)', () => flink.jobs.cancel(JOB)],
      ['UnexpectedResponseError (status body)', () => flink.jobs.waitForStatus(JOB, ['RUNNING'])],
      ['UnexpectedJobStatusError', () => flink.jobs.waitForStatus(JOB, ['RUNNING'])],
      ['OperationFailedError', () => resume('savepoint').wait()],
      ['OperationNotFoundError', () => resume('checkpoint').wait()],
      [
        'OperationTimeoutError (503s)',
        () => resume('savepoint-disposal').wait({ timeoutMs: 5_000 }),
      ],
      ['OperationAbortedError', () => resume('savepoint-disposal').wait({ signal: abort.signal })],
      ['UnexpectedResponseError (HTML)', () => resume('dataset-deletion').wait()],
      ['FlinkConnectionError (cut body)', () => flink.jobs.rescale(JOB, 2)],
      ['UnexpectedResponseError (no jobid)', () => flink.jars.run('x.jar')],
      ['FlinkVersionMismatchError', () => createStrict(server as FaultServer).connect()],
      [
        'WaitTimeoutError',
        () =>
          flink.jobs.waitForStatus(JOB, ['FINISHED'], {
            timeoutMs: 1,
          }),
      ],
      [
        'UnsupportedEndpointError',
        () => (flink.GET as unknown as (p: string) => Promise<unknown>)('/no/such/endpoint'),
      ],
    ];
    function createStrict(s: FaultServer) {
      return createFlinkClient({
        baseUrl: s.url,
        flinkVersion: '2.3',
        onVersionMismatch: 'error',
        ...options,
      });
    }
    for (const [what, run] of paths) {
      const error = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      expectNoSecret(what, error);
    }
    // Raw calls return Flink's body as sent (the caller asked for it), but never throw with it.
    const raw = await flink.GET('/jobs/overview');
    expect(raw.response.status).toBe(500);
    // The warning of a mismatch goes to the logger.
    await flink.connect();
    expect(logged).toEqual(['the client is pinned to Flink 2.3 but the cluster runs Flink 1.18.1']);
    for (const line of logged) for (const secret of secrets) expect(line).not.toContain(secret);
    // The server did see the credential: the scrubbing is the client's, not a missing header.
    expect(server.calls.some((c) => c.headers.authorization !== undefined)).toBe(true);
  });
});

describe('secrets in what the client is given', () => {
  it('a connection error whose cause quotes the secret keeps a scrubbed cause chain', async () => {
    configured = [TOKEN];
    const flink = createFlinkClient({
      baseUrl: 'http://127.0.0.1:1',
      flinkVersion: '2.3',
      auth: { type: 'bearer', token: TOKEN },
      retry: { retries: 0 },
      fetch: async () => {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error(`proxy refused Authorization: Bearer ${TOKEN}`), {
            code: 'ECONNRESET',
            cause: new Error(`inner ${TOKEN}`),
          }),
        });
      },
    });
    const error = await flink.jobs.cancel(JOB).catch((e: unknown) => e);
    expectNoSecret('connection error', error);
    const fetchFailed = (error as Error).cause as Error;
    expect(fetchFailed.message).toBe('fetch failed');
    expect((fetchFailed.cause as { code?: string }).code).toBe('ECONNRESET');
  });

  it.each([
    'http://ops:pw-S3CRET-basic-9a8b7c@127.0.0.1:8081',
    'http://127.0.0.1:8081/?token=tok-S3CRET-bearer-1f2e3d',
    'ftp://ops:pw-S3CRET-basic-9a8b7c@127.0.0.1/?password=pw-S3CRET-basic-9a8b7c',
    'not a url ?password=pw-S3CRET-basic-9a8b7c',
  ])('a refused baseUrl is not quoted with its credentials: %s', (baseUrl) => {
    configured = SECRETS;
    const error = (() => {
      try {
        createFlinkClient({ baseUrl, flinkVersion: '2.3' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TypeError);
    expectNoSecret(baseUrl, error);
  });
});
