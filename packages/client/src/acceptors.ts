import { OperationFailedError, type OperationRef, UnexpectedResponseError } from './errors.js';
import type { Decision } from './poll-until.js';
import { show } from './validate.js';

/** Result of a savepoint or stop-with-savepoint: where Flink wrote it. */
export interface SavepointResult {
  readonly location: string;
  /**
   * Set when the status was lost with a failed-over leader and the savepoint was found, instead,
   * completed in the job's checkpoint history on the new leader.
   */
  readonly recovered?: true;
}

/** Result of a manually triggered checkpoint. */
export interface CheckpointResult {
  readonly checkpointId: number;
}

/** Savepoint disposal and dataset deletion report nothing but success. */
export type EmptyResult = Record<string, never>;

interface SerializedThrowable {
  readonly class?: string;
  readonly 'stack-trace'?: string;
}

/** The body of Flink's `AsynchronousOperationResult` as it is on the wire. */
interface StatusBody {
  readonly status?: { readonly id?: string };
  readonly operation?: {
    readonly location?: string;
    readonly 'failure-cause'?: SerializedThrowable;
    readonly checkpointId?: number;
    readonly failureCause?: SerializedThrowable;
  } | null;
}

/** Where an operation's status is read, as errors name it. */
export function statusPathOf(ref: OperationRef): string {
  switch (ref.kind) {
    case 'savepoint':
    case 'stop-with-savepoint':
      return `/jobs/${ref.jobId}/savepoints/${ref.triggerId}`;
    case 'checkpoint':
      return `/jobs/${ref.jobId}/checkpoints/${ref.triggerId}`;
    case 'savepoint-disposal':
      return `/savepoint-disposal/${ref.triggerId}`;
    case 'dataset-deletion':
      return `/datasets/delete/${ref.triggerId}`;
  }
}

function unexpected(ref: OperationRef, body: unknown, why: string): Decision<never> {
  return {
    state: 'failure',
    error: new UnexpectedResponseError(
      { method: 'GET', path: statusPathOf(ref) },
      200,
      `${why}: ${show(body, 120)}`,
    ),
  };
}

function common(
  ref: OperationRef,
  body: unknown,
): Decision<never> | StatusBody['operation'] | undefined {
  const b = body as StatusBody | null;
  const id = b?.status?.id;
  if (id === 'IN_PROGRESS') return { state: 'retry', progress: 'IN_PROGRESS' };
  if (id !== 'COMPLETED') return unexpected(ref, body, `status.id is ${show(id)}`);
  const op = b?.operation ?? undefined;
  // Savepoints and the generic operations say `failure-cause`; checkpoints say `failureCause`.
  const cause = op?.['failure-cause'] ?? op?.failureCause;
  if (cause) {
    return {
      state: 'failure',
      error: new OperationFailedError(ref, cause.class, cause['stack-trace']),
    };
  }
  return op;
}

function isDecision(x: unknown): x is Decision<never> {
  return typeof x === 'object' && x !== null && 'state' in x;
}

/** Pure acceptor for savepoint and stop-with-savepoint status bodies. */
export function acceptSavepoint(ref: OperationRef, body: unknown): Decision<SavepointResult> {
  const op = common(ref, body);
  if (isDecision(op)) return op;
  if (typeof op?.location !== 'string')
    return unexpected(ref, body, 'COMPLETED without location or failure cause');
  return { state: 'success', value: { location: op.location } };
}

/** Pure acceptor for checkpoint status bodies (1.17+). */
export function acceptCheckpoint(ref: OperationRef, body: unknown): Decision<CheckpointResult> {
  const op = common(ref, body);
  if (isDecision(op)) return op;
  if (typeof op?.checkpointId !== 'number') {
    return unexpected(ref, body, 'COMPLETED without checkpointId or failure cause');
  }
  return { state: 'success', value: { checkpointId: op.checkpointId } };
}

/** Pure acceptor for savepoint disposal and dataset deletion status bodies. */
export function acceptGeneric(ref: OperationRef, body: unknown): Decision<EmptyResult> {
  const op = common(ref, body);
  if (isDecision(op)) return op;
  return { state: 'success', value: {} };
}
