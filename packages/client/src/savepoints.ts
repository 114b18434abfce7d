import type { SavepointResult } from './acceptors.js';
import type { AsyncOperation } from './async-operation.js';
import type { Core } from './core.js';
import { checkPollOptions, type PollOptions } from './poll-until.js';
import { trigger } from './trigger.js';
import {
  checkId,
  checkNonEmpty,
  checkOneOf,
  checkOptionalNonEmpty,
  triggerIdFor,
} from './validate.js';

export type SavepointFormat = 'CANONICAL' | 'NATIVE';
export const SAVEPOINT_FORMATS: readonly SavepointFormat[] = ['CANONICAL', 'NATIVE'];

/** What a savepoint trigger and a stop-with-savepoint share, checked before any request. */
export function checkSavepointArgs(
  jobId: string,
  options: { targetDirectory?: string; formatType?: SavepointFormat; triggerId?: string },
  random: (() => number) | undefined,
): { targetDirectory?: string; formatType?: SavepointFormat; triggerId: string } {
  checkId(jobId, 'jobId');
  const targetDirectory = checkOptionalNonEmpty(options.targetDirectory, 'targetDirectory');
  const formatType =
    options.formatType === undefined
      ? undefined
      : checkOneOf(options.formatType, SAVEPOINT_FORMATS, 'formatType');
  return {
    ...(targetDirectory !== undefined ? { targetDirectory } : {}),
    ...(formatType !== undefined ? { formatType } : {}),
    triggerId: triggerIdFor(options.triggerId, random),
  };
}

export interface SavepointTriggerOptions {
  /** Where Flink writes the savepoint. Default: the cluster's configured savepoint directory. */
  readonly targetDirectory?: string;
  /** Default: Flink's default (CANONICAL). */
  readonly formatType?: SavepointFormat;
  /** Cancel the job once the savepoint is taken. Default false (prefer `jobs.stopWithSavepoint`). */
  readonly cancelJob?: boolean;
  /** Pass the id of a trigger whose answer was lost to get the same operation back. Default: new. */
  readonly triggerId?: string;
  /** Aborts the trigger request (and, in `create`, the wait). A savepoint Flink began goes on. */
  readonly signal?: AbortSignal;
}

/**
 * `savepoints.create`: the trigger's options and the wait's (`timeoutMs` bounds the wait, not
 * the trigger request; defaults 300_000, `minDelayMs` 250, `maxDelayMs` 5_000, all in ms).
 */
export interface SavepointCreateOptions extends SavepointTriggerOptions, PollOptions {}

export interface SavepointHelpers {
  /** `POST /jobs/:jobid/savepoints`. */
  trigger(jobId: string, options?: SavepointTriggerOptions): Promise<AsyncOperation<'savepoint'>>;
  /**
   * Triggers a savepoint and waits for it: resolves with `{ location }`; rejects like `trigger`
   * and `wait()` (OperationFailedError, OperationTimeoutError — whose `operation` can be resumed —,
   * OperationAbortedError, …). Poll options are checked before the trigger is sent.
   */
  create(jobId: string, options?: SavepointCreateOptions): Promise<SavepointResult>;
  /** `POST /savepoint-disposal`: deletes a savepoint's files; an async operation too. */
  dispose(
    savepointPath: string,
    options?: { signal?: AbortSignal },
  ): Promise<AsyncOperation<'savepoint-disposal'>>;
}

export function savepointHelpers(core: Core): SavepointHelpers {
  const helpers: SavepointHelpers = {
    async trigger(jobId, options = {}) {
      const { targetDirectory, formatType, triggerId } = checkSavepointArgs(
        jobId,
        options,
        core.clock.random,
      );
      return trigger(core, {
        kind: 'savepoint',
        method: 'POST',
        path: '/jobs/{jobid}/savepoints',
        params: { jobid: jobId },
        body: {
          ...(targetDirectory !== undefined ? { 'target-directory': targetDirectory } : {}),
          'cancel-job': options.cancelJob ?? false,
          ...(formatType !== undefined ? { formatType } : {}),
          triggerId,
        },
        jobId,
        idempotent: true,
        signal: options.signal,
      });
    },

    async dispose(savepointPath, options = {}) {
      checkNonEmpty(savepointPath, 'savepointPath');
      // Flink mints the trigger id of a disposal itself, so a lost answer cannot be re-sent safely.
      return trigger(core, {
        kind: 'savepoint-disposal',
        method: 'POST',
        path: '/savepoint-disposal',
        params: {},
        body: { 'savepoint-path': savepointPath },
        idempotent: false,
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
