/**
 * Per-request time of the client (issue 12), in one run, on the same local keep-alive HTTP
 * server: `flink.GET('/jobs/overview')` against two baselines, a raw
 * `fetch(url).then(r => r.json())` and openapi-fetch alone (`createClient` with the client's
 * query serializer, over the same global fetch), sequential and with 16 in flight. Rounds
 * rotate the order so drift (JIT, CPU frequency, the other core) hits all alike; a ratio is the
 * median of the per-round ratios, whose two sides ran next to each other. Wall time and the
 * process's CPU time are both reported: on a shared machine the second is the steadier.
 *
 * Every request's answer is checked, and the server counts what it answered, so each path is
 * seen to do the whole exchange.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import createClient from 'openapi-fetch';
import { createFlinkClient, type PathsByVersion } from '../src/index.js';
import { goal, median, quantile, type Row, writeSection } from './results.js';

const GOAL_VS_OPENAPI_FETCH = 1.3;
const JOBS = 5;
const OVERVIEW = JSON.stringify({
  jobs: Array.from({ length: JOBS }, (_, i) => ({
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

let answered = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/v1/jobs/overview') {
    answered++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(OVERVIEW);
    return;
  }
  res.writeHead(404).end();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const check = (data: { jobs?: unknown[] } | undefined) => {
  if (data?.jobs?.length !== JOBS) throw new Error(`unexpected answer: ${JSON.stringify(data)}`);
};

const flink = createFlinkClient({ baseUrl: base, flinkVersion: '2.3' });
const client = async () => {
  const { data, error } = await flink.GET('/jobs/overview');
  if (error) throw new Error(`client: ${JSON.stringify(error)}`);
  check(data);
};

// openapi-fetch on its own, with the same query serializer: what the client is built on.
const bare = createClient<PathsByVersion['2.3']>({
  baseUrl: `${base}/v1`,
  querySerializer: { array: { style: 'form', explode: false } },
});
const openapiFetch = async () => {
  const { data, error } = await bare.GET('/jobs/overview');
  if (error) throw new Error(`openapi-fetch: ${JSON.stringify(error)}`);
  check(data);
};

const raw = async () => {
  const r = await fetch(`${base}/v1/jobs/overview`);
  if (!r.ok) throw new Error(`raw fetch: HTTP ${r.status}`);
  check((await r.json()) as { jobs?: unknown[] });
};

/**
 * Sends `total` requests through `fn`, `inFlight` at a time. Wall time, and the CPU time the
 * process used meanwhile (server included, the same for every path): the bench machine is
 * shared, and CPU time hardly grows when other processes take turns on the cores.
 */
async function run(
  fn: () => Promise<void>,
  total: number,
  inFlight: number,
): Promise<{ wall: number; cpu: number }> {
  const before = answered;
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < total) await fn();
    }),
  );
  const wall = performance.now() - started;
  const { user, system } = process.cpuUsage(cpuBefore);
  if (answered - before !== total) {
    throw new Error(`${total} requests sent, ${answered - before} answered`);
  }
  return { wall, cpu: (user + system) / 1000 };
}

const paths = { 'raw fetch': raw, 'openapi-fetch alone': openapiFetch, 'client GET': client };
type Path = keyof typeof paths;
const names = Object.keys(paths) as Path[];

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 16);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 400);
const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
const iqr = (xs: number[], digits: number) =>
  `p25–p75 ${quantile(xs, 0.25).toFixed(digits)}–${quantile(xs, 0.75).toFixed(digits)}`;
const rows: Row[] = [];
try {
  for (const inFlight of [1, 16]) {
    for (const name of names) await run(paths[name], 500, inFlight); // warm-up
    const wall = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<
      Path,
      number[]
    >;
    const cpu = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Path, number[]>;
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length] as Path;
        const took = await run(paths[name], PER_ROUND, inFlight);
        wall[name].push(took.wall);
        cpu[name].push(took.cpu);
      }
    }
    const n = ROUNDS * PER_ROUND;
    const how = `${ROUNDS} rounds of ${PER_ROUND} requests, ${inFlight} in flight, keep-alive, order rotated per round`;
    for (const [kind, ms] of [
      ['time', wall],
      ['CPU time', cpu],
    ] as const) {
      for (const name of names) {
        const perRequest = ms[name].map((t) => (t / PER_ROUND) * 1000);
        rows.push({
          name: `${name}, ${inFlight} in flight: ${kind} per request`,
          value: median(perRequest),
          unit: 'µs',
          note: `median of ${how}; ${iqr(perRequest, 0)} µs${kind === 'time' ? `; ${(n / (sum(ms[name]) / 1000)).toFixed(0)} req/s over all ${n}` : '; the whole process, server included'}`,
        });
      }
    }
    // Both sides of a per-round ratio ran next to each other, so load that comes and goes
    // (JIT, CPU frequency, other processes) mostly cancels; the median of them is reported.
    const ratio = (ms: Record<Path, number[]>, a: Path, b: Path) => {
      const perRound = ms[a].map((t, i) => t / (ms[b][i] as number));
      return {
        value: median(perRound),
        note: `median of ${ROUNDS} per-round ratios, ${iqr(perRound, 3)}; ratio of summed times ${(sum(ms[a]) / sum(ms[b])).toFixed(3)}`,
      };
    };
    const limit = `≤ ${GOAL_VS_OPENAPI_FETCH.toFixed(2)}`;
    for (const [kind, ms] of [
      ['time', wall],
      ['CPU time', cpu],
    ] as const) {
      const vsBare = ratio(ms, 'client GET', 'openapi-fetch alone');
      const vsRaw = ratio(ms, 'client GET', 'raw fetch');
      const bareVsRaw = ratio(ms, 'openapi-fetch alone', 'raw fetch');
      rows.push(
        {
          name: `client / openapi-fetch alone, ${inFlight} in flight, ${kind}`,
          value: vsBare.value,
          unit: 'x',
          note: `${goal(vsBare.value, GOAL_VS_OPENAPI_FETCH, limit)}; ${vsBare.note}`,
        },
        {
          name: `client / raw fetch, ${inFlight} in flight, ${kind}`,
          value: vsRaw.value,
          unit: 'x',
          note: vsRaw.note,
        },
        {
          name: `openapi-fetch alone / raw fetch, ${inFlight} in flight, ${kind}`,
          value: bareVsRaw.value,
          unit: 'x',
          note: `what the base library costs; ${bareVsRaw.note}`,
        },
      );
    }
  }
} finally {
  await flink.close();
  server.close();
  server.closeAllConnections();
}

await writeSection(
  'requests.json',
  'client: time per request against raw fetch and openapi-fetch alone (same local keep-alive server)',
  rows,
);
