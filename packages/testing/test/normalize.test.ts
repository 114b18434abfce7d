import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json } from '../src/fixture-format.js';
import { createNormalizer } from '../src/normalize.js';
import type { RawExchange } from '../src/recording-fetch.js';

const JOB = 'a6dd53a5f33c51afe65033928e247298';
const JOB2 = '0123456789abcdef0123456789abcdef';

describe('string rules', () => {
  it.each([
    {
      name: '32-hex id',
      given: `Job ${JOB} not found`,
      want: 'Job feed0000000000000000000000000001 not found',
    },
    { name: 'ids kept by the scenario', given: '0'.repeat(32), want: '0'.repeat(32) },
    { name: 'all-f trigger id kept', given: 'f'.repeat(32), want: 'f'.repeat(32) },
    {
      name: 'uuid before an underscore',
      given: '3c2e892c-fffe-4179-8a77-b870e1f753fa_flink-rest-sample-job.jar',
      want: '00000000-0000-0000-0000-000000000001_flink-rest-sample-job.jar',
    },
    {
      name: 'TaskManager resource id',
      given: '127.0.0.1:37875-d5a5c7',
      want: '127.0.0.1:40001-000001',
    },
    {
      name: 'host and port',
      given: 'pekko.tcp://flink@127.0.0.1:35123/user/rpc',
      want: 'pekko.tcp://flink@127.0.0.1:10001/user/rpc',
    },
    {
      name: 'savepoint directory',
      given: 'file:/w/savepoints/savepoint-a6dd53-0123456789ab',
      want: 'file:/w/savepoints/savepoint-000000-000000000001',
    },
    {
      name: 'lambda class',
      given: 'Foo$$Lambda$1234/0x00000008012f3440.apply',
      want: 'Foo$$Lambda/0x0.apply',
    },
    { name: 'identity hash', given: 'java.lang.Object@1b2c3d4', want: 'java.lang.Object@0' },
    {
      name: 'stack trace cut to the message',
      given:
        'org.x.NotFoundException: Job x\n\tat org.x.Handler.handle(Handler.java:10)\n\tat y.z(Z.java:1)',
      want: 'org.x.NotFoundException: Job x',
    },
  ])('$name', ({ given, want }) => {
    expect(createNormalizer().string(given)).toBe(want);
  });

  it('replaces literals (longest first) before the token rules', () => {
    const n = createNormalizer([
      ['/tmp/abc', '/tmp'],
      ['/tmp/abc/work', '/tmp/flink-work'],
    ]);
    expect(n.string('/tmp/abc/work/savepoints and /tmp/abc/x')).toBe(
      '/tmp/flink-work/savepoints and /tmp/x',
    );
  });

  it('maps the same value to the same placeholder, new values to the next one', () => {
    const n = createNormalizer();
    expect([n.string(JOB), n.string(JOB2), n.string(JOB)]).toEqual([
      'feed0000000000000000000000000001',
      'feed0000000000000000000000000002',
      'feed0000000000000000000000000001',
    ]);
  });
});

describe('JSON rules', () => {
  it.each<{ name: string; given: Json; want: Json }>([
    {
      name: 'timestamps and durations',
      given: { 'start-time': 17, duration: 3, parallelism: 2 },
      want: { 'start-time': 0, duration: 0, parallelism: 2 },
    },
    {
      name: 'a volatile subtree',
      given: { metrics: { 'read-bytes': 5, nested: { x: 9 } } },
      want: { metrics: { 'read-bytes': 0, nested: { x: 0 } } },
    },
    {
      name: 'whole words only (operation is not ratio)',
      given: { operation: { checkpointId: 4 } },
      want: { operation: { checkpointId: 4 } },
    },
    {
      name: 'port-valued configuration entry',
      given: [
        { key: 'rest.port', value: '41231' },
        { key: 'parallelism.default', value: '1' },
      ],
      want: [
        { key: 'rest.port', value: '0' },
        { key: 'parallelism.default', value: '1' },
      ],
    },
    {
      name: 'serialized throwable',
      given: { 'serialized-throwable': 'rO0ABXNy' },
      want: { 'serialized-throwable': '' },
    },
    { name: 'ids in keys', given: { [JOB]: 1 }, want: { feed0000000000000000000000000001: 1 } },
  ])('$name', ({ given, want }) => {
    expect(createNormalizer().json(given)).toEqual(want);
  });
});

