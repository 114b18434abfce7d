import type { ProbeOutcome } from './probe-outcome.js';
import type { Mismatch } from './spec-validator.js';

/** One request of the probe and what its answer meant. */
export interface ProbeCheck {
  /** The spec operation, e.g. `GET /jobs/{jobid}`. */
  readonly operation: string;
  /** The concrete path sent, e.g. `/jobs/1b6c…`. */
  readonly path: string;
  /** The HTTP status; absent when no answer came. */
  readonly status?: number;
  readonly outcome: ProbeOutcome;
  /** Every disagreement with the spec (empty unless `drift`). */
  readonly mismatches: readonly Mismatch[];
  /** `error` and `not-available`: why, in one line. */
  readonly reason?: string;
}

/** A probe's report: what every renderer (text, markdown, json, junit) shows. */
export interface ProbeReport {
  /** The JobManager's base URL (never with credentials). */
  readonly url: string;
  /** The release the cluster reported, e.g. `2.3.0`. */
  readonly flinkRelease: string;
  /** The pinned line whose spec the answers were checked against. */
  readonly line: string;
  /** Whether our overlays were applied to the spec. */
  readonly overlays: boolean;
  /** Distinct spec operations whose answers were validated (ok or drift). */
  readonly operationsChecked: number;
  /** GET requests sent, `/config` included. */
  readonly requestsSent: number;
  /** Wall-clock time of the probe, in ms. */
  readonly durationMs: number;
  readonly summary: {
    readonly ok: number;
    readonly drift: number;
    readonly notAvailable: number;
    readonly error: number;
    readonly mismatches: number;
  };
  /** One per request, in the order they were planned. */
  readonly checks: readonly ProbeCheck[];
}

/** Summary and count of checked operations, from the checks. */
export function summarizeChecks(
  checks: readonly ProbeCheck[],
): Pick<ProbeReport, 'summary' | 'operationsChecked'> {
  const count = (o: ProbeOutcome) => checks.filter((c) => c.outcome === o).length;
  const checked = new Set(
    checks.filter((c) => c.outcome === 'ok' || c.outcome === 'drift').map((c) => c.operation),
  );
  return {
    operationsChecked: checked.size,
    summary: {
      ok: count('ok'),
      drift: count('drift'),
      notAvailable: count('not-available'),
      error: count('error'),
      mismatches: checks.reduce((n, c) => n + c.mismatches.length, 0),
    },
  };
}

/** Checks grouped by operation, in first-seen order: one JUnit test case, one report row each. */
export function checksByOperation(checks: readonly ProbeCheck[]): Map<string, ProbeCheck[]> {
  const out = new Map<string, ProbeCheck[]>();
  for (const c of checks) {
    const list = out.get(c.operation);
    if (list) list.push(c);
    else out.set(c.operation, [c]);
  }
  return out;
}
