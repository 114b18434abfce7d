import {
  acceptCheckpoint,
  acceptGeneric,
  acceptSavepoint,
  type CheckpointResult,
  type EmptyResult,
  type SavepointResult,
} from './acceptors.js';
import { apiError, type Core } from './core.js';
import {
  FlinkApiError,
  FlinkConnectionError,
  OperationAbortedError,
  type OperationKind,
  OperationLostError,
  OperationNotFoundError,
  type OperationRef,
  OperationTimeoutError,
} from './errors.js';
import { type Decision, POLL_DEFAULTS, type PollOptions, pollUntil } from './poll-until.js';
import { recoverFromHistory, restartedSinceTrigger } from './recover-operation.js';
import { scrubError } from './redact.js';
import { checkId, checkOneOf, show } from './validate.js';

export interface ResultByKind {
  savepoint: SavepointResult;
  'stop-with-savepoint': SavepointResult;
  checkpoint: CheckpointResult;
  'savepoint-disposal': EmptyResult;
  'dataset-deletion': EmptyResult;
}

/**
 * Everything needed to find an operation again, as plain JSON: what `toJSON()` returns and
 * `resumeOperation` accepts.
 */
export interface OperationState<K extends OperationKind = OperationKind> {
  readonly kind: K;
  readonly triggerId: string;
  /** The job, for savepoint, stop-with-savepoint and checkpoint. */
  readonly jobId?: string;
  /** Flink line of the client that triggered it. */
  readonly flinkVersion: string;
  /**
   * When the client sent the trigger (ms since the epoch, the client's clock): a savepoint
   * found in the checkpoint history after a failover must have been triggered after it.
   */
  readonly triggeredAt?: number;
  /**
   * The JobManager endpoint that accepted an operation that lives in one REST endpoint
   * (disposal, dataset deletion), with several endpoints: its status is polled there only.
   */
  readonly endpoint?: string;
}

export type PollStatus<T> =
  | { readonly status: 'IN_PROGRESS' }
  | { readonly status: 'COMPLETED'; readonly result: T };

interface KindSpec<T> {
  readonly statusPath: string;
  readonly needsJob: boolean;
  readonly accept: (ref: OperationRef, body: unknown) => Decision<T>;
}

const KINDS: { [K in OperationKind]: KindSpec<ResultByKind[K]> } = {
  savepoint: {
    statusPath: '/jobs/{jobid}/savepoints/{triggerid}',
    needsJob: true,
    accept: acceptSavepoint,
  },
  // Stop-with-savepoint shares the savepoint status endpoint and cache.
  'stop-with-savepoint': {
    statusPath: '/jobs/{jobid}/savepoints/{triggerid}',
    needsJob: true,
    accept: acceptSavepoint,
  },
  checkpoint: {
    statusPath: '/jobs/{jobid}/checkpoints/{triggerid}',
    needsJob: true,
    accept: acceptCheckpoint,
  },
  'savepoint-disposal': {
    statusPath: '/savepoint-disposal/{triggerid}',
    needsJob: false,
    accept: acceptGeneric,
  },
  'dataset-deletion': {
    statusPath: '/datasets/delete/{triggerid}',
    needsJob: false,
    accept: acceptGeneric,
  },
};

export const OPERATION_KINDS = Object.keys(KINDS) as OperationKind[];

/**
 * What a poll error means for a wait: `undefined` when it is worth another poll (no answer, or a
 * server-side 5xx), otherwise the error that ends the wait. Every poller of the client
 * (operations, `waitForStatus`) classifies its errors with this.
 */
export function pollAgainOn(error: unknown): Error | undefined {
  const transient =
    error instanceof FlinkConnectionError ||
    (error instanceof FlinkApiError && error.status >= 500);
  return transient ? undefined : (error as Error);
}

/**
 * A handle on one of Flink's asynchronous operations (trigger → poll). `poll()` asks once;
 * `wait()` polls with backoff until it completes, and throws on failure, timeout or abort.
 */
