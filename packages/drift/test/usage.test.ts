import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSpecs } from '../src/diff-specs.js';
import { DriftError } from '../src/errors.js';
import { pointerOf } from '../src/field-use.js';
import { narrowToUsage } from '../src/narrow-to-usage.js';
import { scanUsage, scanUsageSites, usageInSource } from '../src/scan-usage.js';

const fixtureApp = fileURLToPath(new URL('./fixtures/usage-app', import.meta.url));

describe('usageInSource', () => {
  it.each([
    { name: 'a raw GET', given: "flink.GET('/jobs/{jobid}', {})", want: ['GET /jobs/{jobid}'] },
    {
      name: 'any receiver, any raw method',
      given: "a.b.POST('/jars/{jarid}/run'); c.PATCH('/jobs/{jobid}'); d.DELETE('/jars/{jarid}')",
      want: ['POST /jars/{jarid}/run', 'PATCH /jobs/{jobid}', 'DELETE /jars/{jarid}'],
    },
    {
      name: 'a template literal without substitutions',
      given: 'flink.PUT(`/jobs/{jobid}/resource-requirements`)',
      want: ['PUT /jobs/{jobid}/resource-requirements'],
    },
    {
      name: 'optional chaining and a non-null receiver',
      given: "flink?.GET('/config'); flink!.GET('/overview')",
      want: ['GET /config', 'GET /overview'],
    },
    {
      name: 'a path with substitutions is not a spec path',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the snippet is source text with a template.
      given: 'flink.GET(`/jobs/${id}`)',
      want: [],
    },
    { name: 'a non-path first argument', given: "map.GET('jobs')", want: [] },
    { name: 'a lower-case method is not a raw call', given: "headers.get('/jobs')", want: [] },
    {
      name: 'savepoints.trigger polls its status',
      given: 'flink.savepoints.trigger(id)',
      want: ['POST /jobs/{jobid}/savepoints', 'GET /jobs/{jobid}/savepoints/{triggerid}'],
    },
    {
      name: 'jobs.stopWithSavepoint shares the savepoint status',
      given: 'await flink.jobs.stopWithSavepoint(id, { drain: true })',
      want: ['POST /jobs/{jobid}/stop', 'GET /jobs/{jobid}/savepoints/{triggerid}'],
    },
    {
      name: 'a destructured helper namespace',
      given: 'const { checkpoints } = flink; checkpoints.trigger(id)',
      want: ['POST /jobs/{jobid}/checkpoints', 'GET /jobs/{jobid}/checkpoints/{triggerid}'],
    },
    {
      name: 'the trigger-and-wait shortcuts call what trigger and wait call',
      given:
        'await flink.savepoints.create(id); await flink.checkpoints.create(id); ' +
        'await flink.jobs.stopWithSavepointAndWait(id, { drain: true })',
      want: [
        'POST /jobs/{jobid}/savepoints',
        'GET /jobs/{jobid}/savepoints/{triggerid}',
        'POST /jobs/{jobid}/checkpoints',
        'GET /jobs/{jobid}/checkpoints/{triggerid}',
        'POST /jobs/{jobid}/stop',
        'GET /jobs/{jobid}/savepoints/{triggerid}',
      ],
    },
    {
      name: 'jobs.waitForStatus',
      given: "flink.jobs.waitForStatus(id, ['RUNNING'])",
      want: ['GET /jobs/{jobid}/status', 'GET /jobs/{jobid}'],
    },
    { name: 'jobs.cancel', given: 'flink.jobs.cancel(id)', want: ['PATCH /jobs/{jobid}'] },
    {
      name: 'jobs.rescale',
      given: 'flink.jobs.rescale(id, 4)',
      want: ['GET /jobs/{jobid}/resource-requirements', 'PUT /jobs/{jobid}/resource-requirements'],
    },
    {
      name: 'datasets.delete and savepoints.dispose',
      given: "flink.datasets.delete(id); flink.savepoints.dispose('s3://x')",
      want: [
        'DELETE /datasets/{datasetid}',
        'GET /datasets/delete/{triggerid}',
        'POST /savepoint-disposal',
        'GET /savepoint-disposal/{triggerid}',
      ],
    },
    {
      name: 'jars and metrics helpers',
      given:
        "flink.jars.upload('a.jar'); flink.jars.run(id); flink.jars.delete(id); " +
        'flink.metrics.jobManager(); flink.metrics.job(id); flink.metrics.taskManagers()',
      want: [
        'POST /jars/upload',
        'POST /jars/{jarid}/run',
        'DELETE /jars/{jarid}',
        'GET /jobmanager/metrics',
        'GET /jobs/{jobid}/metrics',
        'GET /taskmanagers/metrics',
      ],
    },
    { name: 'connect() reads /config', given: 'await flink.connect()', want: ['GET /config'] },
    { name: 'connect with arguments is something else', given: 'db.connect(url)', want: [] },
    {
      name: 'connect with a signal is the client',
      given: 'await flink.connect({ signal })',
      want: ['GET /config'],
    },
    { name: 'an unknown helper', given: 'flink.jobs.frobnicate(id)', want: [] },
  ])('$name', ({ given, want }) => {
    expect(usageInSource(given, 'snippet.ts').map((s) => s.operation)).toEqual(want);
  });

  it('gives file, line and what was called', () => {
    const sites = usageInSource("\n\nawait flink.jobs.cancel(id);\nflink.GET('/jobs');", 'app.ts');
    expect(sites).toEqual([
      { operation: 'PATCH /jobs/{jobid}', file: 'app.ts', line: 3, via: 'jobs.cancel' },
      { operation: 'GET /jobs', file: 'app.ts', line: 4, via: 'GET' },
    ]);
  });

  it('parses TSX', () => {
    const tsx = "const View = () => <div onClick={() => flink.GET('/overview')} />;";
    expect(usageInSource(tsx, 'view.tsx').map((s) => s.operation)).toEqual(['GET /overview']);
  });
});

