/**
 * Client overhead against raw fetch, in one run, on the same local keep-alive HTTP server:
 * requests/s and per-request time of `flink.GET('/jobs/overview')` vs
 * `fetch(url).then(r => r.json())`, sequential and with 16 in flight. Two more baselines say
 * where the time goes: openapi-fetch on its own (over fetch), and a bare request through
 * undici's dispatcher — the HTTP stack under the client's default transport. Rounds rotate
 * the order so drift (JIT, CPU frequency, the other core) hits all alike.
 *
 * Then `wait()`: a local server reports a savepoint IN_PROGRESS until a set moment; measured
 * is how late the client notices completion, against how many polls it sent.
 */
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import createClient from 'openapi-fetch';
import { Agent } from 'undici';
import { createFlinkClient, type PathsByVersion, resumeOperation } from '../src/index.js';

const OVERVIEW = JSON.stringify({
  jobs: Array.from({ length: 5 }, (_, i) => ({
    jid: `${i}`.padStart(32, '0'),
    name: `job-${i}`,
    state: 'RUNNING',
    'start-time': 1_700_000_000_000 + i,
    'end-time': -1,
    duration: 1000,
    'last-modification': 1_700_000_000_000,
    tasks: { total: 4, running: 4 },
  })),
});

let completeAt = Number.POSITIVE_INFINITY;
let statusPolls = 0;
const server = http.createServer((req, res) => {
  if (req.url?.startsWith('/v1/jobs/overview')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(OVERVIEW);
    return;
  }
  if (req.url?.includes('/savepoints/')) {
    statusPolls++;
    const done = performance.now() >= completeAt;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        done
          ? { status: { id: 'COMPLETED' }, operation: { location: 'file:/sp/savepoint-1' } }
          : { status: { id: 'IN_PROGRESS' } },
      ),
    );
    return;
  }
  res.writeHead(404).end();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const flink = createFlinkClient({ baseUrl: base, flinkVersion: '2.3' });

// openapi-fetch on its own, with the same serializers: what the client is built on.
const bare = createClient<PathsByVersion['2.3']>({
  baseUrl: `${base}/v1`,
  querySerializer: { array: { style: 'form', explode: false } },
});
const openapiFetch = async () => {
  const { data, error } = await bare.GET('/jobs/overview');
  if (error) throw new Error('error');
  return data;
};

const raw = async () => {
  const r = await fetch(`${base}/v1/jobs/overview`);
  if (!r.ok) throw new Error(String(r.status));
  return r.json();
};
// What the client's default transport is built on, with nothing of ours on top.
const agent = new Agent();
const dispatcher = async () => {
  const r = await agent.request({ origin: base, path: '/v1/jobs/overview', method: 'GET' });
  if (r.statusCode !== 200) throw new Error(String(r.statusCode));
  return r.body.json();
};
const client = async () => {
  const { data, error } = await flink.GET('/jobs/overview');
  if (error) throw new Error('error');
  return data;
};

async function run(fn: () => Promise<unknown>, total: number, inFlight: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < total) await fn();
    }),
  );
  return performance.now() - started;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 2_000);
