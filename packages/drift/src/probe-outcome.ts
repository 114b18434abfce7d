import type { Mismatch } from './spec-validator.js';

/**
 * What one answer of the cluster means for the probe:
 * - `ok`: it agrees with the spec;
 * - `drift`: it disagrees (a changed type, a missing field, an HTML page where the spec promises
 *   JSON, an undocumented status);
 * - `not-available`: a 404 with Flink's error body (`{"errors": [...]}`): this cluster does not
 *   serve the endpoint (web submission off, a vendor build without it), which is not drift;
 * - `error`: no answer to judge (connection refused, timed out) or a server failure (5xx), or an
 *   answer that refuses us (401, 403): the probe could not check the operation.
 */
export type ProbeOutcome = 'ok' | 'drift' | 'not-available' | 'error';

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Flink's own error body: `{"errors": ["..."]}`. */
export function isFlinkErrorBody(body: unknown): boolean {
  return (
    isObject(body) && Array.isArray(body.errors) && body.errors.every((e) => typeof e === 'string')
  );
}

/** Statuses that say nothing about the spec: the server failed, or did not let us in. */
const NOT_JUDGED = (status: number) =>
  status >= 500 || status === 401 || status === 403 || status === 407;

/** The outcome of one answer (`status`, parsed `body`) and its disagreements with the spec. */
export function outcomeOf(
  status: number,
  body: unknown,
  mismatches: readonly Mismatch[],
): ProbeOutcome {
  if (NOT_JUDGED(status)) return 'error';
  if (status === 404 && isFlinkErrorBody(body)) return 'not-available';
  return mismatches.length > 0 ? 'drift' : 'ok';
}