// What a raw call passes and reads: the first raw call of each snippet, its lists as pointers.
describe('usageInSource: parameters, body fields and response reads of raw calls', () => {
  const of = (text: string) => {
    const site = usageInSource(text, 'snippet.ts')[0];
    return {
      parameters: site?.parameters?.map((p) => `${p.in} ${p.name}`) ?? [],
      body: site?.body?.map((f) => pointerOf(f.path) + (f.type ? `: ${f.type}` : '')) ?? [],
      reads: site?.reads?.map((f) => pointerOf(f.path) + (f.type ? `: ${f.type}` : '')) ?? [],
      opaque: site?.opaque ?? [],
    };
  };
  const none = { parameters: [], body: [], reads: [], opaque: [] };

  it.each([
    { name: 'no init argument passes nothing', given: "flink.GET('/overview')", want: none },
    {
      name: 'path, query and header parameters',
      given:
        "flink.GET('/jobs/{jobid}/metrics', { params: { path: { jobid: id }, query: { get: 'a', 'agg': x }, header: { 'X-A': '1' } } })",
      want: { ...none, parameters: ['path jobid', 'query get', 'query agg', 'header X-A'] },
    },
    {
      name: 'body fields with their literal types, nested literals as longer paths',
      given:
        "flink.POST('/jars/{jarid}/run', { body: { parallelism: 2, entryClass: 'A', allowNonRestoredState: false, programArgsList: ['a'], flinkConfiguration: { k: 'v' }, savepointPath: path, items: [{ id: 1 }] } })",
      want: {
        ...none,
        body: [
          'parallelism: number',
          'entryClass: string',
          'allowNonRestoredState: boolean',
          'programArgsList: array',
          'flinkConfiguration: object',
          'flinkConfiguration.k: string',
          'savepointPath',
          'items: array',
          'items[].id: number',
        ],
      },
    },
    {
      name: 'a body declared as a const object literal in the same block',
      given: "const body = { parallelism: -1 }; flink.POST('/jars/{jarid}/run', { body })",
      want: { ...none, body: ['parallelism: number'] },
    },
    {
      name: 'a spread or a variable init is opaque',
      given: "flink.POST('/jobs/{jobid}/savepoints', { ...init, body: { 'cancel-job': true } })",
      want: { ...none, body: ['cancel-job: boolean'], opaque: ['parameters', 'body'] },
    },
    {
      name: 'a body built elsewhere is opaque, the parameters are not',
      given: "flink.POST('/jars/{jarid}/run', { params: { path: { jarid } }, body: make() })",
      want: { ...none, parameters: ['path jarid'], opaque: ['body'] },
    },
    {
      name: 'reads of destructured data, optional chaining and element access',
      given:
        "const { data } = await flink.GET('/jobs/{jobid}/exceptions', {}); f(data?.['root-exception'], data!.exceptionHistory.entries[0].timestamp);",
      want: { ...none, reads: ['exceptionHistory.entries[].timestamp', 'root-exception'] },
    },
    {
      name: 'a renamed data, array callbacks and what a method says of the type',
      given:
        "const { data: overview } = await flink.GET('/jobs/overview'); overview?.jobs.map((j) => j.name.toUpperCase());",
      want: { ...none, reads: ['jobs: array', 'jobs[].name: string'] },
    },
    {
      name: 'for-of, ?? and destructuring of a field',
      given:
        "const { data } = await flink.GET('/jobs/{jobid}'); const { plan } = data!; for (const v of data?.vertices ?? []) v.parallelism; plan.nodes;",
      want: { ...none, reads: ['plan.nodes', 'vertices: array', 'vertices[].parallelism'] },
    },
    {
      name: 'the whole result in a variable, and .then',
      given:
        "const res = await flink.GET('/config'); res.data?.['flink-version']; res.error; flink.GET('/overview').then(({ data }) => data?.taskmanagers);",
      want: { ...none, reads: ['flink-version'] },
    },
    {
      name: 'reads in another function are not this call’s',
      given:
        "async function a() { const { data } = await flink.GET('/config'); return data; } function b(data: any) { return data.x; }",
      want: none,
    },
  ])('$name', ({ given, want }) => {
    expect(of(given)).toEqual(want);
  });

  it('leaves the lists out of helper calls', () => {
    expect(usageInSource('flink.jobs.cancel(id, { signal })', 'a.ts')).toEqual([
      { operation: 'PATCH /jobs/{jobid}', file: 'a.ts', line: 1, via: 'jobs.cancel' },
    ]);
  });
});

