import type { SavepointResult } from './acceptors.js';
import { type AsyncOperation, pollAgainOn } from './async-operation.js';
import { type Core, unwrap } from './core.js';
import { jarHelpers } from './jars.js';
import { acceptJobStatus, allVerticesRunning, JOB_STATUSES, type JobStatus } from './job-status.js';
import {
  checkPollOptions,
  POLL_DEFAULTS,
  type PollOptions,
  pollUntil,
  settleWait,
} from './poll-until.js';
import { scrubError } from './redact.js';
import { checkSavepointArgs, type SavepointFormat } from './savepoints.js';
import type { ResourceRequirements, ResourceRequirementsUpdate } from './spec-types.js';
import { trigger } from './trigger.js';
import { startUpgrade, type UpgradeOperation, type UpgradeOptions } from './upgrade.js';
import { checkId, checkOneOf, checkPositiveInt } from './validate.js';

export interface StopWithSavepointOptions {
  /** Where Flink writes the savepoint. Default: the cluster's configured savepoint directory. */
  readonly targetDirectory?: string;
  /** Emit MAX_WATERMARK before stopping (end of event time). Default false. */
  readonly drain?: boolean;
  readonly formatType?: SavepointFormat;
  /** Pass the id of a trigger whose answer was lost to get the same operation back. Default: new. */
  readonly triggerId?: string;
  /** Aborts the trigger request (and, in `stopWithSavepointAndWait`, the wait). A stop Flink began goes on. */
  readonly signal?: AbortSignal;
}

/**
 * `stopWithSavepointAndWait`: the stop's options and the wait's (`timeoutMs` bounds the wait,
 * not the stop request; defaults 300_000, `minDelayMs` 250, `maxDelayMs` 5_000, all in ms).
 */
export interface StopWithSavepointAndWaitOptions extends StopWithSavepointOptions, PollOptions {}

/** What a helper that sends one request accepts. */
export interface RequestOptions {
  /** Aborts the request; it rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

export interface WaitForStatusOptions extends PollOptions {
  /** For RUNNING: also wait until every task runs, so a savepoint can be taken at once. Default false. */
  readonly allTasksRunning?: boolean;
}

/** Per-vertex parallelism bounds, as `GET/PUT /jobs/:jobid/resource-requirements` carry them. */

