import type { SavepointResult } from './acceptors.js';
import { AsyncOperation, pollAgainOn } from './async-operation.js';
import { backoffDelay } from './backoff.js';
import { type Core, unwrap } from './core.js';
import {
  FlinkApiError,
  FlinkConnectionError,
  FlinkError,
  JarNotOnJobManagerError,
  OperationNotFoundError,
  UpgradeFailedError,
  WaitAbortedError,
} from './errors.js';
import type { JarHelpers } from './jars.js';
import { noVertexStarting } from './job-status.js';
import type { JobHelpers } from './jobs.js';
import { checkPollOptions, type Decision, pollUntil, settleWait } from './poll-until.js';
import { sleep as realSleep } from './sleep.js';
import {
  advance,
  decideHealth,
  FINAL_STEPS,
  type HealthCriteria,
  type HealthSample,
  type JarRun,
  latestRetained,
  latestSavepoint,
  type StepRecord,
  UPGRADE_MODES,
  UPGRADE_STEPS,
  type UpgradeEvent,
  type UpgradeMode,
  type UpgradeState,
  type UpgradeStep,
} from './upgrade-steps.js';
import {
  checkId,
  checkNonEmpty,
  checkOneOf,
  checkPositiveInt,
  newTriggerId,
  show,
} from './validate.js';

export interface UpgradeProgress {
  readonly step: UpgradeStep;
  /** `started` when a step begins, `progress` while it waits, `done`/`failed` when it ends. */
  readonly status: 'started' | 'progress' | 'done' | 'failed';
  readonly detail?: string;
  /** The whole state, as `toJSON()` gives it: save it to resume after a crash. */
  readonly state: UpgradeState;
}

/** What `upgrade` and `resumeUpgrade` share: how long, how often, who listens. */
export interface UpgradeRunOptions {
  /** Longest wait of each step (stop, start, health, rollback), in ms. Default 300_000. */
  readonly timeoutMs?: number;
  /** First delay between polls, in ms. Default 250. */
  readonly minDelayMs?: number;
  /** Largest delay between polls, in ms. Default 2_000. */
  readonly maxDelayMs?: number;
  /** Stops the upgrade between requests (no rollback); `toJSON()` then resumes it. */
  readonly signal?: AbortSignal;
  /** Called when a step starts, waits, ends; the event carries the state to save. */
  readonly onProgress?: (event: UpgradeProgress) => void;
}

export interface UpgradeOptions extends UpgradeRunOptions {
  /** Path of the new jar, uploaded before the old job stops. Give this or `jarId`. */
  readonly jar?: string;
  /** Id of a jar already uploaded (`jars.upload`). Give this or `jar`. */
  readonly jarId?: string;
  /** The new job's entry class. Default: the jar manifest's. */
  readonly entryClass?: string;
  /** The new job's program arguments. Default: none. */
  readonly args?: readonly string[];
  /** The new job's parallelism. Default: the old job's. */
  readonly parallelism?: number;
  /** Default `'savepoint'`. `'last-state'` needs checkpoints retained on cancellation. */
  readonly mode?: UpgradeMode;
  /** Where the savepoint goes. Default: the cluster's savepoint directory. */
  readonly targetDirectory?: string;
  /** Let the new job skip state no operator of it takes. Default false. */
  readonly allowNonRestoredState?: boolean;
  /** What "the new job works" means. Default `{ runningForMs: 30_000, completedCheckpoints: 1 }`. */
  readonly healthy?: Partial<HealthCriteria>;
  /** On a failure after the old job stopped, start `previous` again from the same savepoint. Default true. */
  readonly rollback?: boolean;
  /**
   * What the old job runs, for the rollback: Flink's job configuration does not name the jar
   * (checked on 1.18 and 2.3), so `jarId` must be given when `rollback` is on. `parallelism`
   * defaults to the old job's.
   */
  readonly previous?: JarRun;
}