describe('scanUsage over a fixture app', () => {
  let dir: string;
  beforeAll(async () => {
    // A copy, plus directories and files the scan must skip.
    dir = await mkdtemp(path.join(tmpdir(), 'drift-usage-'));
    await cp(fixtureApp, dir, { recursive: true });
    for (const skipped of ['node_modules/lib', 'dist']) {
      await mkdir(path.join(dir, skipped), { recursive: true });
      await writeFile(path.join(dir, skipped, 'x.ts'), "flink.GET('/cluster')");
    }
    await writeFile(path.join(dir, 'types.d.ts'), "declare const x: 1; flink.GET('/cluster')");
    await writeFile(path.join(dir, 'notes.js'), "flink.GET('/cluster')");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds the raw and helper calls of .ts, .tsx and .mts files only', async () => {
    expect([...(await scanUsage(dir))].sort()).toEqual([
      'GET /config',
      'GET /jobmanager/metrics',
      'GET /jobs/overview',
      'GET /jobs/{jobid}',
      'GET /jobs/{jobid}/exceptions',
      'GET /jobs/{jobid}/savepoints/{triggerid}',
      'GET /jobs/{jobid}/status',
      'POST /jars/{jarid}/plan',
      'POST /jars/{jarid}/run',
      'POST /jobs/{jobid}/savepoints',
      'POST /jobs/{jobid}/stop',
    ]);
  });

  it('says where each call is', async () => {
    const sites = await scanUsageSites(dir);
    expect(sites).toContainEqual({
      operation: 'POST /jobs/{jobid}/stop',
      file: path.join(dir, 'jobs.ts'),
      line: 15,
      via: 'jobs.stopWithSavepoint',
    });
    expect(sites.some((s) => s.file.endsWith('metrics.tsx'))).toBe(true);
  });

  it('names a directory it cannot read', async () => {
    const missing = path.join(dir, 'nope');
    await expect(scanUsage(missing)).rejects.toThrow(DriftError);
    await expect(scanUsage(missing)).rejects.toThrow(
      `--usage ${missing}: cannot read the directory (ENOENT)`,
    );
  });
});

describe('narrowToUsage', () => {
  const op = (path: string, fields: string[]) => ({
    [path]: {
      get: {
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: Object.fromEntries(fields.map((f) => [f, { type: 'string' }])),
                },
              },
            },
          },
        },
      },
    },
  });
  const doc = (paths: object) => ({ openapi: '3.0.1', info: { title: 't', version: '1' }, paths });
  const from = doc({ ...op('/jobs/{jobid}', ['a', 'b']), ...op('/overview', ['x', 'y']) });
  const to = doc({ ...op('/jobs/{jobid}', ['a']), ...op('/overview', ['x']) });

  it('keeps the changes of used operations, matching path parameters by position', () => {
    const report = diffSpecs(from, to);
    const narrowed = narrowToUsage(report, {
      used: new Set(['GET /jobs/{id}', 'GET /nowhere']),
      known: ['GET /jobs/{jobid}', 'GET /overview'],
      dir: 'app',
      sites: [
        { operation: 'GET /jobs/{id}', at: 'a.ts:3' },
        { operation: 'GET /jobs/{id}', at: 'b.ts:9' },
        { operation: 'GET /nowhere', at: 'b.ts:10' },
      ],
    });
    expect(narrowed.changes.map((c) => `${c.operation} ${c.pointer}`)).toEqual([
      'GET /jobs/{jobid} b',
    ]);
    expect(narrowed.summary.breaking).toBe(1);
    expect(narrowed.usage).toEqual({
      used: 2,
      matched: 1,
      unmatched: ['GET /nowhere'],
      dir: 'app',
      callers: { 'GET /jobs/{jobid}': ['a.ts:3', 'b.ts:9'] },
    });
  });
});
