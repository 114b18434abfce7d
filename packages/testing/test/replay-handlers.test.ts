import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { collapsePolls } from '../src/recording/collapse-polls.js';
import { createExchangeQueue } from '../src/recording/exchange-queue.js';
import type { Exchange, Fixture } from '../src/recording/fixture-format.js';
import { parseRecordArgs } from '../src/recording/record-args.js';
import type { RawExchange } from '../src/recording/recording-fetch.js';
import { recordingFetch } from '../src/recording/recording-fetch.js';
import { handlersFromFixture } from '../src/recording/replay-handlers.js';

const raw = (step: string, path: string, status: string, query = {}): RawExchange => ({
  step,
  method: 'GET',
  path,
  query,
  requestContentType: undefined,
  requestBody: null,
  status: 200,
  responseContentType: 'application/json',
  responseBody: { status },
});

describe('collapsePolls', () => {
  it.each([
    {
      name: 'a polling run keeps its last answer',
      given: [
        raw('wait', '/s', 'IN_PROGRESS'),
        raw('wait', '/s', 'IN_PROGRESS'),
        raw('wait', '/s', 'COMPLETED'),
      ],
      want: ['COMPLETED'],
    },
    {
      name: 'other steps, paths or queries break a run',
      given: [
        raw('a', '/s', '1'),
        raw('b', '/s', '2'),
        raw('b', '/t', '3'),
        raw('b', '/t', '4', { get: 'x' }),
        raw('b', '/t', '5', { get: 'x' }),
      ],
      want: ['1', '2', '3', '5'],
    },
    { name: 'no exchanges', given: [], want: [] },
  ])('$name', ({ given, want }) => {
    expect(collapsePolls(given).map((e) => (e.responseBody as { status: string }).status)).toEqual(
      want,
    );
  });
});

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

describe('recordingFetch', () => {
  it('records what went out and came back, tagged with the step, and hands back the body', async () => {
    const sink: RawExchange[] = [];
    const fetchLike = recordingFetch(
      async () =>
        new Response('{"jobid":"x"}', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      sink,
      () => 'job: run',
    );
    const form = new FormData();
    form.append(
      'jarfile',
      new Blob([new Uint8Array([1])], { type: 'application/java-archive' }),
      'a.jar',
    );
    const res = await fetchLike(
      new Request('http://h/v1/jars/a%3Ab/run?get=x&agg=min', { method: 'POST', body: form }),
    );
    expect(await res.json()).toEqual({ jobid: 'x' });
    expect(sink).toEqual([
      {
        step: 'job: run',
        method: 'POST',
        path: '/jars/a:b/run',
        query: { agg: 'min', get: 'x' },
        requestContentType: expect.stringMatching(/^multipart\/form-data; boundary=/),
        requestBody: {
          multipart: [{ name: 'jarfile', filename: 'a.jar', type: 'application/java-archive' }],
        },
        status: 200,
        responseContentType: 'application/json',
        responseBody: { jobid: 'x' },
      },
    ]);
  });
});

describe('parseRecordArgs', () => {
  it.each([
    {
      name: 'one version',
      given: ['--flink-version', '2.3'],
      want: { lines: ['2.3'], scenario: 'lifecycle' },
    },
    {
      name: 'all',
      given: ['--flink-version', 'all'],
      want: { lines: ['1.18', '1.19', '1.20', '2.0', '2.1', '2.2', '2.3'], scenario: 'lifecycle' },
    },
  ])('$name', ({ given, want }) => {
    expect(parseRecordArgs(given)).toEqual(want);
  });

  it.each([
    { name: 'missing', given: [], error: /^--flink-version <1\.18\|.*\|all> is required$/ },
    {
      name: 'unknown version',
      given: ['--flink-version', '3.0'],
      error: /^--flink-version "3.0" is not a supported Flink line/,
    },
    { name: 'unknown flag', given: ['--x'], error: /^unknown argument "--x"$/ },
    { name: 'no value', given: ['--flink-version'], error: /^--flink-version needs a value$/ },
  ])('$name', ({ given, error }) => {
    expect(() => parseRecordArgs(given)).toThrow(error);
  });
});
