import { describe, expect, it } from 'vitest';
import { FlinkConnectionError } from '../src/errors.js';
import { createTransport, type FetchLike, type TransportOptions } from '../src/transport.js';
import { fakeClock } from './clock.js';

type Step = number | 'reset' | 'hang';

/** A fetch that answers from a script and records what it was sent. */
function scriptedFetch(steps: Step[]) {
  const seen: { method: string; url: string; headers: Headers; body: string }[] = [];
  let i = 0;
  const fetch: FetchLike = async (request) => {
    seen.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body ? await request.text() : '',
    });
    const step = steps[Math.min(i++, steps.length - 1)] as Step;
    if (step === 'reset') {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    }
    if (step === 'hang') {
      return new Promise((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    }
    return new Response(JSON.stringify({ step }), { status: step });
  };
  return { fetch, seen };
}

const url = 'http://127.0.0.1:1/v1/jobs/overview';

describe('transport retries', () => {
  it.each([
    {
      name: 'GET after resets',
      method: 'GET',
      steps: ['reset', 'reset', 200],
      status: 200,
      calls: 3,
      sleeps: [150, 300],
    },
    {
      name: 'GET after 503s',
      method: 'GET',
      steps: [503, 503, 200],
      status: 200,
      calls: 3,
      sleeps: [150, 300],
    },
    {
      name: 'GET gives the last 503 after all retries',
      method: 'GET',
      steps: [503],
      status: 503,
      calls: 4,
      sleeps: [150, 300, 600],
    },
    {
      name: 'PUT is idempotent',
      method: 'PUT',
      steps: ['reset', 200],
      status: 200,
      calls: 2,
      sleeps: [150],
    },
    {
      name: 'a 500 is not retried',
      method: 'GET',
      steps: [500, 200],
      status: 500,
      calls: 1,
      sleeps: [],
    },
    {
      name: 'a POST is never re-sent on 503',
      method: 'POST',
      steps: [503, 200],
      status: 503,
      calls: 1,
      sleeps: [],
    },
  ] as {
    name: string;
    method: string;
    steps: Step[];
    status: number;
    calls: number;
    sleeps: number[];
  }[])('$name', async ({ method, steps, status, calls, sleeps }) => {
    const clock = fakeClock();
    const { fetch, seen } = scriptedFetch(steps);
    const t = createTransport({ fetch, sleep: clock.sleep, random: clock.random });
    const body = method === 'GET' ? undefined : '{"a":1}';
    const response = await t.fetch(new Request(url, { method, body }));
    expect(response.status).toBe(status);
    expect(seen).toHaveLength(calls);
    expect(clock.sleeps).toEqual(sleeps);
  });

  it('never re-sends a POST after a connection error', async () => {
    const { fetch, seen } = scriptedFetch(['reset', 200]);
    const t = createTransport({ fetch, sleep: fakeClock().sleep });
    const error = await t
      .fetch(new Request(url, { method: 'POST', body: '{}' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect((error as Error).message).toBe(
      'POST /jobs/overview got no answer: ECONNRESET (socket hang up)',
    );
    expect(seen).toHaveLength(1);
  });

  it('re-sends an idempotent trigger POST with the same body', async () => {
    const { fetch, seen } = scriptedFetch(['reset', 503, 202]);
    const t = createTransport({ fetch, sleep: fakeClock().sleep });
    const body = '{"triggerId":"0123456789abcdef0123456789abcdef"}';
    const response = await t.fetchRetryingPost(new Request(url, { method: 'POST', body }));
    expect(response.status).toBe(202);
    expect(seen.map((s) => s.body)).toEqual([body, body, body]);
  });

  it('turns a request that outlives requestTimeoutMs into a connection error', async () => {
    const { fetch } = scriptedFetch(['hang']);
    const t = createTransport({ fetch, requestTimeoutMs: 20, retry: { retries: 0 } });
    await expect(t.fetch(new Request(url))).rejects.toThrow(
      'GET /jobs/overview got no answer: no response within 20 ms',
    );
  });

  it("rethrows the caller's abort and does not retry it", async () => {
    const { fetch, seen } = scriptedFetch(['hang']);
    const t = createTransport({ fetch, sleep: fakeClock().sleep });
    const controller = new AbortController();
    const pending = t.fetch(new Request(url, { signal: controller.signal }));
    controller.abort(new Error('mine'));
    await expect(pending).rejects.toThrow('mine');
    expect(seen).toHaveLength(1);
  });
});

describe('transport headers and auth', () => {
  it.each([
    {
      name: 'bearer',
      auth: { type: 'bearer', token: 't0ken-value' } as const,
      want: 'Bearer t0ken-value',
    },
    {
      name: 'basic',
      auth: { type: 'basic', username: 'ops', password: 'pa:ss' } as const,
      want: `Basic ${Buffer.from('ops:pa:ss').toString('base64')}`,
    },
  ])('$name auth and custom headers reach the server', async ({ auth, want }) => {
    const { fetch, seen } = scriptedFetch([200]);
    const t = createTransport({ fetch, auth, headers: { 'x-team': 'data' } });
    await t.fetch(new Request(url));
    expect(seen[0]?.headers.get('authorization')).toBe(want);
    expect(seen[0]?.headers.get('x-team')).toBe('data');
  });

  it('keeps the token out of connection error messages', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('fetch failed', {
        cause: new Error('proxy said: Bearer t0ken-value rejected'),
      });
    };
    const t = createTransport({
      fetch,
      auth: { type: 'bearer', token: 't0ken-value' },
      retry: { retries: 0 },
    });
    const error = (await t.fetch(new Request(url)).catch((e: unknown) => e)) as Error;
    expect(error.message).not.toContain('t0ken-value');
    expect(error.message).toContain('[REDACTED]');
  });

  it.each([
    { options: { requestTimeoutMs: 0 }, want: 'requestTimeoutMs (0) must be a finite number > 0' },
    { options: { retry: { retries: -1 } }, want: 'retry.retries (-1) must be a whole number >= 0' },
    {
      options: { retry: { minDelayMs: 10, maxDelayMs: 5 } },
      want: 'maxDelayMs (5) must be >= minDelayMs (10)',
    },
    {
      options: { auth: { type: 'bearer', token: '' } as const },
      want: 'auth.token must not be empty',
    },
    {
      options: { headers: { Connection: 'close' } },
      want: 'headers: Connection is set by the HTTP layer; leave it out',
    },
    {
      options: { headers: { expect: '100-continue' } },
      want: 'headers: expect is set by the HTTP layer; leave it out',
    },
    {
      options: { headers: { 'Content-Length': '12' } },
      want: 'headers: Content-Length is set by the HTTP layer; leave it out',
    },
    {
      options: { headers: { 'x-bad name': 'v' } },
      want: 'headers: "x-bad name" is not a valid header name and value',
    },
    {
      options: { headers: { 'x-a': 'line\nbreak' } },
      want: 'headers: "x-a" is not a valid header name and value',
    },
  ] as { options: TransportOptions; want: string }[])('rejects $want', ({ options, want }) => {
    expect(() => createTransport(options)).toThrow(want);
  });
});