export class AsyncOperation<K extends OperationKind> {
  readonly kind: K;
  readonly triggerId: string;
  readonly jobId: string | undefined;
  readonly triggeredAt: number | undefined;
  readonly endpoint: string | undefined;
  readonly #core: Core;
  readonly #spec: KindSpec<ResultByKind[K]>;
  /** The transport's disruption count when this handle was made: a later 404 after more is a loss. */
  readonly #disruptions: number;

  constructor(core: Core, state: OperationState<K>) {
    this.#core = core;
    this.kind = state.kind;
    this.triggerId = state.triggerId;
    this.jobId = state.jobId;
    this.triggeredAt = state.triggeredAt;
    this.endpoint = state.endpoint;
    this.#spec = KINDS[state.kind] as unknown as KindSpec<ResultByKind[K]>;
    this.#disruptions = core.transport.disruptions();
  }

  get #ref(): OperationRef {
    return { kind: this.kind, triggerId: this.triggerId, jobId: this.jobId };
  }

  /** The kind's acceptor, with any text Flink sent back scrubbed of the client's secrets. */
  #accept(body: unknown): Decision<ResultByKind[K]> {
    const decision = this.#spec.accept(this.#ref, body);
    if (decision.state !== 'failure') return decision;
    return { state: 'failure', error: scrubError(decision.error, this.#core.transport.secrets) };
  }

  async #status(signal?: AbortSignal): Promise<unknown> {
    const path =
      this.jobId === undefined
        ? { triggerid: this.triggerId }
        : { jobid: this.jobId, triggerid: this.triggerId };
    const { data, error, response } = await this.#core.raw.GET(this.#spec.statusPath, {
      params: { path },
      signal,
      ...(this.endpoint !== undefined
        ? { fetch: this.#core.transport.fetchAt(this.endpoint) }
        : {}),
    });
    if (response.status === 404)
      throw new OperationNotFoundError(this.#ref, {
        cause: apiError(this.#core, 'GET', response, error),
      });
    if (!response.ok || error !== undefined) throw apiError(this.#core, 'GET', response, error);
    return data;
  }

  /**
   * Asks Flink once. Resolves with IN_PROGRESS or COMPLETED and the result; throws
   * OperationFailedError (completed with a failure cause), OperationNotFoundError (404),
   * FlinkApiError or FlinkConnectionError.
   */
  async poll(options: { signal?: AbortSignal } = {}): Promise<PollStatus<ResultByKind[K]>> {
    const decision = this.#accept(await this.#status(options.signal));
    if (decision.state === 'retry') return { status: 'IN_PROGRESS' };
    if (decision.state === 'failure') throw decision.error;
    return { status: 'COMPLETED', result: decision.value };
  }

  /**
   * Polls until the operation completes. Connection errors and 5xx answers are retried at the
   * next poll; a 404 ends the wait with OperationNotFoundError, or — when the leader failed over
   * since the trigger — with a savepoint recovered from the history or OperationLostError.
   * Defaults: timeoutMs 300_000, minDelayMs 250, maxDelayMs 5_000.
   */
  async wait(options: PollOptions = {}): Promise<ResultByKind[K]> {
    const outcome = await pollUntil(
      (signal) => this.#status(signal),
      (body) => this.#accept(body),
      pollAgainOn,
      options,
      this.#core.clock,
    );
    switch (outcome.kind) {
      case 'success':
        return outcome.value;
      case 'failure':
        if (outcome.error instanceof OperationNotFoundError && (await this.#lost(options.signal))) {
          return this.#afterLoss(outcome.error, options.signal);
        }
        throw outcome.error;
      case 'timeout':
        throw new OperationTimeoutError(
          this.#ref,
          options.timeoutMs ?? POLL_DEFAULTS.timeoutMs,
          outcome.polls,
          {
            cause: outcome.lastError,
          },
        );
      case 'aborted':
        throw new OperationAbortedError(this.#ref, { cause: outcome.reason });
    }
  }

  /**
   * Whether a 404 for this operation means its leader failed over: this client's transport saw
   * an endpoint give no answer or a leader-loss answer since the handle was made, or — what a
   * handle resumed in another process relies on — the job of a savepoint or stop was restored
   * by a JobMaster that started after the trigger.
   */
  async #lost(signal: AbortSignal | undefined): Promise<boolean> {
    if (this.#core.transport.disruptions() > this.#disruptions) return true;
    if (this.kind !== 'savepoint' && this.kind !== 'stop-with-savepoint') return false;
    if (this.jobId === undefined || this.triggeredAt === undefined) return false;
    try {
      return await restartedSinceTrigger(this.#core, {
        jobId: this.jobId,
        triggeredAt: this.triggeredAt,
        signal,
      });
    } catch (reason) {
      throw new OperationAbortedError(this.#ref, { cause: reason });
    }
  }

  /**
   * Flink does not know the trigger id and its leader failed over (see #lost). A savepoint that
   * completed is taken from the job's checkpoint history (`recovered: true`); otherwise
   * OperationLostError.
   */
  async #afterLoss(
    notFound: OperationNotFoundError,
    signal?: AbortSignal,
  ): Promise<ResultByKind[K]> {
    const endpoint = this.endpoint ?? this.#core.transport.leader();
    if ((this.kind === 'savepoint' || this.kind === 'stop-with-savepoint') && this.jobId) {
      const found = await recoverFromHistory(this.#core, {
        jobId: this.jobId,
        stop: this.kind === 'stop-with-savepoint',
        triggeredAt: this.triggeredAt,
        signal,
      });
      if (found.location !== undefined) {
        return { location: found.location, recovered: true } as ResultByKind[K];
      }
      throw new OperationLostError(
        this.#ref,
        endpoint,
        this.kind === 'stop-with-savepoint' ? found.jobRunning : undefined,
        { cause: notFound },
      );
    }
    throw new OperationLostError(this.#ref, endpoint, undefined, { cause: notFound });
  }

  /** Plain JSON that `resumeOperation` turns back into a handle, in this or another process. */
  toJSON(): OperationState<K> {
    return {
      kind: this.kind,
      triggerId: this.triggerId,
      ...(this.jobId !== undefined ? { jobId: this.jobId } : {}),
      flinkVersion: this.#core.flinkVersion,
      ...(this.triggeredAt !== undefined ? { triggeredAt: this.triggeredAt } : {}),
      ...(this.endpoint !== undefined ? { endpoint: this.endpoint } : {}),
    };
  }
}

