/**
 * Node import time of the root entry (issue 12): fresh `node` processes that import
 * `@flink-rest/client`, against the same for `openapi-fetch`, and a process that imports
 * nothing as the baseline of Node's own start-up. Rounds rotate the order; one warm-up round
 * (file cache) is dropped. Reported: median wall time of each process, with its spread, and
 * each import's cost as its median minus the baseline's. Each child also times its own work
 * with performance.now(), which leaves process start-up noise out.
 *
 * A second pair also makes a client (`createFlinkClient` against `createClient`): Node loads
 * its fetch implementation (Request, Response, …) on first use, which openapi-fetch does when a
 * client is made and this client already on import (it subclasses Response), so the pair that
 * makes a client compares like with like.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, pkg, quantile, type Row, writeSection } from './results.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const BASE_URL = JSON.stringify('http://localhost:8081');

/** What each child runs, timed inside it; resolved from this package, as an app's import would be. */
const subjects = {
  baseline: '',
  'openapi-fetch': `await import('openapi-fetch');`,
  '@flink-rest/client': `await import('@flink-rest/client');`,
  'openapi-fetch + createClient': `const { default: createClient } = await import('openapi-fetch'); createClient({ baseUrl: ${BASE_URL} });`,
  '@flink-rest/client + createFlinkClient': `const { createFlinkClient } = await import('@flink-rest/client'); createFlinkClient({ baseUrl: ${BASE_URL}, flinkVersion: '2.3' });`,
} as const;
type Subject = keyof typeof subjects;
const names = Object.keys(subjects) as Subject[];
const label: Record<Subject, string> = {
  baseline: 'nothing (baseline)',
  'openapi-fetch': "import('openapi-fetch')",
  '@flink-rest/client': "import('@flink-rest/client')",
  'openapi-fetch + createClient': "import('openapi-fetch') + createClient()",
  '@flink-rest/client + createFlinkClient': "import('@flink-rest/client') + createFlinkClient()",
};

function runOnce(subject: Subject): { wallMs: number; innerMs: number } {
  const script = `const t = performance.now(); ${subjects[subject]} process.stdout.write(String(performance.now() - t));`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: pkg,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${subject}: child exited ${result.status}: ${result.stderr.trim()}`);
  }
  const innerMs = Number(result.stdout);
  if (result.stdout === '' || !Number.isFinite(innerMs)) {
    throw new Error(`${subject}: child printed ${JSON.stringify(result.stdout)}`);
  }
  return { wallMs, innerMs };
}

const wall = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Subject, number[]>;
const inner = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<
  Subject,
  number[]
>;
for (const name of names) runOnce(name); // warm-up: file cache
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(round + k) % names.length] as Subject;
    const { wallMs, innerMs } = runOnce(name);
    wall[name].push(wallMs);
    inner[name].push(innerMs);
  }
}

const spread = (xs: number[]) =>
  `p25–p75 ${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`;
const how = `median of ${ROUNDS} processes, order rotated per round`;
const cost = (name: Subject) => median(wall[name]) - median(wall.baseline);
const pairs = [
  ['@flink-rest/client', 'openapi-fetch', 'import only'],
  [
    '@flink-rest/client + createFlinkClient',
    'openapi-fetch + createClient',
    'import and make a client: both load Node’s fetch implementation',
  ],
] as const;
const rows: Row[] = [
  ...names.map((name) => ({
    name: `node process running ${label[name]}: wall time`,
    value: median(wall[name]),
    unit: 'ms',
    note: `${how}; ${spread(wall[name])}`,
  })),
  ...names
    .filter((name) => name !== 'baseline')
    .map((name) => ({
      name: `${label[name]}: process time minus baseline`,
      value: cost(name),
      unit: 'ms',
      note: 'difference of medians',
    })),
  ...pairs.map(([client, base, what]) => ({
    name: `${label[client]} / ${label[base]}, process time minus baseline`,
    value: cost(client) / cost(base),
    unit: 'x',
    note: what,
  })),
  ...names
    .filter((name) => name !== 'baseline')
    .map((name) => ({
      name: `${label[name]}, timed inside the process`,
      value: median(inner[name]),
      unit: 'ms',
      note: `${how}; ${spread(inner[name])}`,
    })),
  ...pairs.map(([client, base, what]) => ({
    name: `${label[client]} / ${label[base]}, timed inside the process`,
    value: median(inner[client]) / median(inner[base]),
    unit: 'x',
    note: `ratio of medians; ${what}`,
  })),
];
await writeSection(
  'import.json',
  `client: Node import time (fresh processes, Node ${process.version})`,
  rows,
);
