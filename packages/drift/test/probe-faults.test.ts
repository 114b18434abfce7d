import { createFlinkClient } from '@flink-rest/client';
import { type MockJobManager, startMockJobManager } from '@flink-rest/testing';
import { parse } from 'junit2json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DriftError } from '../src/errors.js';
import { getOnly } from '../src/get-only.js';
import type { ProbeCheck, ProbeReport } from '../src/probe-report.js';
import { type MutatingProxy, startMutatingProxy } from './mutating-proxy.js';
import { runDriftWith } from './run-drift.js';

const JOB = '/v1/jobs/feed0000000000000000000000000001';

// A proxy in front of the 2.3 mock JobManager breaks five answers the way a patched build or a
// misconfigured gateway would.
describe('probe through a proxy that breaks answers', () => {
  let mock: MockJobManager;
  let proxy: MutatingProxy;
  let current = new AbortController();
  beforeAll(async () => {
    mock = await startMockJobManager({ flinkVersion: '2.3', scenario: 'probe' });
    proxy = await startMutatingProxy(
      mock.url,
      {
        '/v1/overview': { kind: 'edit', edit: (b) => ({ ...(b as object), taskmanagers: '1' }) },
        '/v1/jobmanager/metrics': {
          kind: 'edit',
          edit: (b) => (b as { id: string }[]).map((m, i) => (i === 0 ? {} : m)),
        },
        '/v1/jars': { kind: 'html' },
        [`${JOB}/config`]: { kind: 'status', status: 500 },
        [`${JOB}/exceptions`]: { kind: 'hang' },
      },
      // One request at a time: the request in flight is the hanging one; its timeout fires.
      () => current.abort(),
    );
  });
  afterAll(async () => {
    await proxy?.close();
    await mock?.close();
  });

  const probe = (...args: string[]) =>
    runDriftWith(
      {
        env: {},
        probe: {
          timeout: () => {
            current = new AbortController();
            return current.signal;
          },
        },
      },
      'probe',
      '--url',
      proxy.url,
      '--concurrency',
      '1',
      ...args,
    );
  const checkOf = (report: ProbeReport, path: string) =>
    report.checks.find((c) => c.path === path) as ProbeCheck;

  it('reports each broken answer as what it is, and exits 1', async () => {
    const before = proxy.log.length;
    const { code, stdout } = await probe('--format', 'json');
    const report = JSON.parse(stdout) as ProbeReport;
    const one = (path: string) => {
      const { operation, outcome, mismatches, reason } = checkOf(report, path);
      return {
        operation,
        outcome,
        mismatches: mismatches.map((m) => `${m.part} ${m.pointer}: ${m.expected} / ${m.actual}`),
        reason,
      };
    };
    expect(one('/overview')).toEqual({
      operation: 'GET /overview',
      outcome: 'drift',
      mismatches: ['response 200 /taskmanagers: type integer / "1"'],
      reason: undefined,
    });
    expect(one('/jobmanager/metrics')).toMatchObject({
      outcome: 'drift',
      mismatches: ['response 200 /0: required property id / {}'],
    });
    expect(one('/jars')).toMatchObject({
      outcome: 'drift',
      mismatches: ['response 200 : type object / "<html><body><h1>Sign in</h1></body></html>"'],
    });
    expect(one(`${JOB.slice(3)}/config`)).toMatchObject({
      outcome: 'error',
      reason: '500: Internal server error.',
    });
    expect(one(`${JOB.slice(3)}/exceptions`)).toMatchObject({ outcome: 'error', mismatches: [] });
    expect(one(`${JOB.slice(3)}/exceptions`).reason).toMatch(
      /got no answer: no response within 30000 ms$/,
    );
    expect(report.summary).toMatchObject({ drift: 3, error: 2, mismatches: 3 });
    // Everything else still checked, nothing asked twice, only GETs.
    const log = proxy.log.slice(before);
    expect(log.every((l) => l.startsWith('GET '))).toBe(true);
    expect(log.length).toBe(new Set(log).size);
    expect(log.length).toBe(report.requestsSent);
    expect(code).toBe(1);
  });

  it('renders JUnit XML that a JUnit parser reads: one test case per operation, one failure per mismatch', async () => {
    const { code, stdout } = await probe('--format', 'junit');
    expect(code).toBe(1);
    const parsed = await parse(stdout);
    const suite = (
      parsed as {
        testsuite: {
          testcase: { name: string; failure?: { message: string }[]; error?: unknown[] }[];
        }[];
      }
    ).testsuite[0];
    const cases = suite?.testcase ?? [];
    const byName = new Map(cases.map((c) => [c.name, c]));
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(byName.get('GET /overview')?.failure?.map((f) => f.message)).toEqual([
      '/overview response 200 /taskmanagers: expected type integer, got "1"',
    ]);
    expect(byName.get('GET /jobs/{jobid}/config')?.error).toHaveLength(1);
    expect(byName.get('GET /jobs/{jobid}/plan')?.failure).toBeUndefined();
    expect(parsed).toMatchObject({ tests: cases.length, failures: 3, errors: 2 });
  });

  it('the text and Markdown reports name operation, path, pointer, expected and actual', async () => {
    const text = (await probe()).stdout;
    expect(text).toContain('drift          GET /overview /overview');
    expect(text).toContain('      response 200 /taskmanagers: expected type integer, got "1"');
    const markdown = (await probe('--format', 'markdown')).stdout;
    expect(markdown).toMatch(/^## flink-drift probe: drift found\n/);
    expect(markdown).toContain(
      '| `GET /overview` | `/overview` | response 200 | `/taskmanagers` | type integer | `"1"` |',
    );
  });
});

describe('read-only', () => {
  const F = 'f'.repeat(32);
  it.each([
    { method: 'POST', template: '/jobs/{jobid}/savepoints', sent: `/v1/jobs/${F}/savepoints` },
    { method: 'PATCH', template: '/jobs/{jobid}', sent: `/v1/jobs/${F}` },
    {
      method: 'PUT',
      template: '/jobs/{jobid}/resource-requirements',
      sent: `/v1/jobs/${F}/resource-requirements`,
    },
    { method: 'DELETE', template: '/jars/{jarid}', sent: `/v1/jars/${F}` },
  ])(
    'the probe client refuses $method before anything is sent',
    async ({ method, template, sent }) => {
      const mock = await startMockJobManager({ flinkVersion: '2.3', scenario: 'probe' });
      const proxy = await startMutatingProxy(mock.url, {});
      try {
        const flink = createFlinkClient({ baseUrl: proxy.url, flinkVersion: '2.3' });
        flink.use(getOnly);
        // biome-ignore lint/suspicious/noExplicitAny: any method of the raw client.
        const call = (flink as any)[method](template, { params: { path: { jobid: F, jarid: F } } });
        await expect(call).rejects.toThrow(DriftError);
        await expect(call).rejects.toThrow(`${method} ${sent}: the probe sends GET requests only`);
        await expect(flink.GET('/overview')).resolves.toMatchObject({ response: { status: 200 } });
        expect(proxy.log).toEqual(['GET /v1/overview']);
      } finally {
        await proxy.close();
        await mock.close();
      }
    },
  );
});
