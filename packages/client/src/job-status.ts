import { UnexpectedJobStatusError, UnexpectedResponseError } from './errors.js';
import type { Decision } from './poll-until.js';
import { show } from './validate.js';

/** Flink's JobStatus values. */
export type JobStatus =
  | 'INITIALIZING'
  | 'CREATED'
  | 'RUNNING'
  | 'FAILING'
  | 'FAILED'
  | 'CANCELLING'
  | 'CANCELED'
  | 'FINISHED'
  | 'RESTARTING'
  | 'SUSPENDED'
  | 'RECONCILING';

export const JOB_STATUSES: readonly JobStatus[] = [
  'INITIALIZING',
  'CREATED',
  'RUNNING',
  'FAILING',
  'FAILED',
  'CANCELLING',
  'CANCELED',
  'FINISHED',
  'RESTARTING',
  'SUSPENDED',
  'RECONCILING',
];

/** States a job does not leave (SUSPENDED only by a JobManager failover, not by waiting). */
const TERMINAL: ReadonlySet<string> = new Set(['FAILED', 'CANCELED', 'FINISHED', 'SUSPENDED']);

/**
 * Pure acceptor for `GET /jobs/:jobid/status` bodies: success when the status is wanted,
 * failure when it is terminal and not wanted, retry otherwise.
 */
export function acceptJobStatus(
  jobId: string,
  wanted: readonly JobStatus[],
  body: unknown,
): Decision<JobStatus> {
  const status = (body as { status?: unknown } | null)?.status;
  if (typeof status !== 'string') {
    return {
      state: 'failure',
      error: new UnexpectedResponseError(
        { method: 'GET', path: `/jobs/${jobId}/status` },
        200,
        `no status: ${show(body, 120)}`,
      ),
    };
  }
  if ((wanted as readonly string[]).includes(status))
    return { state: 'success', value: status as JobStatus };
  if (TERMINAL.has(status))
    return { state: 'failure', error: new UnexpectedJobStatusError(jobId, status, wanted) };
  return { state: 'retry', progress: status };
}

/** Whether every vertex of a job details body runs (what a savepoint needs). */
export function allVerticesRunning(body: unknown): boolean {
  const vertices = (body as { vertices?: { status?: string }[] } | null)?.vertices;
  return (
    Array.isArray(vertices) && vertices.length > 0 && vertices.every((v) => v.status === 'RUNNING')
  );
}

/**
 * Whether no vertex of a job details body is still starting: each RUNNING or, since Flink takes
 * savepoints after some tasks finished (FLIP-147), FINISHED. What a stop-with-savepoint needs
 * of a job a new leader just restored.
 */
export function noVertexStarting(body: unknown): boolean {
  const vertices = (body as { vertices?: { status?: string }[] } | null)?.vertices;
  return (
    Array.isArray(vertices) &&
    vertices.length > 0 &&
    vertices.every((v) => v.status === 'RUNNING' || v.status === 'FINISHED')
  );
}
