/**
 * Type-check cost of using the client (issue: codegen benchmarks): `tsc --noEmit` of a small
 * consumer that imports one version's client, against the same calls made through
 * openapi-fetch with openapi-typescript's output for the raw (uncorrected) 2.3 spec. Runs
 * alternate between the two; the median of each is reported with their ratio.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchDir, goal, median, pkg, writeSection } from './results.js';

const root = path.resolve(pkg, '../..');
const work = path.join(benchDir, 'typecheck');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const codegen = path.join(root, 'packages', 'codegen', 'dist', 'cli.js');

const CALLS = `
  const jobs = await c.GET('/jobs/overview');
  const job = await c.GET('/jobs/{jobid}', { params: { path: { jobid: 'x' } } });
  const cfg = await c.GET('/jobmanager/config');
  const tms = await c.GET('/taskmanagers');
  const cps = await c.GET('/jobs/{jobid}/checkpoints', { params: { path: { jobid: 'x' } } });
  const sp = await c.POST('/jobs/{jobid}/savepoints', { params: { path: { jobid: 'x' } }, body: { 'cancel-job': false } });
  const st = await c.GET('/jobs/{jobid}/savepoints/{triggerid}', { params: { path: { jobid: 'x', triggerid: 'y' } } });
  export const out = [jobs.data?.jobs?.length, job.data?.name, cfg.data, tms.data, cps.data, sp.data, st.data];
`;

const consumers = {
  client: `import { createFlinkClient } from '@flink-rest/client/flink-2.3';\nconst c = createFlinkClient({ baseUrl: 'http://localhost:8081' });\n${CALLS}`,
  // The fleet comparison (issue 13): the root entry pinned to one line against the same entry
  // typed for the range of every line (what all seven share, computed at the type level).
  'root entry, 2.3': `import { createFlinkClient } from '@flink-rest/client';\nconst c = createFlinkClient({ baseUrl: 'http://localhost:8081', flinkVersion: '2.3' });\n${CALLS}`,
  'root entry, range 1.18 - 2.3': `import { createFlinkClient } from '@flink-rest/client';\nconst c = createFlinkClient({ baseUrl: 'http://localhost:8081', flinkVersion: '1.18 - 2.3' });\n${CALLS}`,
  'openapi-fetch + raw types': `import createClient from 'openapi-fetch';\nimport type { paths } from './raw-2.3.js';\nconst c = createClient<paths>({ baseUrl: 'http://localhost:8081/v1' });\n${CALLS}`,
};

await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
execFileSync(
  process.execPath,
  [
    codegen,
    'generate',
    '--flink-version',
    '2.3',
    '--no-overlays',
    '--out',
    path.join(work, 'raw-2.3.ts'),
  ],
  {
    stdio: 'inherit',
  },
);
const compilerOptions = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};
const projects: Record<string, string> = {};
for (const [name, source] of Object.entries(consumers)) {
  const dir = path.join(work, name.replace(/[^a-z0-9]+/g, '-'));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(path.join(dir, 'consumer.ts'), source);
  if (name.startsWith('openapi-fetch'))
    await writeFile(path.join(dir, 'raw-2.3.ts'), await readFile(path.join(work, 'raw-2.3.ts')));
  await writeFile(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, files: ['consumer.ts'] }, null, 2),
  );
  projects[name] = dir;
}

const RUNS = Number(process.env.BENCH_ROUNDS ?? 5);
const times: Record<string, number[]> = Object.fromEntries(
  Object.keys(projects).map((n) => [n, []]),
);
const names = Object.keys(projects);
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 === 0 ? names : [...names].reverse()) {
    const t = performance.now();
    execFileSync(
      process.execPath,
      [tsc, '-p', path.join(projects[name] as string, 'tsconfig.json')],
      { stdio: 'inherit' },
    );
    times[name]?.push(performance.now() - t);
  }
}
const client = median(times.client as number[]) / 1000;
const single = median(times['root entry, 2.3'] as number[]) / 1000;
const range = median(times['root entry, range 1.18 - 2.3'] as number[]) / 1000;
const baseline = median(times['openapi-fetch + raw types'] as number[]) / 1000;
const rows = [
  {
    name: 'tsc --noEmit, consumer of @flink-rest/client/flink-2.3',
    value: client,
    unit: 's',
    note: `median of ${RUNS}`,
  },
  {
    name: 'tsc --noEmit, same calls via openapi-fetch + raw 2.3 types',
    value: baseline,
    unit: 's',
    note: `median of ${RUNS}`,
  },
  {
    name: 'type-check time, client / openapi-fetch baseline',
    value: client / baseline,
    unit: 'x',
    note: '7 typed calls',
  },
  {
    name: "tsc --noEmit, root entry, flinkVersion: '2.3'",
    value: single,
    unit: 's',
    note: `median of ${RUNS}`,
  },
  {
    name: "tsc --noEmit, root entry, flinkVersion: '1.18 - 2.3' (range client)",
    value: range,
    unit: 's',
    note: `median of ${RUNS}`,
  },
  {
    name: 'type-check time, range client / single-line client',
    value: range / single,
    unit: 'x',
    note: goal(range / single, 1.3, '≤ 1.3'),
  },
];
await writeSection('typecheck.json', 'client: type-check cost of a consumer', rows);
