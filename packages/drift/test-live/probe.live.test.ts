import type { FlinkCluster } from '@flink-rest/local-cluster';
import { supportedVersions } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../src/probe-report.js';
import { runDrift } from '../test/run-drift.js';
import { startSampleCluster } from './sample-cluster.js';

// FLINK_LINES=2.3,1.18 narrows a local run; CI sets nothing and runs every version.
const lines = process.env.FLINK_LINES?.split(',');
const versions = lines
  ? supportedVersions.filter((v) => lines.includes(v.line))
  : supportedVersions;

/** Mismatches as `operation pointer: expected`, array indexes as `*`, each once. */
const distinct = (report: ProbeReport) => [
  ...new Set(
    report.checks.flatMap((c) =>
      c.mismatches.map(
        (m) => `${m.operation} ${m.pointer.replace(/\/\d+(?=\/|$)/g, '/*')}: ${m.expected}`,
      ),
    ),
  ),
];

describe.each(versions)(
  'flink-drift probe of a real Flink $version cluster',
  ({ line, version }) => {
    let cluster: FlinkCluster;
    beforeAll(async () => {
      ({ cluster } = await startSampleCluster(line));
    });
    afterAll(async () => {
      await cluster?.stop();
    });

    it('with our overlays: no drift, exit 0', async () => {
      const { code, stdout, stderr } = await runDrift(
        'probe',
        '--url',
        cluster.url,
        '--format',
        'json',
      );
      const report = JSON.parse(stdout) as ProbeReport;
      expect(stderr).toBe('');
      expect(report.checks.filter((c) => c.outcome !== 'ok')).toEqual([]);
      expect([report.flinkRelease, report.line]).toEqual([version, line]);
      expect(report.operationsChecked).toBeGreaterThanOrEqual(25);
      expect(code).toBe(0);
    });

    it('without overlays: the upstream spec bugs the overlays fix are found, exit 1', async () => {
      const { code, stdout } = await runDrift(
        'probe',
        '--url',
        cluster.url,
        '--format',
        'json',
        '--no-overlays',
      );
      const found = distinct(JSON.parse(stdout) as ProbeReport);
      expect(found).toEqual(
        expect.arrayContaining([
          // metric-collection-bare-array (FLINK-39422): a bare array, documented as {metrics: [...]}.
          'GET /jobmanager/metrics : type object',
          'GET /taskmanagers/{taskmanagerid}/metrics : type object',
          'GET /jobs/{jobid}/vertices/{vertexid}/metrics : type object',
          // checkpoint-mode-case: Flink sends exactly_once, the enum says EXACTLY_ONCE.
          'GET /jobs/{jobid}/checkpoints/config /mode: one of ["AT_LEAST_ONCE","EXACTLY_ONCE"]',
          // resource-id-free-form: a standalone TaskManager's id is host:port-hex, not 32 hex.
          'GET /taskmanagers /taskmanagers/*/id: pattern [0-9a-f]{32}',
          // checkpoint-savepoint-format-nullable: null where the spec says string.
          'GET /jobs/{jobid}/checkpoints /latest/completed/savepointFormat: type string',
        ]),
      );
      expect(code).toBe(1);
    });
  },
);