const raw = (path: string, body: Json, extra: Partial<RawExchange> = {}): RawExchange => ({
  step: 's',
  method: 'GET',
  path,
  query: {},
  requestContentType: undefined,
  requestBody: null,
  status: 200,
  responseContentType: 'application/json; charset=UTF-8',
  responseBody: body,
  ...extra,
});

describe('per-endpoint rules', () => {
  it('a thread dump keeps one thread', () => {
    const e = createNormalizer().exchange(
      raw('/taskmanagers/x/thread-dump', {
        threadInfos: [
          { threadName: 'main', stringifiedThreadInfo: '"main" ...' },
          { threadName: 'gc', stringifiedThreadInfo: '"gc" ...' },
        ],
      }),
    );
    expect(e.response.body).toEqual({
      threadInfos: [{ threadName: 'thread', stringifiedThreadInfo: 'thread info' }],
    });
  });

  it('metric lists are sorted by id and their readings zeroed', () => {
    const e = createNormalizer().exchange(
      raw('/jobmanager/metrics', [
        { id: 'b', value: '17.5' },
        { id: 'a', value: '3' },
      ]),
    );
    expect(e.response.body).toEqual([
      { id: 'a', value: '0' },
      { id: 'b', value: '0' },
    ]);
  });

  it('the JDK build and classpath directories are dropped from the environment', () => {
    const e = createNormalizer().exchange(
      raw('/jobmanager/environment', {
        jvm: { version: 'OpenJDK 17.0.15', arch: 'amd64', options: [] },
        classpath: ['/home/u/.m2/repository/org/x/x-1.jar'],
      }),
    );
    expect(e.response.body).toEqual({
      jvm: { version: 'JVM', arch: 'amd64', options: [] },
      classpath: ['x-1.jar'],
    });
  });

  it('ids round-trip: the id of a response and of a later request path get one placeholder', () => {
    const n = createNormalizer();
    const run = n.exchange(raw('/jars/x/run', { jobid: JOB }, { method: 'POST' }));
    const details = n.exchange(raw(`/jobs/${JOB}`, { jid: JOB }));
    expect((run.response.body as { jobid: string }).jobid).toBe('feed0000000000000000000000000001');
    expect(details.request.path).toBe('/jobs/feed0000000000000000000000000001');
  });

  it('a multipart boundary is dropped from the content type', () => {
    const e = createNormalizer().exchange(
      raw('/jars/upload', null, { requestContentType: 'multipart/form-data; boundary=----abc123' }),
    );
    expect(e.request.headers).toEqual({ 'content-type': 'multipart/form-data' });
  });
});

describe('properties', () => {
  const json: fc.Arbitrary<Json> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom<Json>(
        JOB,
        JOB2,
        '127.0.0.1:37875-d5a5c7',
        'savepoint-a6dd53-0123456789ab',
        'x',
      ),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value') as fc.Arbitrary<Json>, { maxLength: 4 }),
      fc.dictionary(
        fc.constantFrom('id', 'start-time', 'name', 'metrics', 'status'),
        tie('value') as fc.Arbitrary<Json>,
        { maxKeys: 4 },
      ),
    ),
  })).value;

  it('is idempotent: normalizing a normalized value changes nothing', () => {
    fc.assert(
      fc.property(json, (v) => {
        const once = createNormalizer().json(v);
        expect(createNormalizer().json(once)).toEqual(once);
      }),
    );
  });

  it('is deterministic: two normalizers give the same output for the same input', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(createNormalizer().json(v)).toEqual(createNormalizer().json(v));
      }),
    );
  });
});

describe('key order', () => {
  it('object keys come out sorted, whatever order Flink wrote them in', () => {
    const a = createNormalizer().json({ tasks: { RUNNING: 1, CREATED: 0 }, b: 1, a: 2 });
    const b = createNormalizer().json({ a: 2, b: 1, tasks: { CREATED: 0, RUNNING: 1 } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.keys(a as object)).toEqual(['a', 'b', 'tasks']);
  });
});

describe('job lists', () => {
  it.each(['/jobs/overview', '/jobs'])('%s is sorted by (normalized) job id', (path) => {
    const n = createNormalizer();
    n.string(JOB2); // seen first: placeholder 1
    n.string(JOB);
    const key = path === '/jobs' ? 'id' : 'jid';
    const e = n.exchange(raw(path, { jobs: [{ [key]: JOB }, { [key]: JOB2 }] }));
    expect(e.response.body).toEqual({
      jobs: [
        { [key]: 'feed0000000000000000000000000001' },
        { [key]: 'feed0000000000000000000000000002' },
      ],
    });
  });
});
