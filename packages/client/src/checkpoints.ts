import type { AsyncOperation } from './async-operation.js';
import type { Core } from './core.js';
import { trigger } from './trigger.js';
import { checkId, checkOneOf, triggerIdFor } from './validate.js';

export type CheckpointType = 'CONFIGURED' | 'FULL' | 'INCREMENTAL';
const TYPES: readonly CheckpointType[] = ['CONFIGURED', 'FULL', 'INCREMENTAL'];

export interface CheckpointTriggerOptions {
  /** Default: Flink's default (CONFIGURED). INCREMENTAL answers 500 since 1.19 (FLINK-33723). */
  readonly checkpointType?: CheckpointType;
  /** Pass the id of a trigger whose answer was lost to get the same operation back. Default: new. */
  readonly triggerId?: string;
  readonly signal?: AbortSignal;
}

export interface CheckpointHelpers {
  /** `POST /jobs/:jobid/checkpoints` (Flink 1.17+). */
  trigger(jobId: string, options?: CheckpointTriggerOptions): Promise<AsyncOperation<'checkpoint'>>;
}

export function checkpointHelpers(core: Core): CheckpointHelpers {
  return {
    async trigger(jobId, options = {}) {
      checkId(jobId, 'jobId');
      const checkpointType =
        options.checkpointType === undefined
          ? undefined
          : checkOneOf(options.checkpointType, TYPES, 'checkpointType');
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
  };
}
