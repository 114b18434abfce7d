import type { CheckpointResult } from './acceptors.js';
import type { AsyncOperation } from './async-operation.js';
import type { Core } from './core.js';
import { checkPollOptions, type PollOptions } from './poll-until.js';
import { trigger } from './trigger.js';
import { checkId, checkOneOf, triggerIdFor } from './validate.js';

export type CheckpointType = 'CONFIGURED' | 'FULL' | 'INCREMENTAL';
/** The checkpoint types a trigger takes. */
export const CHECKPOINT_TYPES: readonly CheckpointType[] = ['CONFIGURED', 'FULL', 'INCREMENTAL'];

export interface CheckpointTriggerOptions {
  /** Default: Flink's default (CONFIGURED). INCREMENTAL answers 500 since 1.19 (FLINK-33723). */
  readonly checkpointType?: CheckpointType;
  /** Pass the id of a trigger whose answer was lost to get the same operation back. Default: new. */
  readonly triggerId?: string;
  /** Aborts the trigger request (and, in `create`, the wait). A checkpoint Flink began goes on. */
  readonly signal?: AbortSignal;
}

/**
 * `checkpoints.create`: the trigger's options and the wait's (`timeoutMs` bounds the wait, not
 * the trigger request; defaults 300_000, `minDelayMs` 250, `maxDelayMs` 5_000, all in ms).
 */
export interface CheckpointCreateOptions extends CheckpointTriggerOptions, PollOptions {}

export interface CheckpointHelpers {
  /** `POST /jobs/:jobid/checkpoints` (Flink 1.17+). */
  trigger(jobId: string, options?: CheckpointTriggerOptions): Promise<AsyncOperation<'checkpoint'>>;
  /**
   * Triggers a checkpoint and waits for it (1.17+): resolves with `{ checkpointId }`; rejects
   * like `trigger` and `wait()`. Poll options are checked before the trigger is sent.
   */
  create(jobId: string, options?: CheckpointCreateOptions): Promise<CheckpointResult>;
}

export function checkpointHelpers(core: Core): CheckpointHelpers {
  const helpers: CheckpointHelpers = {
    async trigger(jobId, options = {}) {
      checkId(jobId, 'jobId');
      const checkpointType =
        options.checkpointType === undefined
          ? undefined
          : checkOneOf(options.checkpointType, CHECKPOINT_TYPES, 'checkpointType');
      const triggerId = triggerIdFor(options.triggerId, core.clock.random);
      return trigger(core, {
        kind: 'checkpoint',
        method: 'POST',
        path: '/jobs/{jobid}/checkpoints',
        params: { jobid: jobId },
        body: { ...(checkpointType !== undefined ? { checkpointType } : {}), triggerId },
        jobId,
        idempotent: true,
        signal: options.signal,
      });
    },

    async create(jobId, options = {}) {
      checkPollOptions(options);
      return (await helpers.trigger(jobId, options)).wait(options);
    },
  };
  return helpers;
}
