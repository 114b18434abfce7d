import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPinnedSpec } from '@flink-rest/specs';
import { supportedLines } from '@flink-rest/versions';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanUsageSites, usageInSource } from '../src/scan-usage.js';
import { type SupportReport, type SupportSpec, supportReport } from '../src/support-report.js';

const fixtures = fileURLToPath(new URL('./fixtures/support/', import.meta.url));

// The pinned specs of every supported line, with overlays, read once for all the tables.
let specs: SupportSpec[];
beforeAll(async () => {
  specs = await Promise.all(
    supportedLines.map(async (line) => ({
      line,
      document: await loadPinnedSpec(line, { overlays: true }),
    })),
  );
});

/** The matrix in one line (`1.18 ok, …`) and each break as `line at operation: reason …`. */
function matrixOf(report: SupportReport) {
  return {
    status: report.versions.map((v) => `${v.line} ${v.status}`).join(', '),
    breaks: report.versions.flatMap((v) =>
      v.breaks.map((b) =>
        [`${v.line} ${b.at} ${b.operation}: ${b.reason}`, b.where, b.name, b.detail]
          .filter((part) => part !== undefined && part !== 'operation')
          .join(' | '),
      ),
    ),
  };
}

const each = (lines: readonly string[], text: string) => lines.map((line) => `${line} ${text}`);

describe('support: the fixture apps against the pinned specs', () => {
  it.each([
    {
      name: 'an app using a 2.3-only endpoint works on 2.3 only',
      app: 'uses-2.3-endpoint',
      want: {
        status: '1.18 broken, 1.19 broken, 1.20 broken, 2.0 broken, 2.1 broken, 2.2 broken, 2.3 ok',
        breaks: each(
          ['1.18', '1.19', '1.20', '2.0', '2.1', '2.2'],
          'applications.ts:8 GET /applications/overview: operation missing',
        ),
      },
    },
    {
      name: 'an app reading a field removed in 2.0 works up to 1.20',
      app: 'reads-field-removed-in-2.0',
      want: {
        status: '1.18 ok, 1.19 ok, 1.20 ok, 2.0 broken, 2.1 broken, 2.2 broken, 2.3 broken',
        breaks: each(
          ['2.0', '2.1', '2.2', '2.3'],
          'exceptions.ts:9 GET /jobs/{jobid}/exceptions: field removed | response | root-exception',
        ),
      },
    },
    {
      name: 'an app of common calls works everywhere',
      app: 'common-calls-only',
      want: {
        status: '1.18 ok, 1.19 ok, 1.20 ok, 2.0 ok, 2.1 ok, 2.2 ok, 2.3 ok',
        breaks: [],
      },
    },
  ])('$name', async ({ app, want }) => {
    const dir = path.join(fixtures, app);
    const report = supportReport(specs, await scanUsageSites(dir), { dir, range: supportedLines });
    expect(matrixOf(report)).toEqual(want);
  });

  it('lists what each call passes and reads, and its status per line', async () => {
    const dir = path.join(fixtures, 'common-calls-only');
    const report = supportReport(specs, await scanUsageSites(dir), { dir, range: ['2.3'] });
    expect(report.calls.find((c) => c.operation === 'POST /jars/{jarid}/run')).toEqual({
      operation: 'POST /jars/{jarid}/run',
      at: 'deploy.ts:10',
      via: 'POST',
      parameters: ['path jarid'],
      body: ['entryClass', 'parallelism', 'programArgsList'],
      reads: ['jobid'],
      status: Object.fromEntries(supportedLines.map((line) => [line, 'ok'])),
    });
    // `vertices` itself too: the for-of says it is an array, which is checked.
    expect(report.calls.find((c) => c.at === 'deploy.ts:17')?.reads).toEqual([
      'state',
      'vertices',
      'vertices[].name',
      'vertices[].parallelism',
    ]);
    expect(report.versions.map((v) => [v.line, v.inRange])).toEqual(
      supportedLines.map((line) => [line, line === '2.3']),
    );
  });
});

describe('support: what breaks between the pinned lines, call by call', () => {
  it.each([
    {
      name: 'program-args, the query parameter, goes in 2.0',
      given:
        "flink.POST('/jars/{jarid}/run', { params: { path: { jarid }, query: { 'program-args': 'a b' } } })",
      want: each(
        ['2.0', '2.1', '2.2', '2.3'],
        'app.ts:1 POST /jars/{jarid}/run: parameter removed | query parameter | program-args',
      ),
    },
    {
      name: 'programArgs, the body field, goes in 2.0',
      given:
        "flink.POST('/jars/{jarid}/plan', { params: { path: { jarid } }, body: { programArgs: 'a' } })",
      want: each(
        ['2.0', '2.1', '2.2', '2.3'],
        'app.ts:1 POST /jars/{jarid}/plan: field removed | request body | programArgs',
      ),
    },
    {
      name: 'the coordinators path names operatorUid from 2.0',
      given: "flink.POST('/jobs/{jobid}/coordinators/{operatorid}', { body: {} })",
      want: each(
        ['2.0', '2.1', '2.2', '2.3'],
        'app.ts:1 POST /jobs/{jobid}/coordinators/{operatorid}: operation missing | the spec has POST /jobs/{jobid}/coordinators/{operatorUid}',
      ),
    },
    {
      name: 'jm-operator-metrics comes in 1.20',
      given: "flink.GET('/jobs/{jobid}/vertices/{vertexid}/jm-operator-metrics')",
      want: each(
        ['1.18', '1.19'],
        'app.ts:1 GET /jobs/{jobid}/vertices/{vertexid}/jm-operator-metrics: operation missing',
      ),
    },
    {
      name: 'a subtask endpoint comes in 1.19, its host goes in 2.0',
      given:
        "const { data } = await flink.GET('/jobs/{jobid}/vertices/{vertexid}'); data?.subtasks.map((s) => [s.endpoint, s.host]);",
      want: [
        '1.18 app.ts:1 GET /jobs/{jobid}/vertices/{vertexid}: field removed | response | subtasks[].endpoint',
        ...each(
          ['2.0', '2.1', '2.2', '2.3'],
          'app.ts:1 GET /jobs/{jobid}/vertices/{vertexid}: field removed | response | subtasks[].host',
        ),
      ],
    },
    {
      name: 'an accumulator’s bytes are a base64 string in the 2.3 spec',
      given:
        "const { data } = await flink.GET('/jobs/{jobid}/accumulators'); data?.['serialized-user-task-accumulators'][name].byteArray.map((b) => b);",
      want: [
        '2.3 app.ts:1 GET /jobs/{jobid}/accumulators: field retyped | response | serialized-user-task-accumulators[].byteArray | string in the spec, the code uses an array',
      ],
    },
    {
      name: 'the execution result’s applicationStatus goes in 2.3',
      given:
        "const { data } = await flink.GET('/jobs/{jobid}/execution-result'); data?.['job-execution-result']?.applicationStatus;",
      want: [
        '2.3 app.ts:1 GET /jobs/{jobid}/execution-result: field removed | response | job-execution-result.applicationStatus',
      ],
    },
  ])('$name', ({ given, want }) => {
    const report = supportReport(specs, usageInSource(given, 'app.ts'), {
      dir: '.',
      range: supportedLines,
    });
    expect(matrixOf(report).breaks).toEqual(want);
  });
});