/** What a successful upgrade resolves with. */
export interface UpgradeResult {
  readonly newJobId: string;
  /** The new jar's id: a later upgrade's `previous.jarId`. */
  readonly newJarId: string;
  /** The savepoint (or retained checkpoint) the new job started from; absent for `stateless`. */
  readonly savepoint: string | undefined;
  readonly rolledBack: false;
  readonly steps: readonly StepRecord[];
}

const HEALTH_DEFAULTS: HealthCriteria = { runningForMs: 30_000, completedCheckpoints: 1 };
const RUN_DEFAULTS = { timeoutMs: 300_000, minDelayMs: 250, maxDelayMs: 2_000 };

function checkArgs(args: unknown, name: string): readonly string[] | undefined {
  if (args === undefined) return undefined;
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string'))
    throw new TypeError(`${name} must be an array of strings, got ${show(args)}`);
  return [...args];
}

function checkJarRun(run: unknown, name: string): JarRun {
  if (typeof run !== 'object' || run === null)
    throw new TypeError(`${name} must be an object, got ${show(run)}`);
  const r = run as Record<string, unknown>;
  const args = checkArgs(r.args, `${name}.args`);
  return {
    jarId: checkNonEmpty(r.jarId, `${name}.jarId`),
    ...(r.entryClass !== undefined
      ? { entryClass: checkNonEmpty(r.entryClass, `${name}.entryClass`) }
      : {}),
    ...(args ? { args } : {}),
    ...(r.parallelism !== undefined
      ? { parallelism: checkPositiveInt(r.parallelism, `${name}.parallelism`) }
      : {}),
  };
}

function checkHealth(given: unknown, name: string): HealthCriteria {
  if (given !== undefined && (typeof given !== 'object' || given === null))
    throw new TypeError(`${name} must be an object, got ${show(given)}`);
  const h = { ...HEALTH_DEFAULTS, ...(given as Partial<HealthCriteria> | undefined) };
  if (!Number.isFinite(h.runningForMs) || h.runningForMs < 0)
    throw new RangeError(`${name}.runningForMs (${show(h.runningForMs)}) must be a number >= 0`);
  if (!Number.isInteger(h.completedCheckpoints) || h.completedCheckpoints < 0)
    throw new RangeError(
      `${name}.completedCheckpoints (${show(h.completedCheckpoints)}) must be a whole number >= 0`,
    );
  return { runningForMs: h.runningForMs, completedCheckpoints: h.completedCheckpoints };
}

function checkRunOptions(options: UpgradeRunOptions, health: HealthCriteria) {
  const resolved = checkPollOptions({
    timeoutMs: options.timeoutMs ?? RUN_DEFAULTS.timeoutMs,
    minDelayMs: options.minDelayMs ?? RUN_DEFAULTS.minDelayMs,
    maxDelayMs: options.maxDelayMs ?? RUN_DEFAULTS.maxDelayMs,
  });
  if (resolved.timeoutMs <= health.runningForMs)
    throw new RangeError(
      `timeoutMs (${resolved.timeoutMs}) must be > healthy.runningForMs (${health.runningForMs})`,
    );
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function')
    throw new TypeError(`onProgress must be a function, got ${show(options.onProgress)}`);
  return resolved;
}