const rows: { name: string; value: number; unit: string; note: string }[] = [];
for (const inFlight of [1, 16]) {
  await run(raw, 500, inFlight); // warm-up both paths
  await run(client, 500, inFlight);
  await run(openapiFetch, 500, inFlight);
  await run(dispatcher, 500, inFlight);
  let rawMs = 0;
  let dispatcherMs = 0;
  let clientMs = 0;
  let bareMs = 0;
  const order: [() => Promise<unknown>, (ms: number) => void][] = [
    [
      raw,
      (ms) => {
        rawMs += ms;
      },
    ],
    [
      client,
      (ms) => {
        clientMs += ms;
      },
    ],
    [
      openapiFetch,
      (ms) => {
        bareMs += ms;
      },
    ],
    [
      dispatcher,
      (ms) => {
        dispatcherMs += ms;
      },
    ],
  ];
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate which path goes first, so drift hits all alike.
    for (let k = 0; k < order.length; k++) {
      const [fn, add] = order[(round + k) % order.length] as (typeof order)[number];
      add(await run(fn, PER_ROUND, inFlight));
    }
  }
  const n = ROUNDS * PER_ROUND;
  const note = `${n} requests each, ${inFlight} in flight, keep-alive, order rotated per round`;
  rows.push(
    { name: `raw fetch, ${inFlight} in flight`, value: n / (rawMs / 1000), unit: 'req/s', note },
    {
      name: `openapi-fetch alone, ${inFlight} in flight`,
      value: n / (bareMs / 1000),
      unit: 'req/s',
      note,
    },
    {
      name: `undici dispatcher alone, ${inFlight} in flight`,
      value: n / (dispatcherMs / 1000),
      unit: 'req/s',
      note,
    },
    {
      name: `client GET, ${inFlight} in flight`,
      value: n / (clientMs / 1000),
      unit: 'req/s',
      note,
    },
    {
      name: `client time per request minus raw fetch's, ${inFlight} in flight`,
      value: ((clientMs - rawMs) / n) * 1000,
      unit: 'µs',
      note,
    },
    {
      name: `client time / raw fetch time, ${inFlight} in flight`,
      value: clientMs / rawMs,
      unit: 'x',
      note: 'target ≤ 1.10',
    },
    {
      name: `openapi-fetch alone / raw fetch time, ${inFlight} in flight`,
      value: bareMs / rawMs,
      unit: 'x',
      note: 'what the base library costs',
    },
    {
      name: `client time / undici dispatcher alone, ${inFlight} in flight`,
      value: clientMs / dispatcherMs,
      unit: 'x',
      note: 'what openapi-fetch and our layer add over the HTTP stack the client uses',
    },
  );
  process.stderr.write(
    `${inFlight} in flight: raw ${(n / (rawMs / 1000)).toFixed(0)} req/s, openapi-fetch ${(n / (bareMs / 1000)).toFixed(0)}, dispatcher ${(n / (dispatcherMs / 1000)).toFixed(0)}, client ${(n / (clientMs / 1000)).toFixed(0)}; client/raw ${(clientMs / rawMs).toFixed(3)}, client/dispatcher ${(clientMs / dispatcherMs).toFixed(3)}\n`,
  );
}

// wait(): completion-to-notice delay against polls, for the default backoff and a tighter one.
const trigger = 'a'.repeat(32);
const job = 'b'.repeat(32);
for (const [label, options] of [
  ['defaults (250–5000 ms)', {}],
  ['minDelayMs 100, maxDelayMs 1000', { minDelayMs: 100, maxDelayMs: 1_000 }],
] as const) {
  for (const afterMs of [1_000, 5_000]) {
    const lags: number[] = [];
    const polls: number[] = [];
    for (let i = 0; i < 3; i++) {
      statusPolls = 0;
      const started = performance.now();
      completeAt = started + afterMs;
      const op = resumeOperation(flink, {
        kind: 'savepoint',
        triggerId: trigger,
        jobId: job,
        flinkVersion: '2.3',
      });
      await op.wait({ ...options, timeoutMs: 60_000 });
      lags.push(performance.now() - completeAt);
      polls.push(statusPolls);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    rows.push(
      {
        name: `wait(), ${label}, completes after ${afterMs} ms: notice delay`,
        value: mean(lags),
        unit: 'ms',
        note: 'mean of 3',
      },
      {
        name: `wait(), ${label}, completes after ${afterMs} ms: polls sent`,
        value: mean(polls),
        unit: 'polls',
        note: 'mean of 3',
      },
    );
  }
}
await agent.close();
server.close();
server.closeAllConnections();

await mkdir('.bench', { recursive: true });
await writeFile(
  '.bench/results.json',
  `${JSON.stringify({ title: 'client: overhead against raw fetch, and wait() latency', rows }, null, 2)}\n`,
);
