/**
 * Node import time of the root entry (issue 12): fresh `node` processes that import
 * `@flink-rest/client`, against the same for `openapi-fetch`, and a process that imports
 * nothing as the baseline of Node's own start-up. Rounds rotate the order; one warm-up round
 * (file cache) is dropped. Reported: median wall time of each process, with its spread, and
 * each import's cost as its median minus the baseline's. Each child also times its own
 * `import()` with performance.now(), which leaves process start-up noise out.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, pkg, quantile, type Row, writeSection } from './results.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const subjects = {
  'nothing (baseline)': undefined,
  'openapi-fetch': 'openapi-fetch',
  '@flink-rest/client': '@flink-rest/client',
} as const;
type Subject = keyof typeof subjects;
const names = Object.keys(subjects) as Subject[];

/** The child: imports `specifier` (resolved as an app in this package would) and prints how long it took. */
function child(specifier: string | undefined): string {
  const load = specifier ? `await import(${JSON.stringify(specifier)});` : '';
  return `const t = performance.now(); ${load} process.stdout.write(String(performance.now() - t));`;
}

function runOnce(subject: Subject): { wallMs: number; importMs: number } {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', child(subjects[subject])],
    {
      cwd: pkg,
      encoding: 'utf8',
    },
  );
  const wallMs = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${subject}: child exited ${result.status}: ${result.stderr.trim()}`);
  }
  const importMs = Number(result.stdout);
  if (!Number.isFinite(importMs)) throw new Error(`${subject}: child printed ${result.stdout}`);
  return { wallMs, importMs };
}

const wall = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Subject, number[]>;
const inProcess = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<
  Subject,
  number[]
>;
for (const name of names) runOnce(name); // warm-up: file cache
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(round + k) % names.length] as Subject;
    const { wallMs, importMs } = runOnce(name);
    wall[name].push(wallMs);
    inProcess[name].push(importMs);
  }
}

const spread = (xs: number[]) =>
  `p25–p75 ${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`;
const note = `median of ${ROUNDS} processes, order rotated per round`;
const baseline = median(wall['nothing (baseline)']);
const fetchCost = median(wall['openapi-fetch']) - baseline;
const clientCost = median(wall['@flink-rest/client']) - baseline;
const rows: Row[] = [
  ...names.map((name) => ({
    name: `node process importing ${name}: wall time`,
    value: median(wall[name]),
    unit: 'ms',
    note: `${note}; ${spread(wall[name])}`,
  })),
  {
    name: 'openapi-fetch import: process time minus baseline',
    value: fetchCost,
    unit: 'ms',
    note: 'difference of medians',
  },
  {
    name: '@flink-rest/client import: process time minus baseline',
    value: clientCost,
    unit: 'ms',
    note: 'difference of medians',
  },
  {
    name: '@flink-rest/client import cost / openapi-fetch import cost',
    value: clientCost / fetchCost,
    unit: 'x',
    note: 'both minus baseline',
  },
  ...(['openapi-fetch', '@flink-rest/client'] as const).map((name) => ({
    name: `import('${name}') timed inside the process`,
    value: median(inProcess[name]),
    unit: 'ms',
    note: `${note}; ${spread(inProcess[name])}`,
  })),
  {
    name: "import('@flink-rest/client') / import('openapi-fetch'), timed inside the process",
    value: median(inProcess['@flink-rest/client']) / median(inProcess['openapi-fetch']),
    unit: 'x',
    note: 'ratio of medians',
  },
];
await writeSection(
  'import.json',
  `client: Node import time (fresh processes, Node ${process.version})`,
  rows,
);