/** Checks `upgrade`'s arguments and makes the initial state; throws on the first bad field. */
export function initialUpgradeState(
  jobId: string,
  options: UpgradeOptions,
  flinkVersion: string,
): UpgradeState {
  checkId(jobId, 'jobId');
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${show(options)}`);
  if ((options.jar === undefined) === (options.jarId === undefined))
    throw new TypeError('give exactly one of jar (a path to upload) and jarId (an uploaded jar)');
  const jar =
    options.jar !== undefined
      ? { path: checkNonEmpty(options.jar, 'jar') }
      : { jarId: checkNonEmpty(options.jarId, 'jarId') };
  const mode = checkOneOf(options.mode ?? 'savepoint', UPGRADE_MODES, 'mode');
  const args = checkArgs(options.args, 'args');
  const rollback = options.rollback ?? true;
  if (typeof rollback !== 'boolean')
    throw new TypeError(`rollback must be a boolean, got ${show(rollback)}`);
  const allowNonRestoredState = options.allowNonRestoredState ?? false;
  if (typeof allowNonRestoredState !== 'boolean')
    throw new TypeError(
      `allowNonRestoredState must be a boolean, got ${show(allowNonRestoredState)}`,
    );
  const previous =
    options.previous !== undefined ? checkJarRun(options.previous, 'previous') : undefined;
  if (rollback && !previous)
    throw new TypeError(
      "previous.jarId is needed to roll back (Flink's job configuration does not name the jar a job runs); pass previous or rollback: false",
    );
  const healthy = checkHealth(options.healthy, 'healthy');
  checkRunOptions(options, healthy);
  return {
    kind: 'upgrade',
    flinkVersion,
    jobId,
    mode,
    jar,
    ...(options.entryClass !== undefined
      ? { entryClass: checkNonEmpty(options.entryClass, 'entryClass') }
      : {}),
    ...(args ? { args } : {}),
    ...(options.parallelism !== undefined
      ? { parallelism: checkPositiveInt(options.parallelism, 'parallelism') }
      : {}),
    ...(options.targetDirectory !== undefined
      ? { targetDirectory: checkNonEmpty(options.targetDirectory, 'targetDirectory') }
      : {}),
    allowNonRestoredState,
    healthy,
    rollback,
    ...(previous ? { previous } : {}),
    step: 'resolve',
    steps: [],
  };
}

/** Checks a (deserialized) state before `resumeUpgrade` continues it: every field named on error. */
export function checkUpgradeState(state: unknown): UpgradeState {
  if (typeof state !== 'object' || state === null)
    throw new TypeError(`upgrade state must be an object, got ${show(state)}`);
  const s = state as Record<string, unknown>;
  if (s.kind !== 'upgrade') throw new TypeError(`state.kind ${show(s.kind)} must be "upgrade"`);
  if (typeof s.flinkVersion !== 'string')
    throw new TypeError(`state.flinkVersion must be a string, got ${show(s.flinkVersion)}`);
  const jar = s.jar as Record<string, unknown> | undefined;
  const base = initialUpgradeState(
    s.jobId as string,
    {
      ...(jar && typeof jar === 'object' && 'path' in jar ? { jar: jar.path as string } : {}),
      ...(jar && typeof jar === 'object' && 'jarId' in jar ? { jarId: jar.jarId as string } : {}),
      mode: s.mode as UpgradeMode,
      ...(s.entryClass !== undefined ? { entryClass: s.entryClass as string } : {}),
      ...(s.args !== undefined ? { args: s.args as string[] } : {}),
      ...(s.parallelism !== undefined ? { parallelism: s.parallelism as number } : {}),
      ...(s.targetDirectory !== undefined ? { targetDirectory: s.targetDirectory as string } : {}),
      allowNonRestoredState: s.allowNonRestoredState as boolean,
      healthy: s.healthy as HealthCriteria,
      rollback: s.rollback as boolean,
      ...(s.previous !== undefined ? { previous: s.previous as JarRun } : {}),
      timeoutMs: Number.MAX_SAFE_INTEGER,
    },
    s.flinkVersion,
  );
  const step = checkOneOf(s.step, UPGRADE_STEPS, 'state.step');
  for (const key of ['stopTriggerId', 'newJobId', 'rollbackJobId'] as const)
    if (s[key] !== undefined) checkId(s[key], `state.${key}`);
  for (const key of ['newJarId', 'savepoint'] as const)
    if (s[key] !== undefined) checkNonEmpty(s[key], `state.${key}`);
  if (s.lostStopTriggerIds !== undefined) {
    if (!Array.isArray(s.lostStopTriggerIds))
      throw new TypeError(`state.lostStopTriggerIds must be an array of trigger ids`);
    for (const [i, id] of s.lostStopTriggerIds.entries())
      checkId(id, `state.lostStopTriggerIds[${i}]`);
  }
  if (!Array.isArray(s.steps)) throw new TypeError(`state.steps must be an array`);
  return { ...(s as unknown as UpgradeState), ...base, step, steps: s.steps as StepRecord[] };
}

const TERMINAL = ['FINISHED', 'CANCELED', 'FAILED'] as const;

/**
 * A stateful upgrade of one job: `wait()` runs the steps (see upgrade-steps.ts) and resolves
 * once the new job is healthy, or throws UpgradeFailedError (rolled back or not). `toJSON()` is
 * the state to resume from, in this process or another.
 */
export class UpgradeOperation {
  #state: UpgradeState;
  readonly #core: Core;
  readonly #jobs: JobHelpers;
  readonly #jars: JarHelpers;
  readonly #run: Required<Pick<UpgradeRunOptions, 'timeoutMs' | 'minDelayMs' | 'maxDelayMs'>> &
    Pick<UpgradeRunOptions, 'signal' | 'onProgress'>;
  #running: Promise<UpgradeResult> | undefined;
  /** The error of the step that failed, while this process still has it. */
  #cause: unknown;

  constructor(
    core: Core,
    helpers: { jobs: JobHelpers; jars: JarHelpers },
    state: UpgradeState,
    options: UpgradeRunOptions,
  ) {
    this.#core = core;
    this.#jobs = helpers.jobs;
    this.#jars = helpers.jars;
    this.#state = state;
    this.#run = {
      ...checkRunOptions(options, state.healthy),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    };
  }

  /** The current state (plain JSON). */
  get state(): UpgradeState {
    return this.#state;
  }

  toJSON(): UpgradeState {
    return this.#state;
  }

  /** Runs the upgrade to its end; a second call returns the same promise. */
  wait(): Promise<UpgradeResult> {
    this.#running ??= this.#drive();
    return this.#running;
  }

  #emit(status: UpgradeProgress['status'], detail?: string) {
    this.#run.onProgress?.({
      step: this.#state.step,
      status,
      ...(detail !== undefined ? { detail } : {}),
      state: this.#state,
    });
  }

  #apply(event: UpgradeEvent) {
    const before = this.#state.step;
    this.#state = advance(this.#state, event);
    const last = this.#state.steps.at(-1);
    if (this.#state.step !== before && last) {
      this.#run.onProgress?.({
        step: before,
        status: last.status,
        ...(last.detail !== undefined ? { detail: last.detail } : {}),
        state: this.#state,
      });
    } else this.#emit('progress', event.type);
  }

  async #drive(): Promise<UpgradeResult> {
    const now = this.#core.clock.now ?? Date.now;
    const sleep = this.#core.clock.sleep ?? realSleep;
    // When the current step first met an error worth another try, and how many it met.
    let troubled: { step: UpgradeStep; since: number; tries: number } | undefined;
    while (!FINAL_STEPS.has(this.#state.step)) {
      const { signal } = this.#run;
      if (signal?.aborted) throw this.#aborted(signal.reason);
      const step = this.#state.step;
      this.#emit('started');
      try {
        await this.#step(step);
        troubled = undefined;
      } catch (error) {
        if (signal?.aborted) throw this.#aborted(signal.reason);
        // No answer or a 5xx: every step is safe to repeat (its ids are in the state), so it is
        // repeated until the step's timeout rather than rolled back over a network blip.
        if (pollAgainOn(error) === undefined) {
          if (troubled?.step !== step) troubled = { step, since: now(), tries: 0 };
          if (now() - troubled.since < this.#run.timeoutMs) {
            const { minDelayMs, maxDelayMs } = this.#run;
            const random = (this.#core.clock.random ?? Math.random)();
            const delay = backoffDelay(troubled.tries++, { minDelayMs, maxDelayMs }, random);
            this.#emit('progress', `retrying after ${(error as Error).message}`);
            try {
              await sleep(delay, signal);
            } catch {
              throw this.#aborted(signal?.reason);
            }
            continue;
          }
        }
        this.#cause = error;
        this.#apply({
          type: 'failed',
          error: {
            name: (error as Error)?.name ?? 'Error',
            message: String((error as Error)?.message ?? error),
          },
        });
      }
    }
    const s = this.#state;
    if (s.step === 'done') {
      return {
        newJobId: s.newJobId as string,
        newJarId: s.newJarId as string,
        savepoint: s.savepoint,
        rolledBack: false,
        steps: s.steps,
      };
    }
    throw new UpgradeFailedError(s, { cause: this.#cause ?? s.failure });
  }

  #aborted(reason: unknown) {
    return new WaitAbortedError(`the upgrade of job ${this.#state.jobId} (${this.#state.step})`, {
      cause: reason,
    });
  }

  get #poll() {
    const { timeoutMs, minDelayMs, maxDelayMs, signal } = this.#run;
    return { timeoutMs, minDelayMs, maxDelayMs, ...(signal ? { signal } : {}) };
  }

  /**
   * A job's status from `GET /jobs`, or undefined when Flink does not know the job. Not
   * `GET /jobs/:jobid/status`: for an unknown job that answers 500, not 404 (measured on 2.3).
   */
  async #status(jobId: string): Promise<string | undefined> {
    const { jobs } = unwrap<{ jobs?: { id: string; status: string }[] }>(
      this.#core,
      'GET',
      await this.#core.raw.GET('/jobs', this.#signal),
    );
    return jobs?.find((j) => j.id === jobId)?.status;
  }

  async #step(step: UpgradeStep): Promise<void> {
    switch (step) {
      case 'resolve':
        return this.#resolve();
      case 'upload': {
        const jar = this.#state.jar as { path: string };
        const uploaded = await this.#jars.upload(jar.path, this.#signal);
        return this.#apply({ type: 'uploaded', jarId: uploaded.id });
      }
      case 'stop':
        return this.#stop();
      case 'start':
        return this.#start();
      case 'healthy':
        return this.#healthy();
      case 'rollback':
        return this.#rollback();
    }
  }

  get #signal() {
    return this.#run.signal ? { signal: this.#run.signal } : {};
  }

  async #resolve() {
    const { jobId, previous } = this.#state;
    const status = await this.#status(jobId);
    if (status !== 'RUNNING')
      throw new FlinkError(`job ${jobId} is ${status ?? 'unknown to Flink'}, not RUNNING`);
    if (!previous || previous.parallelism !== undefined)
      return this.#apply({ type: 'resolved', previous });
    const config = unwrap<{ 'execution-config'?: { 'job-parallelism'?: number } }>(
      this.#core,
      'GET',
      await this.#core.raw.GET('/jobs/{jobid}/config', {
        params: { path: { jobid: jobId } },
        ...this.#signal,
      }),
    );
    const parallelism = config?.['execution-config']?.['job-parallelism'];
    this.#apply({
      type: 'resolved',
      previous: {
        ...previous,
        ...(typeof parallelism === 'number' && parallelism > 0 ? { parallelism } : {}),
      },
    });
  }

  async #stop() {
    const s = this.#state;
    if (s.mode !== 'savepoint') {
      if (s.mode === 'last-state') await this.#checkRetention(s.jobId);
      await this.#cancelUnlessEnded(s.jobId);
      // Read after the cancel: before it, a newer checkpoint could complete and subsume (delete)
      // the one read (measured: that lost the state on 2.3 with a 1 s checkpoint interval).
      let path: string | undefined;
      if (s.mode === 'last-state') {
        path = latestRetained(await this.#checkpoints(s.jobId));
        if (!path)
          throw new FlinkError(`job ${s.jobId} has no retained checkpoint to restore from`);
      }
      return this.#apply({ type: 'stopped', savepoint: path });
    }
    if (s.stopTriggerId === undefined)
      this.#apply({ type: 'stop-planned', triggerId: newTriggerId(this.#core.clock.random) });
    const stopOf = (triggerId: string) =>
      new AsyncOperation(this.#core, {
        kind: 'stop-with-savepoint',
        triggerId,
        jobId: s.jobId,
        flinkVersion: this.#core.flinkVersion,
      });
    let op = stopOf(this.#state.stopTriggerId as string);
    // Ask Flink for the trigger id first: a resumed stop, or one whose answer was lost, may have
    // been taken already; only a job that still runs and does not know the id gets the stop.
    // A stop Flink answered, then forgot while the job runs again after an endpoint gave no
    // answer or a leader-loss answer, was lost with a JobManager that failed over (the new leader
    // restores the job from its last checkpoint; measured on HA clusters of 1.18 and 2.3): it is
    // sent again under a new trigger id, once no task is still starting (a savepoint of a job
    // whose tasks are still deploying fails).
    let accepted = false;
    let disruptionsAtAccept = 0;
    const outcome = await pollUntil<SavepointResult | 'sent' | 'restoring', SavepointResult>(
      async () => {
        try {
          const polled = await op.poll(this.#signal);
          return polled.status === 'COMPLETED' ? polled.result : 'sent';
        } catch (error) {
          if (!(error instanceof OperationNotFoundError)) throw error;
          const status = await this.#status(s.jobId);
          if (status === undefined || (TERMINAL as readonly string[]).includes(status)) {
            // The job ended and Flink no longer knows the trigger (its result expired, 5 min by
            // default): a stop that completed left its savepoint in the job's history.
            const location =
              status === 'FINISHED' ? latestSavepoint(await this.#checkpoints(s.jobId)) : undefined;
            if (location) return { location };
            throw new FlinkError(
              `stop ${op.triggerId} of job ${s.jobId}: Flink knows neither the stop nor a savepoint of it, and the job is ${status ?? 'unknown to the JobManager now answering'}${status === undefined ? ' (if the JobManager that stopped it failed over, its savepoint is on disk under the savepoint directory but no longer in the REST API)' : ''}`,
              { cause: error },
            );
          }
          if (status !== 'RUNNING' || !(await this.#tasksStarted(s.jobId))) return 'restoring';
          if (accepted) {
            // Without a sign of a failover since Flink took the stop (an endpoint that gave no
            // answer or said it had no leader), a second stop could take a second savepoint.
            if (this.#core.transport.disruptions() === disruptionsAtAccept) throw error;
            this.#apply({ type: 'stop-lost', triggerId: newTriggerId(this.#core.clock.random) });
            op = stopOf(this.#state.stopTriggerId as string);
            accepted = false;
          }
        }
        try {
          await this.#jobs.stopWithSavepoint(s.jobId, {
            triggerId: op.triggerId,
            ...(s.targetDirectory ? { targetDirectory: s.targetDirectory } : {}),
            ...this.#signal,
          });
          accepted = true;
          disruptionsAtAccept = this.#core.transport.disruptions();
        } catch (error) {
          // No answer: the next poll asks for the trigger id again.
          if (!(error instanceof FlinkConnectionError)) throw error;
        }
        return 'sent';
      },
      (r): Decision<SavepointResult> =>
        r === 'sent'
          ? { state: 'retry', progress: 'savepoint in progress' }
          : r === 'restoring'
            ? {
                state: 'retry',
                progress: 'tasks of the job are starting (restored by a new leader?)',
              }
            : { state: 'success', value: r },
      pollAgainOn,
      { ...this.#poll, onProgress: (e) => this.#emit('progress', e.progress) },
      this.#core.clock,
    );
    const location = settleWait(
      outcome,
      `stop ${op.triggerId} of job ${s.jobId}`,
      this.#run.timeoutMs,
    ).location;
    await this.#jobs.waitForStatus(s.jobId, [...TERMINAL], this.#poll);
    this.#apply({ type: 'stopped', savepoint: location });
  }

  async #tasksStarted(jobId: string): Promise<boolean> {
    const details = await this.#core.raw.GET('/jobs/{jobid}', {
      params: { path: { jobid: jobId } },
      ...this.#signal,
    });
    return noVertexStarting(unwrap(this.#core, 'GET', details));
  }

  /** last-state cancels the job: refused unless its checkpoints outlive the cancel. */
  async #checkRetention(jobId: string) {
    const config = unwrap<{
      externalization?: { enabled?: boolean; delete_on_cancellation?: boolean };
    }>(
      this.#core,
      'GET',
      await this.#core.raw.GET('/jobs/{jobid}/checkpoints/config', {
        params: { path: { jobid: jobId } },
        ...this.#signal,
      }),
    );
    const ext = config?.externalization;
    if (ext?.enabled !== true || ext.delete_on_cancellation !== false)
      throw new FlinkError(
        `job ${jobId} deletes its checkpoints when cancelled: last-state needs execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION`,
      );
  }

  async #checkpoints(jobId: string): Promise<unknown> {
    return unwrap(
      this.#core,
      'GET',
      await this.#core.raw.GET('/jobs/{jobid}/checkpoints', {
        params: { path: { jobid: jobId } },
        ...this.#signal,
      }),
    );
  }

  async #cancelUnlessEnded(jobId: string) {
    const status = await this.#status(jobId);
    if (status === undefined || (TERMINAL as readonly string[]).includes(status)) return;
    try {
      await this.#jobs.cancel(jobId, this.#signal);
    } catch (error) {
      // 409: it ended meanwhile.
      if (!(error instanceof FlinkApiError && error.status === 409)) throw error;
    }
    await this.#jobs.waitForStatus(jobId, [...TERMINAL], this.#poll);
  }

  /**
   * Runs a jar as the job `jobId` the client chose: a job of that id that Flink already knows
   * was started by an earlier attempt whose answer was lost, and is adopted.
   */
  async #runAs(
    jobId: string,
    run: JarRun,
    savepoint: string | undefined,
    allowNonRestoredState: boolean,
  ) {
    if ((await this.#status(jobId)) !== undefined) return;
    try {
      await this.#jars.run(run.jarId, {
        jobId,
        ...(run.entryClass !== undefined ? { entryClass: run.entryClass } : {}),
        ...(run.args !== undefined ? { args: run.args } : {}),
        ...(run.parallelism !== undefined ? { parallelism: run.parallelism } : {}),
        ...(savepoint !== undefined ? { savepointPath: savepoint } : {}),
        allowNonRestoredState,
        ...this.#signal,
      });
    } catch (error) {
      if (!(error instanceof FlinkConnectionError)) throw error;
      if ((await this.#status(jobId)) === undefined) throw error;
    }
  }

  async #start() {
    if (this.#state.newJobId === undefined)
      this.#apply({ type: 'start-planned', jobId: newTriggerId(this.#core.clock.random) });
    const jobId = this.#state.newJobId as string;
    const run = () => {
      const s = this.#state;
      const parallelism = s.parallelism ?? s.previous?.parallelism;
      return this.#runAs(
        jobId,
        {
          jarId: s.newJarId as string,
          ...(s.entryClass !== undefined ? { entryClass: s.entryClass } : {}),
          ...(s.args !== undefined ? { args: s.args } : {}),
          ...(parallelism !== undefined ? { parallelism } : {}),
        },
        s.savepoint,
        s.allowNonRestoredState,
      );
    };
    try {
      await run();
    } catch (error) {
      // Uploaded jars stay on the JobManager that received them: after a failover the leader
      // now answering may not have it (measured). The upgrade holds the jar's path: upload it
      // there. A jar given by id cannot be sent again, and the error says to upload it.
      const jar = this.#state.jar;
      if (!(error instanceof JarNotOnJobManagerError) || !('path' in jar)) throw error;
      // A run the old leader took before it failed was stored with the job, and its successor
      // restored it: that job is adopted, not started twice.
      if ((await this.#status(jobId)) === undefined) {
        const uploaded = await this.#jars.upload(jar.path, this.#signal);
        this.#apply({ type: 'reuploaded', jarId: uploaded.id });
        await run();
      }
    }
    this.#apply({ type: 'started' });
  }

  async #sample(jobId: string): Promise<HealthSample> {
    const get = async (path: string) =>
      unwrap<Record<string, unknown>>(
        this.#core,
        'GET',
        await this.#core.raw.GET(path, { params: { path: { jobid: jobId } }, ...this.#signal }),
      );
    const details = await get('/jobs/{jobid}');
    const exceptions = await get('/jobs/{jobid}/exceptions');
    const checkpoints = await get('/jobs/{jobid}/checkpoints');
    const entries =
      (
        exceptions?.exceptionHistory as {
          entries?: { exceptionName?: string; stacktrace?: string }[];
        }
      )?.entries ?? [];
    const latest = entries[0];
    const vertices = (details?.vertices as { status?: string }[] | undefined) ?? [];
    return {
      status: String(details?.state),
      allTasksRunning: vertices.length > 0 && vertices.every((v) => v.status === 'RUNNING'),
      failures: entries.length,
      ...(latest
        ? { lastFailure: (latest.stacktrace?.split('\n')[0] ?? latest.exceptionName ?? '').trim() }
        : {}),
      completedCheckpoints:
        (checkpoints?.counts as { completed?: number } | undefined)?.completed ?? 0,
      at: (this.#core.clock.now ?? Date.now)(),
    };
  }

  async #healthy() {
    const jobId = this.#state.newJobId as string;
    let runningSince: number | undefined;
    const outcome = await pollUntil(
      () => this.#sample(jobId),
      (sample): Decision<true> => {
        const d = decideHealth(sample, runningSince, this.#state.healthy);
        if (d.state === 'healthy') return { state: 'success', value: true };
        if (d.state === 'unhealthy') return { state: 'failure', error: new FlinkError(d.reason) };
        runningSince = d.runningSince;
        return { state: 'retry', progress: d.progress };
      },
      pollAgainOn,
      { ...this.#poll, onProgress: (e) => this.#emit('progress', e.progress) },
      this.#core.clock,
    );
    settleWait(outcome, `job ${jobId} to be healthy`, this.#run.timeoutMs);
    this.#apply({ type: 'healthy' });
  }

  async #rollback() {
    const s = this.#state;
    if (!s.previous) throw new TypeError('no previous jar to roll back to');
    if (s.newJobId !== undefined) await this.#cancelUnlessEnded(s.newJobId);
    if (s.rollbackJobId === undefined)
      this.#apply({ type: 'rollback-planned', jobId: newTriggerId(this.#core.clock.random) });
    const jobId = this.#state.rollbackJobId as string;
    await this.#runAs(jobId, s.previous, s.savepoint, false);
    await this.#jobs.waitForStatus(jobId, ['RUNNING'], { ...this.#poll, allTasksRunning: true });
    this.#apply({ type: 'rolled-back' });
  }
}

/** `jobs.upgrade`: checks every option, then returns the operation; nothing is sent before `wait()`. */
export async function startUpgrade(
  core: Core,
  helpers: { jobs: JobHelpers; jars: JarHelpers },
  jobId: string,
  options: UpgradeOptions,
): Promise<UpgradeOperation> {
  return new UpgradeOperation(
    core,
    helpers,
    initialUpgradeState(jobId, options, core.flinkVersion),
    options,
  );
}
