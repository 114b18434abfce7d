import { pollAgainOn } from './async-operation.js';
import { apiError, type Core } from './core.js';
import { acceptJobStatus } from './job-status.js';
import { type Decision, pollUntil } from './poll-until.js';
import { restartedAfterTrigger } from './restarted-after-trigger.js';

/** One entry of `GET /jobs/:jobid/checkpoints` `history`, as far as recovery reads it. */
export interface HistoryEntry {
  readonly is_savepoint?: boolean;
  readonly checkpoint_type?: string;
  readonly status?: string;
  readonly trigger_timestamp?: number;
  readonly external_path?: string;
}

/**
 * Pure: the location of a savepoint in a job's checkpoint history that a lost trigger could
 * have taken — completed, of the right type (`SYNC_SAVEPOINT` for a stop-with-savepoint,
 * `SAVEPOINT` otherwise), triggered at or after `triggeredAt` — or undefined. With several,
 * the earliest: the first one after the trigger is the trigger's.
 */
export function savepointOfTrigger(
  history: readonly HistoryEntry[],
  want: { readonly stop: boolean; readonly triggeredAt: number | undefined },
): string | undefined {
  const type = want.stop ? 'SYNC_SAVEPOINT' : 'SAVEPOINT';
  const matches = history
    .filter(
      (c) =>
        c.is_savepoint === true &&
        c.status === 'COMPLETED' &&
        c.checkpoint_type === type &&
        typeof c.external_path === 'string' &&
        want.triggeredAt !== undefined &&
        (c.trigger_timestamp ?? -1) >= want.triggeredAt,
    )
    .sort((a, b) => (a.trigger_timestamp ?? 0) - (b.trigger_timestamp ?? 0));
  return matches[0]?.external_path;
}

/** Longest wait for the new leader to serve the job's statistics and status, in ms. */
const RECOVERY_TIMEOUT_MS = 120_000;

/**
 * After a failover lost a savepoint's trigger id: reads the job's checkpoint history on the
 * new leader (it answers 500 while it restores the job — measured — so this polls) for a
 * savepoint of the trigger; for a stop-with-savepoint without one, whether the job runs again.
 */
export async function recoverFromHistory(
  core: Core,
  request: {
    readonly jobId: string;
    readonly stop: boolean;
    readonly triggeredAt: number | undefined;
    readonly signal: AbortSignal | undefined;
  },
): Promise<{ location?: string; jobRunning?: boolean }> {
  const options = {
    timeoutMs: RECOVERY_TIMEOUT_MS,
    minDelayMs: 250,
    maxDelayMs: 2_000,
    ...(request.signal ? { signal: request.signal } : {}),
  };
  const get = async (path: string, signal: AbortSignal) => {
    const { data, error, response } = await core.raw.GET(path, {
      params: { path: { jobid: request.jobId } },
      signal,
    });
    if (!response.ok || error !== undefined) throw apiError(core, 'GET', response, error);
    return data as unknown;
  };
  const history = await pollUntil(
    (signal) => get('/jobs/{jobid}/checkpoints', signal),
    (body): Decision<readonly HistoryEntry[]> => ({
      state: 'success',
      value: ((body as { history?: HistoryEntry[] } | null)?.history ?? []) as HistoryEntry[],
    }),
    pollAgainOn,
    options,
    core.clock,
  );
  if (history.kind === 'success') {
    const location = savepointOfTrigger(history.value, request);
    if (location !== undefined) return { location };
  }
  if (!request.stop) return {};
  const status = await pollUntil(
    (signal) => get('/jobs/{jobid}/status', signal),
    (body) => acceptJobStatus(request.jobId, ['RUNNING'], body),
    pollAgainOn,
    options,
    core.clock,
  );
  if (status.kind === 'success') return { jobRunning: true };
  if (status.kind === 'failure') return { jobRunning: false };
  return {};
}

/**
 * Whether the job's JobMaster started after the trigger, from one `GET /jobs/:jobid` (see
 * restartedAfterTrigger): how a handle that saw no failover itself (resumed in a new process)
 * tells a trigger lost with its leader from an expired one. Any answer but a 200 with both
 * times says nothing: false. Rejects only when `signal` aborts.
 */
export async function restartedSinceTrigger(
  core: Core,
  request: {
    readonly jobId: string;
    readonly triggeredAt: number;
    readonly signal: AbortSignal | undefined;
  },
): Promise<boolean> {
  const now = core.clock.now ?? Date.now;
  const sentAt = now();
  try {
    const { data, error, response } = await core.raw.GET('/jobs/{jobid}', {
      params: { path: { jobid: request.jobId } },
      ...(request.signal ? { signal: request.signal } : {}),
    });
    if (!response.ok || error !== undefined) return false;
    return restartedAfterTrigger(data, request.triggeredAt, { sentAt, receivedAt: now() });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    // The 404 stands for itself when the job's details cannot be read.
    return false;
  }
}
