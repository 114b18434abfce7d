import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createExchangeQueue } from '../src/exchange-queue.js';
import type { Exchange, Fixture } from '../src/fixture-format.js';
import { handlersFromFixture } from '../src/replay-handlers.js';

const ex = (path: string, status: string, query: Record<string, string> = {}): Exchange => ({
  step: 's',
  request: { method: 'GET', path, query, headers: {}, body: null },
  response: { status: 200, headers: { 'content-type': 'application/json' }, body: { status } },
});

describe('createExchangeQueue', () => {
  it('answers repeats in order, then repeats the last; the query must match', () => {
    const q = createExchangeQueue([
      ex('/s', 'A'),
      ex('/t', 'T'),
      ex('/s', 'B'),
      ex('/s', 'Q', { a: '1' }),
    ]);
    const status = (path: string, query = {}) =>
      (q.answer('GET', path, query)?.response.body as { status: string } | undefined)?.status;
    expect([
      status('/s'),
      status('/s'),
      status('/s'),
      status('/t'),
      status('/s', { a: '1' }),
    ]).toEqual(['A', 'B', 'B', 'T', 'Q']);
    expect(status('/s', { a: '2' })).toBeUndefined();
    expect(q.answer('POST', '/s', {})).toBeUndefined();
  });
});

describe('msw handlers from a fixture', () => {
  const fixture: Fixture = {
    flinkVersion: '2.3',
    flinkRelease: '2.3.0',
    scenario: 'test',
    summary: null,
    exchanges: [
      ex('/jobs/feed0000000000000000000000000001/status', 'RUNNING'),
      ex('/jobs/feed0000000000000000000000000001/status', 'FINISHED'),
      ex('/taskmanagers/127.0.0.1:40001-000001', 'TM'),
    ],
  };
  let server: ReturnType<typeof setupServer> | undefined;
  afterEach(() => server?.close());

  it('replay in order, match percent-encoded paths, and fail on what was not recorded', async () => {
    server = setupServer(...handlersFromFixture(fixture));
    server.listen({ onUnhandledRequest: 'error' });
    const get = async (url: string) =>
      ((await (await fetch(url)).json()) as { status: string }).status;
    const base = 'http://flink.test/v1';
    expect(await get(`${base}/jobs/feed0000000000000000000000000001/status`)).toBe('RUNNING');
    expect(await get(`${base}/jobs/feed0000000000000000000000000001/status`)).toBe('FINISHED');
    expect(await get(`${base}/jobs/feed0000000000000000000000000001/status`)).toBe('FINISHED');
    expect(await get(`${base}/taskmanagers/127.0.0.1%3A40001-000001`)).toBe('TM');
    await expect(
      fetch(`${base}/jobs/feed0000000000000000000000000001/status?x=1`),
    ).rejects.toThrow();
    await expect(fetch(`${base}/jobs/overview`)).rejects.toThrow();
  });

  it('mapEntry can drop or change exchanges', async () => {
    server = setupServer(
      ...handlersFromFixture(fixture, {
        mapEntry: (e) =>
          e.request.path.startsWith('/taskmanagers')
            ? undefined
            : { ...e, response: { ...e.response, status: 201 } },
      }),
    );
    server.listen({ onUnhandledRequest: 'error' });
    const r = await fetch('http://flink.test/v1/jobs/feed0000000000000000000000000001/status');
    expect(r.status).toBe(201);
    await expect(
      fetch('http://flink.test/v1/taskmanagers/127.0.0.1:40001-000001'),
    ).rejects.toThrow();
  });
});