/** Checks a (deserialized) state before it becomes a handle: every field named on error. */
export function checkOperationState(state: unknown): OperationState {
  if (typeof state !== 'object' || state === null) {
    throw new TypeError(`operation state must be an object, got ${show(state)}`);
  }
  const s = state as Record<string, unknown>;
  const kind = checkOneOf(s.kind, OPERATION_KINDS, 'state.kind');
  const triggerId = checkId(s.triggerId, 'state.triggerId');
  const needsJob = KINDS[kind].needsJob;
  if (needsJob) checkId(s.jobId, 'state.jobId');
  else if (s.jobId !== undefined) throw new TypeError(`state.jobId must be absent for a ${kind}`);
  if (typeof s.flinkVersion !== 'string') {
    throw new TypeError(`state.flinkVersion must be a string, got ${show(s.flinkVersion)}`);
  }
  if (s.triggeredAt !== undefined && !Number.isFinite(s.triggeredAt)) {
    throw new TypeError(`state.triggeredAt must be a number of ms, got ${show(s.triggeredAt)}`);
  }
  if (s.endpoint !== undefined && typeof s.endpoint !== 'string') {
    throw new TypeError(`state.endpoint must be a string, got ${show(s.endpoint)}`);
  }
  return {
    kind,
    triggerId,
    ...(needsJob ? { jobId: s.jobId as string } : {}),
    flinkVersion: s.flinkVersion,
    ...(s.triggeredAt !== undefined ? { triggeredAt: s.triggeredAt as number } : {}),
    ...(s.endpoint !== undefined ? { endpoint: s.endpoint as string } : {}),
  };
}
