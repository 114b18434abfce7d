import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlinkClient, resumeOperation } from '../src/index.js';
import { serializePath } from '../src/path-serializer.js';
import { fakeClock } from './clock.js';

/**
 * Properties of the argument checks and serializers: whatever a caller passes, only the
 * documented errors come out (TypeError or RangeError, one line, before any request), and what
 * is sent has the shape the endpoint's template says.
 */

const HEX32 = /^[0-9a-f]{32}$/;
const JOB = '0123456789abcdef0123456789abcdef';

/** A client whose fetch records each request and answers what every helper accepts. */
function recordingClient() {
  const requests: { method: string; url: string; body: unknown }[] = [];
  const flink = createFlinkClient({
    baseUrl: 'http://127.0.0.1:8081',
    flinkVersion: '2.3',
    clock: fakeClock(),
    retry: { retries: 0 },
    fetch: async (request) => {
      const text = request.body ? await request.text() : '';
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {}
      requests.push({ method: request.method, url: request.url, body });
      const triggerId = (body as { triggerId?: string } | undefined)?.triggerId ?? JOB;
      return Response.json({ 'request-id': triggerId, jobid: JOB }, { status: 202 });
    },
  });
  return { flink, requests };
}

/** Any value a JavaScript caller could pass, hostile strings included. */
const anyValue = fc.oneof(
  fc.anything(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary', maxLength: 4 }).map((s) => `${s}/../${s}`),
  fc.constantFrom('.', '..', '', ' ', '%2e%2e', '..%2F', '\u0000', 'a\nb', '\uD800'),
  fc.bigInt(),
  fc.double(),
  fc.integer(),
);

/** The outcome of a call that may throw synchronously or reject. */
async function settle(run: () => unknown): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

function expectDocumentedArgumentError(error: unknown) {
  expect(error instanceof TypeError || error instanceof RangeError, String(error)).toBe(true);
  const message = (error as Error).message;
  expect(message).not.toMatch(/[\r\n]/);
  expect(message.length).toBeLessThan(300);
}

describe('argument checks: a documented error before any request, or a well-formed request', () => {
  it.each([
    {
      name: 'savepoints.trigger(jobId)',
      call: (f: Flink, v: unknown) => f.savepoints.trigger(v as string),
      valid: (v: unknown) => typeof v === 'string' && HEX32.test(v),
    },
    {
      name: 'savepoints.trigger(job, { targetDirectory })',
      call: (f: Flink, v: unknown) => f.savepoints.trigger(JOB, { targetDirectory: v as string }),
      valid: (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() !== ''),
    },
    {
      name: 'savepoints.trigger(job, { triggerId })',
      call: (f: Flink, v: unknown) => f.savepoints.trigger(JOB, { triggerId: v as string }),
      valid: (v: unknown) => v === undefined || (typeof v === 'string' && HEX32.test(v)),
    },
    {
      name: 'jobs.stopWithSavepoint(job, { targetDirectory })',
      call: (f: Flink, v: unknown) =>
        f.jobs.stopWithSavepoint(JOB, { targetDirectory: v as string }),
      valid: (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() !== ''),
    },
    {
      name: 'checkpoints.trigger(job, { triggerId })',
      call: (f: Flink, v: unknown) => f.checkpoints.trigger(JOB, { triggerId: v as string }),
      valid: (v: unknown) => v === undefined || (typeof v === 'string' && HEX32.test(v)),
    },
    {
      name: 'jars.run(jar, { parallelism })',
      call: (f: Flink, v: unknown) => f.jars.run('x.jar', { parallelism: v as number }),
      valid: (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) >= 1),
    },
    {
      name: 'jobs.rescale(job, parallelism)',
      call: (f: Flink, v: unknown) => f.jobs.rescale(JOB, v as number),
      valid: (v: unknown) => Number.isInteger(v) && (v as number) >= 1,
      // a valid call reads the requirements first; the answer here is not a requirements map
      sends: 'GET',
    },
    {
      name: 'savepoints.dispose(path)',
      call: (f: Flink, v: unknown) => f.savepoints.dispose(v as string),
      valid: (v: unknown) => typeof v === 'string' && v.trim() !== '',
    },
  ])('$name', async ({ call, valid }) => {
    await fc.assert(
      fc.asyncProperty(anyValue, async (value) => {
        const { flink, requests } = recordingClient();
        const { error } = await settle(() => call(flink, value));
        if (valid(value)) {
          expect(requests.length).toBeGreaterThan(0);
        } else {
          expectDocumentedArgumentError(error);
          expect(requests).toHaveLength(0);
        }
      }),
    );
  });

  it('sends the target directory and trigger id exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        fc.stringMatching(HEX32),
        async (targetDirectory, triggerId) => {
          const { flink, requests } = recordingClient();
          const op = await flink.savepoints.trigger(JOB, { targetDirectory, triggerId });
          expect(op.triggerId).toBe(triggerId);
          expect(requests[0]?.body).toMatchObject({
            'target-directory': targetDirectory,
            triggerId,
          });
        },
      ),
    );
  });
});

type Flink = ReturnType<typeof recordingClient>['flink'];

