import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type MockJobManager, readFixtureSync, startMockJobManager } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../src/probe-report.js';
import { runDrift, runDriftWith } from './run-drift.js';

// Each line's mock JobManager answers what a real cluster of that line answered to the probe
// (fixtures/<line>/probe.json, recorded by `npm run fixtures:probe`).
describe.each(supportedLines)('probe of the Flink %s mock JobManager', (line) => {
  let mock: MockJobManager;
  beforeAll(async () => {
    mock = await startMockJobManager({ flinkVersion: line, scenario: 'probe' });
  });
  afterAll(async () => {
    await mock?.close();
  });

  it('finds no drift and checks at least 15 operations', async () => {
    const { code, stdout, stderr } = await runDrift('probe', '--url', mock.url, '--format', 'json');
    const report = JSON.parse(stdout) as ProbeReport;
    expect(stderr).toBe('');
    expect(report.checks.filter((c) => c.outcome !== 'ok')).toEqual([]);
    expect(report.line).toBe(line);
    expect(report.operationsChecked).toBeGreaterThanOrEqual(15);
    expect(report.requestsSent).toBe(readFixtureSync(line, 'probe').exchanges.length);
    expect(code).toBe(0);
  });

  it('--record writes a fixture that replays as the one it was probed from', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'probe-record-'));
    try {
      const { code, stderr } = await runDrift(
        'probe',
        '--url',
        mock.url,
        '--record',
        dir,
        '--concurrency',
        '1',
      );
      expect(code).toBe(0);
      const file = path.join(dir, line, 'probe.json');
      expect(stderr).toBe(`flink-drift: wrote ${file}\n`);
      const recorded = JSON.parse(await readFile(file, 'utf8'));
      const shipped = readFixtureSync(line, 'probe');
      const key = (e: { request: { path: string }; response: { status: number } }) =>
        `${e.request.path} ${e.response.status}`;
      expect(recorded.exchanges.map(key).sort()).toEqual(shipped.exchanges.map(key).sort());
      // The recording serves a mock of its own: the user's cluster, offline.
      const replay = await startMockJobManager({
        flinkVersion: line,
        scenario: 'probe',
        fixturesDir: dir,
      });
      try {
        expect((await runDrift('probe', '--url', replay.url)).code).toBe(0);
      } finally {
        await replay.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('--job', () => {
  it('probes only the named job', async () => {
    const mock = await startMockJobManager({ flinkVersion: '2.3', scenario: 'probe' });
    try {
      const job = 'feed0000000000000000000000000001';
      const other = 'feed0000000000000000000000000009';
      const { stdout } = await runDriftWith(
        { env: { FLINK_REST_URL: mock.url } },
        'probe',
        '--job',
        other,
        '--format',
        'json',
      );
      const report = JSON.parse(stdout) as ProbeReport;
      expect(report.checks.filter((c) => c.path.includes(job))).toEqual([]);
      // A job the cluster does not know: Flink's 404, so "not available", not drift.
      expect(report.checks.find((c) => c.path === `/jobs/${other}`)?.outcome).toBe('not-available');
    } finally {
      await mock.close();
    }
  });
});
