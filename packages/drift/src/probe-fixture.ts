import { createNormalizer, type Fixture, type Literal } from '@flink-rest/testing';
import type { ProbeResult } from './probe.js';

/** The scenario name of a probe's recording: `<dir>/<line>/probe.json`. */
export const PROBE_SCENARIO = 'probe';

/**
 * A probe's exchanges as a fixture of the test kit (normalized by its one normalizer, sorted by
 * path so that two recordings of one cluster compare line by line): `handlersFor(line, 'probe', {
 * dir })` and `flink-mock-jobmanager` replay it offline. `literals` are exact strings of this
 * cluster (its URL's host, temp dirs) and what replaces them.
 */
export function probeFixture(result: ProbeResult, literals: readonly Literal[] = []): Fixture {
  const { report } = result;
  const host = new URL(report.url).host;
  const normalizer = createNormalizer([[host, '127.0.0.1:8081'], ...literals]);
  return {
    flinkVersion: report.line,
    flinkRelease: report.flinkRelease,
    scenario: PROBE_SCENARIO,
    summary: normalizer.json({
      operationsChecked: report.operationsChecked,
      requestsSent: report.requestsSent,
      ...report.summary,
    }),
    exchanges: result.exchanges
      .map((e) => normalizer.exchange(e))
      .sort((a, b) =>
        a.request.path < b.request.path ? -1 : a.request.path > b.request.path ? 1 : 0,
      ),
  };
}