describe('resumeOperation: a documented error or a handle that round-trips', () => {
  const kinds = [
    'savepoint',
    'stop-with-savepoint',
    'checkpoint',
    'savepoint-disposal',
    'dataset-deletion',
  ];
  const state = fc.record(
    {
      kind: fc.oneof(fc.constantFrom(...kinds), anyValue),
      triggerId: fc.oneof(fc.stringMatching(HEX32), anyValue),
      jobId: fc.oneof(fc.stringMatching(HEX32), anyValue),
      flinkVersion: fc.oneof(fc.constant('2.3'), anyValue),
    },
    { requiredKeys: [] },
  );

  it('for random states and random non-objects', () => {
    const { flink } = recordingClient();
    fc.assert(
      fc.property(fc.oneof(state, anyValue), (s) => {
        let op: ReturnType<typeof resumeOperation> | undefined;
        try {
          op = resumeOperation(flink, s as never);
        } catch (error) {
          expectDocumentedArgumentError(error);
          return;
        }
        const json = JSON.parse(JSON.stringify(op));
        expect(json).toEqual(op.toJSON());
        expect(resumeOperation(flink, json).toJSON()).toEqual(json);
        expect(json.triggerId).toMatch(HEX32);
      }),
    );
  });
});

describe('baseUrl: refused with a TypeError, or every request goes under <baseUrl>/v1/', () => {
  const urlish = fc.oneof(
    anyValue,
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.webUrl(),
    fc
      .tuple(fc.webUrl(), fc.constantFrom('', '/', '//', '/v1', '/v1/', '/flink'))
      .map(([u, s]) => u + s),
  );
  it('for random base URLs', async () => {
    await fc.assert(
      fc.asyncProperty(urlish, async (baseUrl) => {
        const seen: string[] = [];
        let flink: Flink;
        try {
          flink = createFlinkClient({
            baseUrl: baseUrl as string,
            flinkVersion: '2.3',
            fetch: async (r) => {
              seen.push(r.url);
              return Response.json({ jobs: [] });
            },
          });
        } catch (error) {
          expectDocumentedArgumentError(error);
          return;
        }
        await flink.GET('/jobs/overview');
        const sent = new URL(seen[0] as string);
        const base = new URL(flink.baseUrl);
        expect(sent.origin).toBe(base.origin);
        expect(sent.search).toBe('');
        expect(sent.pathname).toBe(`${base.pathname.replace(/\/$/, '')}/v1/jobs/overview`);
      }),
    );
  });
});

describe('path parameters always fill one segment of the template', () => {
  const templates = [
    '/jars/{jarid}/run',
    '/jobs/{jobid}/savepoints/{triggerid}',
    '/savepoint-disposal/{triggerid}',
  ];
  it('serializePath: a TypeError, or the template with one non-dot segment per parameter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...templates), anyValue, anyValue, (template, a, b) => {
        const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
        const params = Object.fromEntries(names.map((n, i) => [n, i === 0 ? a : b]));
        let path: string;
        try {
          path = serializePath(template, params);
        } catch (error) {
          expectDocumentedArgumentError(error);
          return;
        }
        const want = template.split('/');
        const got = path.split('/');
        expect(got).toHaveLength(want.length);
        for (const [i, segment] of want.entries()) {
          const name = /^\{(.+)\}$/.exec(segment)?.[1];
          if (!name) {
            expect(got[i]).toBe(segment);
            continue;
          }
          expect(got[i]).not.toMatch(/^\.{1,2}$/);
          expect(decodeURIComponent(got[i] as string)).toBe(String(params[name]));
        }
        // What a URL parser makes of it: still the template's shape.
        const url = new URL(`http://127.0.0.1:8081/v1${path}`);
        expect(url.pathname.split('/')).toHaveLength(want.length + 1);
      }),
    );
  });

  it('jars.run(jarId): the request path is /v1/jars/<jarId, encoded>/run', async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, async (jarId) => {
        const { flink, requests } = recordingClient();
        const { error } = await settle(() => flink.jars.run(jarId as string));
        if (error) {
          expectDocumentedArgumentError(error);
          expect(requests).toHaveLength(0);
          return;
        }
        const segments = new URL(requests[0]?.url as string).pathname.split('/');
        expect(segments).toHaveLength(5);
        expect([segments[1], segments[2], segments[4]]).toEqual(['v1', 'jars', 'run']);
        expect(decodeURIComponent(segments[3] as string)).toBe(jarId);
      }),
    );
  });
});

describe('list query parameters: comma-joined, or refused', () => {
  it('metrics.taskManagers({ names, agg }) sends get=a,b and agg=min,max as given', async () => {
    const name = fc.string({ unit: 'binary', minLength: 0, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(name, anyValue), { maxLength: 4 }),
        fc.array(fc.constantFrom('min', 'max', 'avg', 'sum', 'skew'), { maxLength: 3 }),
        async (names, agg) => {
          const seen: string[] = [];
          const flink = createFlinkClient({
            baseUrl: 'http://127.0.0.1:8081',
            flinkVersion: '2.3',
            fetch: async (r) => {
              seen.push(r.url);
              return Response.json([]);
            },
          });
          const { error } = await settle(() =>
            flink.metrics.taskManagers({ names: names as string[], agg: agg as never }),
          );
          const valid = names.every(
            (n) =>
              typeof n === 'string' &&
              n.length > 0 &&
              !n.includes(',') &&
              !/\p{Surrogate}/u.test(n.normalize()),
          );
          if (!valid) {
            expectDocumentedArgumentError(error);
            expect(seen).toHaveLength(0);
            return;
          }
          expect(error).toBeUndefined();
          const query = new URL(seen[0] as string).searchParams;
          expect(query.getAll('get')).toEqual(names.length > 0 ? [names.join(',')] : []);
          expect(query.getAll('agg')).toEqual(agg.length > 0 ? [agg.join(',')] : []);
        },
      ),
    );
  });
});