export interface JobHelpers {
  /** `POST /jobs/:jobid/stop`: a savepoint, then the job stops. Poll it like a savepoint. */
  stopWithSavepoint(
    jobId: string,
    options?: StopWithSavepointOptions,
  ): Promise<AsyncOperation<'stop-with-savepoint'>>;
  /**
   * Stops the job with a savepoint and waits for the savepoint: resolves with `{ location }`;
   * rejects like `stopWithSavepoint` and `wait()`. Poll options are checked before the stop is
   * sent.
   */
  stopWithSavepointAndWait(
    jobId: string,
    options?: StopWithSavepointAndWaitOptions,
  ): Promise<SavepointResult>;
  /** Polls `GET /jobs/:jobid/status` until the job is in one of `wanted`; throws if it ends otherwise. */
  waitForStatus(
    jobId: string,
    wanted: readonly JobStatus[],
    options?: WaitForStatusOptions,
  ): Promise<JobStatus>;
  /** `PATCH /jobs/:jobid?mode=cancel`. */
  cancel(jobId: string, options?: RequestOptions): Promise<void>;
  /** `GET /jobs/:jobid/resource-requirements` (1.18+). */
  getResourceRequirements(jobId: string, options?: RequestOptions): Promise<ResourceRequirements>;
  /** `PUT /jobs/:jobid/resource-requirements` (1.18+, adaptive scheduler). */
  setResourceRequirements(
    jobId: string,
    requirements: ResourceRequirementsUpdate,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Rescales every vertex to `parallelism` through the resource requirements (1.18+, needs the
   * adaptive scheduler). The legacy `PATCH /jobs/:jobid/rescaling` endpoint answers 503 in
   * every supported version (FLINK-12312), so there is no helper for it.
   */
  rescale(jobId: string, parallelism: number, options?: RequestOptions): Promise<void>;
  /**
   * A stateful upgrade: stop with a savepoint, run the new jar from it, wait until it is
   * healthy, roll back to `previous` if not. Rejects on bad options before any request; the
   * steps run in `wait()`. See the README's upgrade section.
   */
  upgrade(jobId: string, options: UpgradeOptions): Promise<UpgradeOperation>;
}

export function jobHelpers(core: Core): JobHelpers {
  const getRequirements = async (jobId: string, signal: AbortSignal | undefined) =>
    unwrap<ResourceRequirements>(
      core,
      'GET',
      await core.raw.GET('/jobs/{jobid}/resource-requirements', {
        params: { path: { jobid: jobId } },
        ...(signal ? { signal } : {}),
      }),
    );
  const putRequirements = async (
    jobId: string,
    requirements: ResourceRequirementsUpdate,
    signal: AbortSignal | undefined,
  ) => {
    unwrap(
      core,
      'PUT',
      await core.raw.PUT('/jobs/{jobid}/resource-requirements', {
        params: { path: { jobid: jobId } },
        body: requirements,
        ...(signal ? { signal } : {}),
      }),
    );
  };

  const helpers: JobHelpers = {
    async stopWithSavepoint(jobId, options = {}) {
      const { targetDirectory, formatType, triggerId } = checkSavepointArgs(
        jobId,
        options,
        core.clock.random,
      );
      return trigger(core, {
        kind: 'stop-with-savepoint',
        method: 'POST',
        path: '/jobs/{jobid}/stop',
        params: { jobid: jobId },
        // camelCase targetDirectory here, unlike the savepoint trigger's target-directory.
        body: {
          ...(targetDirectory !== undefined ? { targetDirectory } : {}),
          drain: options.drain ?? false,
          ...(formatType !== undefined ? { formatType } : {}),
          triggerId,
        },
        jobId,
        idempotent: true,
        signal: options.signal,
      });
    },

    async stopWithSavepointAndWait(jobId, options = {}) {
      checkPollOptions(options);
      return (await helpers.stopWithSavepoint(jobId, options)).wait(options);
    },

    async waitForStatus(jobId, wanted, options = {}) {
      checkId(jobId, 'jobId');
      if (!Array.isArray(wanted) || wanted.length === 0)
        throw new TypeError('wanted must list at least one job status');
      for (const w of wanted) checkOneOf(w, JOB_STATUSES, 'wanted status');
      const what = `job ${jobId} to be ${wanted.join(' or ')}`;
      let last: string | undefined;
      const outcome = await pollUntil(
        async (signal) => {
          const r = await core.raw.GET('/jobs/{jobid}/status', {
            params: { path: { jobid: jobId } },
            signal,
          });
          const body = unwrap<{ status: string }>(core, 'GET', r);
          last = body.status;
          if (options.allTasksRunning && body.status === 'RUNNING' && wanted.includes('RUNNING')) {
            const details = await core.raw.GET('/jobs/{jobid}', {
              params: { path: { jobid: jobId } },
              signal,
            });
            if (!allVerticesRunning(unwrap(core, 'GET', details)))
              return { status: 'RUNNING (tasks starting)' };
          }
          return body;
        },
        (body) => {
          const decision = acceptJobStatus(jobId, wanted, body);
          return decision.state === 'failure'
            ? { state: 'failure', error: scrubError(decision.error, core.transport.secrets) }
            : decision;
        },
        pollAgainOn,
        options,
        core.clock,
      );
      return settleWait(outcome, what, options.timeoutMs ?? POLL_DEFAULTS.timeoutMs, last);
    },

    async cancel(jobId, options = {}) {
      checkId(jobId, 'jobId');
      unwrap(
        core,
        'PATCH',
        await core.raw.PATCH('/jobs/{jobid}', {
          params: { path: { jobid: jobId }, query: { mode: 'cancel' } },
          ...(options.signal ? { signal: options.signal } : {}),
        }),
      );
    },

    async getResourceRequirements(jobId, options = {}) {
      checkId(jobId, 'jobId');
      return getRequirements(jobId, options.signal);
    },

    async setResourceRequirements(jobId, requirements, options = {}) {
      checkId(jobId, 'jobId');
      for (const [vertex, r] of Object.entries(requirements)) {
        checkId(vertex, 'vertex id');
        checkPositiveInt(
          r?.parallelism?.lowerBound,
          `requirements["${vertex}"].parallelism.lowerBound`,
        );
        checkPositiveInt(
          r?.parallelism?.upperBound,
          `requirements["${vertex}"].parallelism.upperBound`,
        );
      }
      await putRequirements(jobId, requirements, options.signal);
    },

    async rescale(jobId, parallelism, options = {}) {
      checkId(jobId, 'jobId');
      checkPositiveInt(parallelism, 'parallelism');
      const current = await getRequirements(jobId, options.signal);
      const next: ResourceRequirements = {};
      for (const vertex of Object.keys(current)) {
        next[vertex] = { parallelism: { lowerBound: 1, upperBound: parallelism } };
      }
      await putRequirements(jobId, next, options.signal);
    },

    async upgrade(jobId, options) {
      return startUpgrade(core, { jobs: helpers, jars: jarHelpers(core) }, jobId, options);
    },
  };
  return helpers;
}
