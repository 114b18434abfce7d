/**
 * When the client asked `GET /jobs/:jobid`, by its own clock (ms since the epoch): just before
 * the request went out and just after its answer came.
 */
export interface Exchange {
  readonly sentAt: number;
  readonly receivedAt: number;
}

/**
 * Pure: whether a job's details say that the JobMaster running it now started after the client
 * sent a trigger (`triggeredAt`, the client's clock), i.e. the trigger went to a JobManager that
 * has since lost leadership: a 404 for it then means lost, not expired.
 *
 * A new leader restores the job with a new execution graph whose `start-time` is when it did so
 * (measured on 1.18 and 2.3: seconds after the trigger), while a job that kept running keeps the
 * `start-time` of its submission, before any trigger for it. `start-time` is on the JobManager's
 * clock, so `now` (its clock when it answered, somewhere between `sentAt` and `receivedAt`)
 * translates `triggeredAt` onto that clock; the half round trip that leaves open is counted
 * against a loss, so a doubtful case stays an expiry, as without this check. Details without a
 * numeric `start-time` and `now` say nothing: false.
 */
export function restartedAfterTrigger(
  details: unknown,
  triggeredAt: number,
  exchange: Exchange,
): boolean {
  const body = details as { 'start-time'?: unknown; now?: unknown } | null | undefined;
  const startTime = body?.['start-time'];
  const now = body?.now;
  if (typeof startTime !== 'number' || typeof now !== 'number') return false;
  const halfRoundTrip = (exchange.receivedAt - exchange.sentAt) / 2;
  // The JobManager's clock minus the client's, give or take half the round trip.
  const offset = now - (exchange.sentAt + halfRoundTrip);
  return startTime > triggeredAt + offset + halfRoundTrip;
}
